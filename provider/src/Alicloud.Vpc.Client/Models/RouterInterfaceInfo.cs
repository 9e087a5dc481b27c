namespace Alicloud.Vpc.Client.Models;

/// <summary>One router interface as DescribeRouterInterfaces reports it (wire names in PascalCase).</summary>
public sealed record RouterInterfaceInfo
{
    public required string RouterInterfaceId { get; init; }

    /// <summary>The region the interface was described in (not a wire field; set by the client).</summary>
    public required string RegionId { get; init; }

    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public string Role { get; init; } = "";
    public string RouterId { get; init; } = "";
    public string RouterType { get; init; } = "";
    public string Spec { get; init; } = "";
    public string Status { get; init; } = "";
    public string BusinessStatus { get; init; } = "";

    /// <summary><c>AfterPay</c> (pay-as-you-go) or <c>Prepaid</c> (subscription); compare case-insensitively.</summary>
    public string ChargeType { get; init; } = "";

    public int Bandwidth { get; init; }
    public string CreationTime { get; init; } = "";
    public string ConnectedTime { get; init; } = "";
    public string EndTime { get; init; } = "";
    public string AccessPointId { get; init; } = "";
    public string OppositeAccessPointId { get; init; } = "";
    public string OppositeRegionId { get; init; } = "";
    public string OppositeRouterId { get; init; } = "";
    public string OppositeRouterType { get; init; } = "";
    public string OppositeInterfaceId { get; init; } = "";
    public string OppositeInterfaceOwnerId { get; init; } = "";
    public string OppositeInterfaceStatus { get; init; } = "";
    public string OppositeInterfaceBusinessStatus { get; init; } = "";
    public string OppositeInterfaceSpec { get; init; } = "";
    public string HealthCheckSourceIp { get; init; } = "";
    public string HealthCheckTargetIp { get; init; } = "";
    public string VpcInstanceId { get; init; } = "";
    public string OppositeVpcInstanceId { get; init; } = "";

    public bool? CrossBorder { get; init; }
    public int HcRate { get; init; }
    public int HcThreshold { get; init; }
    public int OppositeBandwidth { get; init; }

    /// <summary><c>"true"</c> or <c>"false"</c>: the API types it as a string.</summary>
    public string HasReservationData { get; init; } = "";
    public string ReservationActiveTime { get; init; } = "";
    public string ReservationBandwidth { get; init; } = "";
    public string ReservationInternetChargeType { get; init; } = "";
    public string ReservationOrderType { get; init; } = "";
    public string ResourceGroupId { get; init; } = "";

    /// <summary><c>Tags.Tags[]</c> as key → value.</summary>
    public ResourceTags Tags { get; init; } = ResourceTags.Empty;

    /// <summary>Created in fast-link mode (both ends by one create); null when the answer does not carry the field.</summary>
    public bool? FastLinkMode { get; init; }
}
