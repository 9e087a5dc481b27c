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
public sealed class PairConnector(LifecycleServices services, ILogger<PairConnector> logger)
{
    private readonly LifecycleServices _services = services;
    private readonly ILogger _logger = logger;

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
        var ownAccount = await _services.Accounts.GetForPairAsync(_services, initiator, initiatorInfo, acceptorInfo, deadline.Token);
        if (acceptorInfo is null)
        {
            await _services.Diagnostics.InfoAsync(urn,
                $"the acceptor {acceptor} is not visible to this account; its owner must set its opposite interface to {initiator.Id} for the connection to come up.",
                deadline.Token);
        }
        else if (!PointsBack(acceptorInfo, initiator, args, ownAccount))
        {
            await status.ShowAsync($"pointing the acceptor {acceptor.Id} at {initiator.Id}", deadline.Token);
            await _services.Client.ModifyRouterInterfaceAttributeAsync(new ModifyRouterInterfaceAttributeRequest
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
            await _services.Client.ModifyRouterInterfaceAttributeAsync(fill, deadline.Token);
        }

        if (RouterInterfaceStatuses.Is(initiatorInfo.Status, RouterInterfaceStatuses.Idle))
        {
            await CallConnectAsync(initiator, waiter, status, deadline);
        }

        IReadOnlyCollection<InterfaceKey> ends = acceptorInfo is null ? [initiator] : [initiator, acceptor];
        await waiter.WaitAsync(ends, s => ends.Select(k => InterfaceWaiter.UntilStatus(s, k, RouterInterfaceStatuses.Active)).FirstOrDefault(r => r is not null), _services.Options.FirstPollDelay);
        _logger.Connected(initiator.Id, acceptor.Id);
    }

    private Task CallConnectAsync(InterfaceKey initiator, InterfaceWaiter waiter, WaitStatusReporter status, OperationDeadline deadline) =>
        OperationRunner.RunAsync(new ConnectStep(this, initiator, waiter, status), status, _services.Time, deadline.Token);

    /// <summary>ConnectRouterInterface as an operation step: after a refusal, wait, look until the end is stable, and call again while it is Idle.</summary>
    private sealed class ConnectStep(PairConnector owner, InterfaceKey initiator, InterfaceWaiter waiter, WaitStatusReporter status) : IOperationStep
    {
        private readonly Backoff _backoff = new(owner._services.Options);
        private int _attempt;
        private bool _refused;

        public async Task<StepOutcome> StepAsync(TimeSpan lookDelay, CancellationToken cancellationToken)
        {
            if (_refused)
            {
                var now = await waiter.WaitAsync([initiator], s => InterfaceWaiter.UntilStable(s, initiator), TimeSpan.Zero);
                if (!RouterInterfaceStatuses.Is(now.Find(initiator)!.Status, RouterInterfaceStatuses.Idle))
                {
                    return StepOutcome.Completed;
                }
            }

            await status.ShowAsync($"connecting {initiator.Id}", cancellationToken);
            try
            {
                await owner._services.Client.ConnectRouterInterfaceAsync(initiator.RegionId, initiator.Id, cancellationToken);
                return StepOutcome.Completed;
            }
            catch (AlibabaCloudException ex) when (ApiErrors.Is(ex, AlibabaErrorCodes.IncorrectOppositeInterfaceInfoNotSet))
            {
                // final (A1): an opposite field is unset, most often the owner of an acceptor this account cannot see
                throw new Abstractions.ResourceOperationException(ex.ErrorCode,
                    $"ConnectRouterInterface of {initiator} refused: {ApiErrors.Describe(ex)}. Connect needs the opposite interface, router, router type and owner "
                    + "set on both ends. For a cross-account pair set `oppositeInterfaceOwnerId` (the account ID that owns the acceptor) and `oppositeRouterId`, "
                    + "and have the acceptor's owner point it back at this interface, then run `pulumi up` again.",
                    ApiErrors.RefusalOf(ex), ex);
            }
            catch (AlibabaCloudException ex) when (ApiErrors.IsWaitable(ex))
            {
                // the acceptor's back-pointer may not be visible yet, or the end is still settling
                owner._logger.ConnectRetrying(initiator.Id, ex.ErrorCode);
                _refused = true;
                return StepOutcome.ActAgain($"retrying ConnectRouterInterface after {ex.ErrorCode}", _backoff.Delay(_attempt++));
            }
        }
    }

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
