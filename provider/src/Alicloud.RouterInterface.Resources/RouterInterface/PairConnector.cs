using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// Connects a pair from the initiator: sets every opposite field on both ends (interface, router, router type and
/// owner: the real Connect refuses with IncorrectOppositeInterfaceInfo.NotSet otherwise; the acceptor only when this
/// account can see it), calls ConnectRouterInterface and waits until the ends are Active. The owner of a same-account
/// opposite end is this account, looked up once per process (<see cref="AccountIdLookup"/>); a cross-account pair
/// takes <c>oppositeInterfaceOwnerId</c>.
/// </summary>
public sealed class PairConnector(LifecycleServices services, ILogger<PairConnector> logger, AccountIdLookup? accounts = null)
{
    private readonly AccountIdLookup _accounts = accounts ?? new AccountIdLookup();

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
        var initiatorInfo = settled.Find(initiator)!;
        var ownAccount = await _accounts.GetForPairAsync(services, initiator, initiatorInfo, acceptorInfo, deadline.Token);
        if (acceptorInfo is null)
        {
            await services.Diagnostics.InfoAsync(urn,
                $"the acceptor {acceptor} is not visible to this account; its owner must set its opposite interface to {initiator.Id} for the connection to come up.",
                deadline.Token);
        }
        else if (!PointsBack(acceptorInfo, initiator, args, ownAccount))
        {
            await status.ShowAsync($"pointing the acceptor {acceptor.Id} at {initiator.Id}", deadline.Token);
            await services.Client.ModifyRouterInterfaceAttributeAsync(new ModifyRouterInterfaceAttributeRequest
            {
                RegionId = acceptor.RegionId,
                RouterInterfaceId = acceptor.Id,
                OppositeInterfaceId = initiator.Id,
                OppositeRouterId = args.RouterId,
                OppositeRouterType = args.RouterType,
                OppositeInterfaceOwnerId = ownAccount,
            }, deadline.Token);
        }

        if (RouterInterfaceStatuses.Is(initiatorInfo.Status, RouterInterfaceStatuses.Idle)
            && MissingOppositeFields(initiatorInfo, args, acceptorInfo, ownAccount) is { } fill)
        {
            await status.ShowAsync($"setting the opposite information of {initiator.Id}", deadline.Token);
            await services.Client.ModifyRouterInterfaceAttributeAsync(fill, deadline.Token);
        }

        if (RouterInterfaceStatuses.Is(initiatorInfo.Status, RouterInterfaceStatuses.Idle))
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
            catch (AlibabaCloudException ex) when (IsRetryable(ex))
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

    private static bool IsRetryable(AlibabaCloudException ex) =>
        ApiErrors.IsTransient(ex)
        || ApiErrors.Is(ex, ApiErrors.IncorrectOppositeInterfaceInfoNotSet)
        || ApiErrors.Is(ex, ApiErrors.IncorrectStatus)
        || ApiErrors.Is(ex, AlibabaErrorCodes.IncorrectStatusRouterInterface)
        || ApiErrors.Is(ex, AlibabaErrorCodes.IncorrectRiStatus)
        || ApiErrors.Is(ex, AlibabaErrorCodes.OperationLocked);

    private static string? StableIfPresent(InterfaceSnapshot snapshot, InterfaceKey key) =>
        snapshot.Find(key) is { } info && RouterInterfaceStatuses.IsTransitional(info.Status) ? $"waiting for {key.Id} to leave {info.Status}" : null;

    private static bool PointsBack(RouterInterfaceInfo acceptor, InterfaceKey initiator, RouterInterfaceArgs args, string? ownAccount) =>
        string.Equals(acceptor.OppositeInterfaceId, initiator.Id, StringComparison.Ordinal)
        && (args.RouterId is null || string.Equals(acceptor.OppositeRouterId, args.RouterId, StringComparison.Ordinal))
        && (args.RouterType is null || string.Equals(acceptor.OppositeRouterType, args.RouterType, StringComparison.Ordinal))
        && (ownAccount is null || string.Equals(acceptor.OppositeInterfaceOwnerId, ownAccount, StringComparison.Ordinal));

    /// <summary>
    /// The initiator's opposite interface, router, router type and owner as Connect needs them, when any differs from what is
    /// set: the inputs first, else the visible acceptor, else this account (owner) and VRouter (acceptors are on vRouters).
    /// </summary>
    private static ModifyRouterInterfaceAttributeRequest? MissingOppositeFields(RouterInterfaceInfo initiator, RouterInterfaceArgs args, RouterInterfaceInfo? acceptor, string? ownAccount)
    {
        var routerId = args.OppositeRouterId ?? acceptor?.RouterId;
        var routerType = args.OppositeRouterType ?? (acceptor is { RouterType.Length: > 0 } ? acceptor.RouterType : RouterInterfaceValues.VRouter);
        var owner = args.OppositeInterfaceOwnerId ?? (acceptor is not null ? ownAccount : null);
        var request = new ModifyRouterInterfaceAttributeRequest
        {
            RegionId = initiator.RegionId,
            RouterInterfaceId = initiator.RouterInterfaceId,
            OppositeInterfaceId = Differs(initiator.OppositeInterfaceId, args.OppositeInterfaceId),
            OppositeRouterId = Differs(initiator.OppositeRouterId, routerId),
            OppositeRouterType = Differs(initiator.OppositeRouterType, routerType),
            OppositeInterfaceOwnerId = Differs(initiator.OppositeInterfaceOwnerId, owner),
        };
        return request is { OppositeInterfaceId: null, OppositeRouterId: null, OppositeRouterType: null, OppositeInterfaceOwnerId: null } ? null : request;
    }

    private static string? Differs(string current, string? wanted) =>
        wanted is { Length: > 0 } && !string.Equals(current, wanted, StringComparison.Ordinal) ? wanted : null;
}
