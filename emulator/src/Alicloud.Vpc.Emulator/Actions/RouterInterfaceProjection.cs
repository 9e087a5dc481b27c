using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>Builds the describe view of an interface; opposite fields come live from the peer wherever it lives.</summary>
internal static class RouterInterfaceProjection
{
    public static RouterInterfaceItem ToItem(RouterInterfaceEntity entity, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(state);
        var peer = state.FindRouterInterfaceAnywhere(entity.OppositeInterfaceId);
        return new RouterInterfaceItem
        {
            RouterInterfaceId = entity.RouterInterfaceId,
            Name = entity.Name,
            Description = entity.Description,
            Role = entity.Role,
            RouterType = entity.RouterType,
            RouterId = entity.RouterId,
            VpcInstanceId = entity.VpcId,
            Spec = entity.Spec,
            Bandwidth = BandwidthOf(entity, state),
            Status = entity.Status,
            BusinessStatus = "Normal",
            ChargeType = entity.ChargeType,
            CreationTime = ActionSupport.Iso(entity.CreationTime),
            ConnectedTime = entity.ConnectedTime is { } connected ? ActionSupport.Iso(connected) : "",
            EndTime = entity.IsPrepaid ? ActionSupport.Iso(entity.EndTime) : ActionSupport.FarFutureEndTime,
            CrossBorder = Regions.IsCrossBorder(entity.RegionId, entity.OppositeRegionId),
            FastLinkMode = entity.FastLinkMode,
            AccessPointId = entity.AccessPointId,
            OppositeAccessPointId = entity.OppositeAccessPointId.Length > 0 ? entity.OppositeAccessPointId : peer?.AccessPointId ?? "",
            OppositeRegionId = entity.OppositeRegionId,
            OppositeRouterType = entity.OppositeRouterType,
            OppositeRouterId = entity.OppositeRouterId,
            OppositeInterfaceId = entity.OppositeInterfaceId,
            OppositeInterfaceOwnerId = entity.OppositeInterfaceOwnerId,
            OppositeInterfaceSpec = peer?.Spec ?? "",
            OppositeInterfaceStatus = entity.OppositeInterfaceId.Length > 0 ? state.StatusOf(entity.OppositeInterfaceId) : "",
            OppositeInterfaceBusinessStatus = peer is null ? "" : "Normal",
            OppositeBandwidth = peer is null ? 0 : BandwidthOf(peer, state),
            OppositeVpcInstanceId = peer?.VpcId ?? "",
            HealthCheckSourceIp = entity.HealthCheckSourceIp,
            HealthCheckTargetIp = entity.HealthCheckTargetIp,
            HcRate = entity.HcRate,
            HcThreshold = entity.HcThreshold,
            Ipv6Status = "off",
            HasReservationData = "false",
            ReservationActiveTime = "",
            ReservationBandwidth = "",
            ReservationInternetChargeType = "",
            ReservationOrderType = "",
            ResourceGroupId = ResourceGroupOf(entity),
            Tags = new TagSet([.. entity.Tags.Select(t => new TagItem(t.Key, t.Value))]),
        };
    }

    public static string ResourceGroupOf(RouterInterfaceEntity entity) =>
        entity is { ResourceGroupId.Length: > 0 } ? entity.ResourceGroupId : ActionSupport.ResourceGroupOf(entity.AccountId);

    /// <summary>The initiator's spec sets the bandwidth; an acceptor (Negative) reports its initiator's.</summary>
    public static int BandwidthOf(RouterInterfaceEntity entity, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(state);
        if (Specs.Bandwidths.TryGetValue(entity.Spec, out var own))
        {
            return own;
        }

        return state.FindRouterInterfaceAnywhere(entity.OppositeInterfaceId) is { } peer && Specs.Bandwidths.TryGetValue(peer.Spec, out var peers)
            ? peers
            : 0;
    }
}
