using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// Connects a pair from the initiator: points the acceptor back at the initiator (when this account can see it),
/// calls ConnectRouterInterface and waits until the ends are Active.
/// </summary>
public sealed class PairConnector(LifecycleServices services, ILogger<PairConnector> logger)
{
    public async Task ConnectAsync(InterfaceKey initiator, RouterInterfaceArgs args, string urn, InterfaceWaiter waiter, WaitStatusReporter status, OperationDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(waiter);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(deadline);
        if (args.OppositeInterfaceId is null || args.OppositeRegionId is null)
        {
            throw new Abstractions.PropertyValidationException(RouterInterfaceProperties.OppositeInterfaceId, "is required when connect is true (the acceptor's ID)");
        }

        var acceptor = new InterfaceKey(args.OppositeRegionId, args.OppositeInterfaceId);
        var settled = await waiter.WaitAsync([initiator, acceptor], s => InterfaceWaiter.UntilStable(s, initiator) ?? StableIfPresent(s, acceptor), TimeSpan.Zero);
        var acceptorInfo = settled.Find(acceptor);
        if (acceptorInfo is null)
        {
            await services.Diagnostics.InfoAsync(urn,
                $"the acceptor {acceptor} is not visible to this account; its owner must set its opposite interface to {initiator.Id} for the connection to come up.",
                deadline.Token);
        }
        else if (!PointsBack(acceptorInfo, initiator, args))
        {
            await status.ShowAsync($"pointing the acceptor {acceptor.Id} at {initiator.Id}", deadline.Token);
            await services.Client.ModifyRouterInterfaceAttributeAsync(new ModifyRouterInterfaceAttributeRequest
            {
                RegionId = acceptor.RegionId,
                RouterInterfaceId = acceptor.Id,
                OppositeInterfaceId = initiator.Id,
                OppositeRouterId = args.RouterId,
                OppositeRouterType = args.RouterType,
            }, deadline.Token);
        }

        if (RouterInterfaceStatuses.Is(settled.Find(initiator)!.Status, RouterInterfaceStatuses.Idle))
        {
            await CallConnectAsync(initiator, waiter, status, deadline);
        }

        IReadOnlyCollection<InterfaceKey> ends = acceptorInfo is null ? [initiator] : [initiator, acceptor];
        await waiter.WaitAsync(ends, s => ends.Select(k => InterfaceWaiter.UntilStatus(s, k, RouterInterfaceStatuses.Active)).FirstOrDefault(r => r is not null), services.Options.FirstPollDelay);
        logger.Connected(initiator.Id, acceptor.Id);
    }

    private async Task CallConnectAsync(InterfaceKey initiator, InterfaceWaiter waiter, WaitStatusReporter status, OperationDeadline deadline)
    {
        var backoff = new Backoff(services.Options);
        var attempt = 0;
        while (true)
        {
            await status.ShowAsync($"connecting {initiator.Id}", deadline.Token);
            try
            {
                await services.Client.ConnectRouterInterfaceAsync(initiator.RegionId, initiator.Id, deadline.Token);
                return;
            }
            catch (AlibabaCloudException ex) when (ApiErrors.IsWaitable(ex))
            {
                // the acceptor's back-pointer may not be visible yet, or the end is still settling
                logger.ConnectRetrying(initiator.Id, ex.ErrorCode);
                await status.ReportAsync($"retrying ConnectRouterInterface after {ex.ErrorCode}", deadline.Token);
                await Task.Delay(backoff.Delay(attempt++), services.Time, deadline.Token);
                var now = await waiter.WaitAsync([initiator], s => InterfaceWaiter.UntilStable(s, initiator), TimeSpan.Zero);
                if (!RouterInterfaceStatuses.Is(now.Find(initiator)!.Status, RouterInterfaceStatuses.Idle))
                {
                    return;
                }
            }
        }
    }

    private static string? StableIfPresent(InterfaceSnapshot snapshot, InterfaceKey key) =>
        snapshot.Find(key) is { } info && RouterInterfaceStatuses.IsTransitional(info.Status) ? $"waiting for {key.Id} to leave {info.Status}" : null;

    private static bool PointsBack(RouterInterfaceInfo acceptor, InterfaceKey initiator, RouterInterfaceArgs args) =>
        string.Equals(acceptor.OppositeInterfaceId, initiator.Id, StringComparison.Ordinal)
        && (args.RouterId is null || string.Equals(acceptor.OppositeRouterId, args.RouterId, StringComparison.Ordinal));
}
