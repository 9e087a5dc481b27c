using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>The <c>alicloud-routerinterface:index:RouterInterface</c> resource: Check and Diff here, the cloud operations in their components.</summary>
public sealed class RouterInterfaceHandler(
    LifecycleServices services,
    RouterInterfaceCreator creator,
    RouterInterfaceReader reader,
    RouterInterfaceUpdater updater,
    RouterInterfaceDeleter deleter) : IResourceHandler
{
    public string Token => RouterInterfaceProperties.Token;

    public Task<CheckResult> CheckAsync(ResourceCheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = new List<CheckFailure>();
        var args = RouterInterfaceMapper.ReadArgs(request.News, failures);
        var normalized = RouterInterfaceValidator.Normalize(args, failures);
        return Task.FromResult(new CheckResult(RouterInterfaceMapper.WriteArgs(normalized), failures));
    }

    public async Task<DiffResult> DiffAsync(ResourceDiffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RouterInterfaceId.Checked(request.Id, DiagnosticCodes.UpdateFailed);
        var olds = RouterInterfaceDiffer.OldInputsOf(request.OldInputs, request.OldOutputs);
        var storedStatus = RouterInterfaceMapper.ReadState(request.OldOutputs).Outputs.Status;
        var connected = storedStatus is not null && !RouterInterfaceStatuses.Is(storedStatus, RouterInterfaceStatuses.Idle);
        var diff = RouterInterfaceDiffer.Diff(olds, request.News, request.IgnoreChanges, connected);

        // an acceptor's stored status is the one of its create: whether an opposite field may still change in place
        // is asked of the cloud before the plan says so
        if (!connected && diff.DetailedDiff.Keys.Any(RouterInterfaceFields.ConnectedReplaces.Contains)
            && await LiveStatusAsync(request, cancellationToken) is { } live && !RouterInterfaceStatuses.Is(live, RouterInterfaceStatuses.Idle))
        {
            diff = RouterInterfaceDiffer.Diff(olds, request.News, request.IgnoreChanges, connected: true);
        }

        CreateOnlyChanges.EnsureNone(request.Id, olds, diff);

        // a fast-link instance is both ends in this one resource: no other end in the stack loses its pair
        if (!RouterInterfaceDiffer.IsFastLink(olds, request.News))
        {
            await ConnectedPairReplacement.EnsureAllowedAsync(services, request, diff, cancellationToken);
        }

        return diff;
    }

    /// <summary>The live status, or null when the cloud cannot be asked now (not configured, gone, or failing: the stored status decides).</summary>
    private async Task<string?> LiveStatusAsync(ResourceDiffRequest request, CancellationToken cancellationToken)
    {
        if ((RouterInterfaceMapper.ReadState(request.OldOutputs).Outputs.RegionId ?? services.RegionOrNull) is not { } region || !services.Context.IsConfigured)
        {
            return null;
        }

        using var deadline = new OperationDeadline(null, services.Options.ReadTimeout, services.Time, cancellationToken);
        try
        {
            return (await services.Client.DescribeRouterInterfaceAsync(region, request.Id, deadline.Token))?.Status;
        }
        catch (Exception ex) when (ex is Vpc.Client.Errors.AlibabaCloudException || (ex is OperationCanceledException && deadline.IsExpired))
        {
            return null;
        }
    }

    public Task<CreateResult> CreateAsync(ResourceCreateRequest request, CancellationToken cancellationToken) =>
        CloudFailures.Typed(() => creator.CreateAsync(request, cancellationToken));

    public Task<ReadResult> ReadAsync(ResourceReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RouterInterfaceId.Checked(request.Id, DiagnosticCodes.ReadFailed);
        return CloudFailures.Typed(() => reader.ReadAsync(request, cancellationToken));
    }

    public Task<UpdateResult> UpdateAsync(ResourceUpdateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RouterInterfaceId.Checked(request.Id, DiagnosticCodes.UpdateFailed);
        return CloudFailures.Typed(() => updater.UpdateAsync(request, cancellationToken));
    }

    public Task DeleteAsync(ResourceDeleteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RouterInterfaceId.Checked(request.Id, DiagnosticCodes.DeleteFailed);
        return CloudFailures.Typed(async () =>
        {
            await deleter.DeleteAsync(TargetOf(request, services.RegionOrNull), request.Timeout, cancellationToken);
            return true;
        });
    }

    /// <summary>
    /// The delete target from the stored state: the region recorded at create, the opposite end when known (a fast-link
    /// initiator's acceptor is in its outputs only), force and fastLinkMode from the inputs.
    /// </summary>
    public static DeleteTarget TargetOf(ResourceDeleteRequest request, string? providerRegion)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = RouterInterfaceMapper.ReadState(request.Properties);
        var inputs = RouterInterfaceMapper.ReadStoredArgs(request.OldInputs);
        var region = state.Outputs.RegionId ?? providerRegion
            ?? throw new ResourceOperationException(DiagnosticCodes.ProviderNotConfigured,
                $"{DiagnosticCodes.ProviderNotConfigured}: the state of {request.Id} records no region and the provider has none configured.");
        var args = inputs.OppositeInterfaceId is not null ? inputs : state.Args;
        InterfaceKey? opposite = args.OppositeInterfaceId is { } oppositeId && args.OppositeRegionId is { } oppositeRegion
            ? new InterfaceKey(oppositeRegion, oppositeId)
            : null;
        var force = inputs.Force ?? state.Args.Force ?? false;
        var fastLink = inputs.FastLinkMode ?? state.Args.FastLinkMode ?? false;
        return new DeleteTarget(request.Urn, new InterfaceKey(region, request.Id), opposite, force) { FastLink = fastLink };
    }
}
