using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// Read: refresh (the interface described in the region recorded in the state; gone → <see cref="ReadResult.Gone"/>)
/// and import with only the ID (described in the provider's region; inputs derived from the cloud).
/// </summary>
public sealed class RouterInterfaceReader(LifecycleServices services, ILogger<RouterInterfaceReader> logger)
{
    public async Task<ReadResult> ReadAsync(ResourceReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var isImport = request.Properties.Count == 0 && request.Inputs.Count == 0;
        var old = RouterInterfaceMapper.ReadState(request.Properties);
        var region = old.Outputs.RegionId ?? services.RegionOrNull ?? throw NotConfigured();
        var key = new InterfaceKey(region, request.Id);

        using var deadline = new OperationDeadline(request.Timeout, services.Options.ReadTimeout, services.Time, cancellationToken);
        var status = services.StatusLine(request.Urn, logger);
        var waiter = new InterfaceWaiter(services, status, deadline, logger);
        InterfaceSnapshot snapshot;
        try
        {
            _ = services.Client;
            // an import names an interface that may have been created a moment ago and not be listed yet (B5): wait a
            // little for it before saying it does not exist; a refresh takes "not listed" (or listed Deleted) as gone
            var listedBy = services.Time.GetUtcNow() + (isImport ? services.Options.ImportListingWait : TimeSpan.Zero);
            snapshot = await waiter.WaitAsync(
                [key], s => s.Find(key) is null && services.Time.GetUtcNow() < listedBy ? $"waiting for {key.Id} to be listed" : null, TimeSpan.Zero);
        }
        catch (AlibabaCloudException ex)
        {
            throw new ResourceOperationException(DiagnosticCodes.ReadFailed, $"{DiagnosticCodes.ReadFailed}: describing {key} failed: {ApiErrors.Describe(ex)}.", ApiErrors.RefusalOf(ex), ex);
        }
        catch (OperationCanceledException) when (deadline.IsExpired)
        {
            throw new ResourceOperationException(DiagnosticCodes.ReadFailed,
                $"{DiagnosticCodes.ReadFailed}: describing {key} did not succeed within {DurationText.Format(deadline.Timeout)}; last problem: {waiter.PendingReason ?? "none"}.", FailureKind.TimedOut);
        }

        if (snapshot.Find(key) is not { } info)
        {
            logger.ReadGone(key.Id, key.RegionId);
            return ReadResult.Gone;
        }

        var inputs = isImport
            ? CloudArgs.ForImport(info)
            : CloudArgs.Refresh(RouterInterfaceMapper.ReadStoredArgs(RouterInterfaceDiffer.OldInputsOf(request.Inputs, request.Properties)), info);
        var outputs = RouterInterfaceMapper.WriteState(new RouterInterfaceState(inputs, RouterInterfaceOutputs.FromCloud(info)));
        return new ReadResult(request.Id, outputs, RouterInterfaceMapper.WriteArgs(inputs));
    }

    private static ResourceOperationException NotConfigured() =>
        new(DiagnosticCodes.ProviderNotConfigured, $"{DiagnosticCodes.ProviderNotConfigured}: the provider is not configured (no region yet); cannot read.");
}
