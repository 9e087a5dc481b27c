namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>One element of RouterInterfaceSet.RouterInterfaceType (api sheet §1.2, every field, wire names).</summary>
internal sealed record RouterInterfaceItem
{
    public required string RouterInterfaceId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string Role { get; init; }
    public required string RouterType { get; init; }
    public required string RouterId { get; init; }
    public required string VpcInstanceId { get; init; }
    public required string Spec { get; init; }
    public required int Bandwidth { get; init; }
    public required string Status { get; init; }
    public required string BusinessStatus { get; init; }
    public required string ChargeType { get; init; }
    public required string CreationTime { get; init; }
    public required string ConnectedTime { get; init; }
    public required string EndTime { get; init; }
    public required bool CrossBorder { get; init; }
    public required bool FastLinkMode { get; init; }
    public required string AccessPointId { get; init; }
    public required string OppositeAccessPointId { get; init; }
    public required string OppositeRegionId { get; init; }
    public required string OppositeRouterType { get; init; }
    public required string OppositeRouterId { get; init; }
    public required string OppositeInterfaceId { get; init; }
    public required string OppositeInterfaceOwnerId { get; init; }
    public required string OppositeInterfaceSpec { get; init; }
    public required string OppositeInterfaceStatus { get; init; }
    public required string OppositeInterfaceBusinessStatus { get; init; }
    public required int OppositeBandwidth { get; init; }
    public required string OppositeVpcInstanceId { get; init; }
    public required string HealthCheckSourceIp { get; init; }
    public required string HealthCheckTargetIp { get; init; }
    public required int HcRate { get; init; }
    public required int HcThreshold { get; init; }
    public required string Ipv6Status { get; init; }
    public required string HasReservationData { get; init; }
    public required string ReservationActiveTime { get; init; }
    public required string ReservationBandwidth { get; init; }
    public required string ReservationInternetChargeType { get; init; }
    public required string ReservationOrderType { get; init; }
    public required string ResourceGroupId { get; init; }
    public required TagSet Tags { get; init; }
}

/// <summary>Wire form <c>"Tags": {"Tags": [{"Key", "Value"}]}</c>.</summary>
internal sealed record TagSet(IReadOnlyList<TagItem> Tags);

internal sealed record TagItem(string Key, string Value);
