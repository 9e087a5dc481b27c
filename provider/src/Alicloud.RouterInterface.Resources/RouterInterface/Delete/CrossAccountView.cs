using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// Tells a cross-account pair apart (item 7): the opposite end is not listed for this account, yet this end names it
/// with an owner (<c>OppositeInterfaceOwnerId</c>) other than our account (<see cref="AccountIdLookup"/>, once per
/// process) and reports its status. Such an end is shown with its account: described through the opposite credentials
/// when configured (then this delete can change it), else as this end reports it (<c>OppositeInterfaceStatus</c>).
/// Same-account pairs cost nothing extra. One per delete; not thread-safe.
/// </summary>
internal sealed class CrossAccountView(LifecycleServices services, AccountIdLookup accounts)
{
    private string? _otherAccount;
    private bool _checked;

    public async Task<DeleteObservation> ResolveAsync(DeleteObservation observation, CancellationToken cancellationToken)
    {
        if (observation.Opposite is not { Exists: false } opposite)
        {
            return observation;
        }

        var self = observation.Self.Info;
        if (_otherAccount is null)
        {
            if (_checked || ReportedStatus(self, opposite.Key) is null || self!.OppositeInterfaceOwnerId.Length == 0)
            {
                return observation;
            }

            _checked = true;
            var ours = await accounts.GetAsync(services.Client, observation.Self.Key.RegionId, self.VpcInstanceId, cancellationToken);
            if (ours is null || string.Equals(ours, self.OppositeInterfaceOwnerId, StringComparison.Ordinal))
            {
                return observation;
            }

            _otherAccount = self.OppositeInterfaceOwnerId;
        }

        var client = services.Context.IsConfigured ? services.Context.OppositeVpcClient : null;
        var info = client is not null
            ? await client.DescribeRouterInterfaceAsync(opposite.Key.RegionId, opposite.Key.Id, cancellationToken)
            : ReportedStatus(self, opposite.Key) is { } status ? AsReported(opposite.Key, self!, status) : null;
        return observation with { Opposite = opposite with { Info = info, OtherAccount = _otherAccount, CanChange = client is not null } };
    }

    private static string? ReportedStatus(RouterInterfaceInfo? self, InterfaceKey opposite) =>
        self is { OppositeInterfaceStatus.Length: > 0 } info
        && string.Equals(info.OppositeInterfaceId, opposite.Id, StringComparison.Ordinal)
        && !RouterInterfaceStatuses.IsGone(info.OppositeInterfaceStatus)
            ? info.OppositeInterfaceStatus
            : null;

    private static RouterInterfaceInfo AsReported(InterfaceKey key, RouterInterfaceInfo self, string status) => new()
    {
        RouterInterfaceId = key.Id,
        RegionId = key.RegionId,
        Status = status,
        RouterId = self.OppositeRouterId,
        RouterType = self.OppositeRouterType,
        OppositeInterfaceId = self.RouterInterfaceId,
        OppositeRegionId = self.RegionId,
    };
}
