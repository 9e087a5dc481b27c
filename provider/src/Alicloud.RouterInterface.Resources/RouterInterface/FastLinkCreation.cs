using Alicloud.RouterInterface.Resources.Lifecycle;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// What a fast-link create adds to an ordinary one: the opposite owner the API requires (this account unless the
/// inputs name another, looked up once per process like connect's), and after the create the wait until the instance
/// is up: the initiator Active, naming the acceptor the cloud created, and that acceptor Active too when it is in this
/// account (one in another account is not visible here; the initiator reports its status).
/// </summary>
public sealed class FastLinkCreation(LifecycleServices services)
{
    /// <summary>The owner of the VPC the VBR is linked to: the inputs', else this account's (null when it cannot be told).</summary>
    public async Task<string?> OppositeOwnerAsync(RouterInterfaceArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.OppositeInterfaceOwnerId
            ?? await services.Accounts.GetAsync(services.Client, args.OppositeRegionId ?? services.Context.Region, null, cancellationToken);
    }

    /// <summary>Waits through the poller until the instance is Active; returns the last snapshot (the initiator and, when visible, the acceptor).</summary>
    public async Task<InterfaceSnapshot> WaitActiveAsync(
        InterfaceKey initiator, RouterInterfaceArgs args, string? oppositeOwner, InterfaceWaiter waiter, TimeSpan firstDelay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(waiter);
        var up = await waiter.WaitAsync([initiator], s => UntilConnected(s, initiator), firstDelay);
        var acceptorId = up.Find(initiator)!.OppositeInterfaceId;
        var ownAccount = await services.Accounts.GetAsync(services.Client, args.OppositeRegionId ?? initiator.RegionId, null, cancellationToken);
        if (oppositeOwner is not null && !string.Equals(oppositeOwner, ownAccount, StringComparison.Ordinal))
        {
            return up;
        }

        var acceptor = new InterfaceKey(args.OppositeRegionId ?? initiator.RegionId, acceptorId);
        return await waiter.WaitAsync(
            [initiator, acceptor],
            s => InterfaceWaiter.UntilStatus(s, initiator, RouterInterfaceStatuses.Active) ?? InterfaceWaiter.UntilStatus(s, acceptor, RouterInterfaceStatuses.Active),
            TimeSpan.Zero);
    }

    private static string? UntilConnected(InterfaceSnapshot snapshot, InterfaceKey initiator) =>
        InterfaceWaiter.UntilStatus(snapshot, initiator, RouterInterfaceStatuses.Active)
        ?? (string.IsNullOrEmpty(snapshot.Find(initiator)!.OppositeInterfaceId) ? $"waiting for {initiator.Id} to name the acceptor the cloud creates" : null);
}
