namespace Alicloud.RouterInterface.Conformance;

/// <summary>The emulator's variant names (emulator/README.md, "Variants (B)"), the keys of the report's <c>variants</c>.</summary>
internal static class EmulatorVariantNames
{
    public const string ExpressConnectScope = "expressConnectScope";
    public const string ExpressConnectActive = "expressConnectActive";
    public const string DeactivatePeer = "deactivatePeer";
    public const string DeletedRowSeconds = "deletedRowSeconds";
    public const string DeleteListingLagSeconds = "deleteListingLagSeconds";
    public const string CreateListingLagSeconds = "createListingLagSeconds";
    public const string VpcDeleteTailSeconds = "vpcDeleteTailSeconds";
    public const string FilterValueCap = "filterValueCap";
    public const string CrossAccountExpressConnect = "crossAccountExpressConnect";
    public const string ExpressConnectBusyCodes = "expressConnectBusyCodes";
    public const string UnlistedQuota = "unlistedQuota";
    public const string ForceEcmp = "forceEcmp";
}
