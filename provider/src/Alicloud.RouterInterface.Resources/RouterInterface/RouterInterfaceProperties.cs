namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>Property names of the RouterInterface resource, exactly as in the schema (camelCase).</summary>
public static class RouterInterfaceProperties
{
    public const string Token = "alicloud-routerinterface:index:RouterInterface";

    // inputs
    public const string RouterId = "routerId";
    public const string RouterType = "routerType";
    public const string Role = "role";
    public const string Spec = "spec";
    public const string OppositeRegionId = "oppositeRegionId";
    public const string OppositeRouterId = "oppositeRouterId";
    public const string OppositeRouterType = "oppositeRouterType";
    public const string OppositeInterfaceId = "oppositeInterfaceId";
    public const string OppositeInterfaceOwnerId = "oppositeInterfaceOwnerId";
    public const string AccessPointId = "accessPointId";
    public const string OppositeAccessPointId = "oppositeAccessPointId";
    public const string Name = "name";
    public const string Description = "description";
    public const string HealthCheckSourceIp = "healthCheckSourceIp";
    public const string HealthCheckTargetIp = "healthCheckTargetIp";
    public const string InstanceChargeType = "instanceChargeType";
    public const string Period = "period";
    public const string PricingCycle = "pricingCycle";
    public const string AutoPay = "autoPay";
    public const string Force = "force";
    public const string Connect = "connect";
    public const string FastLinkMode = "fastLinkMode";
    public const string Tags = "tags";
    public const string ResourceGroupId = "resourceGroupId";
    public const string HcRate = "hcRate";
    public const string HcThreshold = "hcThreshold";
    public const string AutoRenew = "autoRenew";

    // an input and an output: the desired status as input, the live one as output
    public const string Status = "status";

    // outputs only
    public const string RouterInterfaceId = "routerInterfaceId";
    public const string RegionId = "regionId";
    public const string BusinessStatus = "businessStatus";
    public const string ChargeType = "chargeType";
    public const string OppositeInterfaceStatus = "oppositeInterfaceStatus";
    public const string Bandwidth = "bandwidth";
    public const string CreationTime = "creationTime";
    public const string EndTime = "endTime";
    public const string VpcInstanceId = "vpcInstanceId";
    public const string ConnectedTime = "connectedTime";
    public const string CrossBorder = "crossBorder";
    public const string HasReservationData = "hasReservationData";
    public const string OppositeBandwidth = "oppositeBandwidth";
    public const string OppositeInterfaceBusinessStatus = "oppositeInterfaceBusinessStatus";
    public const string OppositeInterfaceSpec = "oppositeInterfaceSpec";
    public const string OppositeVpcInstanceId = "oppositeVpcInstanceId";
    public const string ReservationActiveTime = "reservationActiveTime";
    public const string ReservationBandwidth = "reservationBandwidth";
    public const string ReservationInternetChargeType = "reservationInternetChargeType";
    public const string ReservationOrderType = "reservationOrderType";
}
