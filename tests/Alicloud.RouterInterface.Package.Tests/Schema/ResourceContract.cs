namespace Alicloud.RouterInterface.Package.Tests.Schema;

/// <summary>The names agreed in the resource contract (notes/resource-contract.md), which schema.json must carry exactly.</summary>
public static class ResourceContract
{
    public const string PackageName = "alicloud-routerinterface";
    public const string RouterInterfaceToken = "alicloud-routerinterface:index:RouterInterface";

    public static readonly IReadOnlyDictionary<string, string[]> ConfigEnvironment = new Dictionary<string, string[]>
    {
        ["region"] = ["ALIBABA_CLOUD_REGION_ID", "ALIBABA_CLOUD_REGION", "ALICLOUD_REGION"],
        ["accessKey"] = ["ALIBABA_CLOUD_ACCESS_KEY_ID", "ALICLOUD_ACCESS_KEY"],
        ["secretKey"] = ["ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALICLOUD_SECRET_KEY"],
        ["securityToken"] = ["ALIBABA_CLOUD_SECURITY_TOKEN", "ALICLOUD_SECURITY_TOKEN"],
        ["profile"] = ["ALIBABA_CLOUD_PROFILE"],
        ["endpoint"] = [],
        ["signatureAlgorithm"] = ["ALICLOUD_ROUTERINTERFACE_SIGNATURE_ALGORITHM"],
        ["oppositeAccessKey"] = ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_ID"],
        ["oppositeSecretKey"] = ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_SECRET"],
        ["oppositeSecurityToken"] = ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_SECURITY_TOKEN"],
        ["oppositeProfile"] = ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_PROFILE"],
    };

    public static readonly string[] SecretConfig = ["accessKey", "secretKey", "securityToken", "oppositeAccessKey", "oppositeSecretKey", "oppositeSecurityToken"];

    /// <summary>Input name → schema type.</summary>
    public static readonly IReadOnlyDictionary<string, string> Inputs = new Dictionary<string, string>
    {
        ["routerId"] = "string",
        ["routerType"] = "string",
        ["role"] = "string",
        ["spec"] = "string",
        ["oppositeRegionId"] = "string",
        ["oppositeRouterId"] = "string",
        ["oppositeRouterType"] = "string",
        ["oppositeInterfaceId"] = "string",
        ["oppositeInterfaceOwnerId"] = "string",
        ["accessPointId"] = "string",
        ["oppositeAccessPointId"] = "string",
        ["name"] = "string",
        ["description"] = "string",
        ["healthCheckSourceIp"] = "string",
        ["healthCheckTargetIp"] = "string",
        ["instanceChargeType"] = "string",
        ["period"] = "integer",
        ["pricingCycle"] = "string",
        ["autoPay"] = "boolean",
        ["force"] = "boolean",
        ["connect"] = "boolean",
        ["fastLinkMode"] = "boolean",
        ["tags"] = "object",
        ["resourceGroupId"] = "string",
        ["status"] = "string",
        ["hcRate"] = "integer",
        ["hcThreshold"] = "integer",
        ["autoRenew"] = "boolean",
    };

    public static readonly string[] RequiredInputs = ["routerId", "routerType", "role", "spec", "oppositeRegionId"];

    /// <summary>Inputs whose change replaces the interface; every other input changes in place.</summary>
    public static readonly string[] ReplaceOnlyInputs =
        ["routerId", "routerType", "role", "oppositeRegionId", "accessPointId", "oppositeAccessPointId", "instanceChargeType", "period", "pricingCycle", "autoPay", "fastLinkMode"];

    /// <summary>Outputs beyond the inputs: name → schema type.</summary>
    public static readonly IReadOnlyDictionary<string, string> ComputedOutputs = new Dictionary<string, string>
    {
        ["routerInterfaceId"] = "string",
        ["regionId"] = "string",
        ["businessStatus"] = "string",
        ["chargeType"] = "string",
        ["oppositeInterfaceStatus"] = "string",
        ["bandwidth"] = "integer",
        ["creationTime"] = "string",
        ["endTime"] = "string",
        ["vpcInstanceId"] = "string",
        ["connectedTime"] = "string",
        ["crossBorder"] = "boolean",
        ["hasReservationData"] = "string",
        ["oppositeBandwidth"] = "integer",
        ["oppositeInterfaceBusinessStatus"] = "string",
        ["oppositeInterfaceSpec"] = "string",
        ["oppositeVpcInstanceId"] = "string",
        ["reservationActiveTime"] = "string",
        ["reservationBandwidth"] = "string",
        ["reservationInternetChargeType"] = "string",
        ["reservationOrderType"] = "string",
    };
}
