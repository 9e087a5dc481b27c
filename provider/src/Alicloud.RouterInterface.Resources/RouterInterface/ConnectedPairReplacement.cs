using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// Refuses, in Diff (so in preview, before anything changes), to replace one end of a connected pair. Deleting a
/// connected end removes the whole Express Connect instance, the other end included, and the engine creates the
/// replacement first (pkg/resource/deploy/step_generator.go): a replacement pointing at the old opposite end could not
/// connect, and the other end, still in the stack, would be gone. <c>deleteBeforeReplace</c> would not help either
/// (the opposite end goes with the delete). The way out is to replace the pair: both ends under new names, or both
/// removed and added back. Whether the end is connected is asked of the cloud (an acceptor's stored status is the one
/// it had when created); when the cloud cannot be asked, the stored status decides.
/// </summary>
internal static class ConnectedPairReplacement
{
    public static async Task EnsureAllowedAsync(LifecycleServices services, ResourceDiffRequest request, DiffResult diff, CancellationToken cancellationToken)
    {
        if (diff.Replaces.Count == 0)
        {
            return;
        }

        var state = RouterInterfaceMapper.ReadState(request.OldOutputs);
        var stored = RouterInterfaceMapper.ReadStoredArgs(RouterInterfaceDiffer.OldInputsOf(request.OldInputs, request.OldOutputs));
        var status = state.Outputs.Status;
        var opposite = stored.OppositeInterfaceId;
        if ((state.Outputs.RegionId ?? services.RegionOrNull) is { } region && services.Context.IsConfigured)
        {
            // Bounded like a read: a cloud that does not answer must not hold the Diff (and the preview) forever.
            using var deadline = new OperationDeadline(null, services.Options.ReadTimeout, services.Time, cancellationToken);
            try
            {
                var live = (await services.Client.DescribeRouterInterfacesAsync(region, [request.Id], deadline.Token))
                    .FirstOrDefault(r => !RouterInterfaceStatuses.IsGone(r.Status)); // a Deleted row is gone (B4)
                if (live is null)
                {
                    return; // gone: the replacement only creates
                }

                status = live.Status;
                opposite = RouterInterfaceOutputs.NullIfEmpty(live.OppositeInterfaceId) ?? opposite;
            }
            catch (Exception ex) when (ex is AlibabaCloudException || (ex is OperationCanceledException && deadline.IsExpired))
            {
                // The stored status decides.
            }
        }

        if (string.IsNullOrEmpty(status) || RouterInterfaceStatuses.Is(status, RouterInterfaceStatuses.Idle))
        {
            return;
        }

        var name = request.Urn[(request.Urn.LastIndexOf("::", StringComparison.Ordinal) + 2)..];
        var otherEnd = opposite is null ? "its other end" : $"its other end {opposite}";
        throw new ResourceOperationException(DiagnosticCodes.ReplaceConnectedPair,
            $"{DiagnosticCodes.ReplaceConnectedPair}: {name} ({request.Id}, {status}) would be replaced because {string.Join(", ", diff.Replaces)} changed, " +
            $"but it is an end of a connected Express Connect instance: deleting it deletes the whole instance, {otherEnd} included, and a replacement could not connect to the old pair. " +
            "Nothing was changed. To move the connection, replace the pair: declare both ends under new resource names (the new pair is created and connected, then the old instance is deleted), " +
            "or remove both ends (`pulumi destroy --target <initiator urn> --target <acceptor urn>`, or delete both from the program and run `pulumi up`) and add them back with the new values.");
    }
}
