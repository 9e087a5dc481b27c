namespace Alicloud.Vpc.Emulator.Behaviour;

/// <summary>
/// The one list of the emulator's variant names (its README, "API behaviour"; real-api-behaviours.md A and B1-B10).
/// A shared source: the test kit and the conformance probe compile this file in (grpc-dotnet's shared-source
/// pattern) rather than keep copies, so a renamed variant cannot drift between the emulator and its callers.
/// </summary>
internal static class VariantNames
{
    /// <summary>A rules: strict | lenient.</summary>
    public const string Rules = "rules";

    /// <summary>B1: any-pair | fast-link-only | fast-link-only-not-found | initiator-only.</summary>
    public const string ExpressConnectScope = "expressConnectScope";

    /// <summary>B2: needs-inactive | accepts-active.</summary>
    public const string ExpressConnectActive = "expressConnectActive";

    /// <summary>B3: independent | follows.</summary>
    public const string DeactivatePeer = "deactivatePeer";

    /// <summary>B4: seconds a gone interface lists as Deleted.</summary>
    public const string DeletedRowSeconds = "deletedRowSeconds";

    /// <summary>B5: seconds a gone interface still lists as Deleting.</summary>
    public const string DeleteListingLagSeconds = "deleteListingLagSeconds";

    /// <summary>B5: seconds a new interface is missing from describes.</summary>
    public const string CreateListingLagSeconds = "createListingLagSeconds";

    /// <summary>B5: seconds DeleteVpc keeps answering DependencyViolation.RouterInterface.</summary>
    public const string VpcDeleteTailSeconds = "vpcDeleteTailSeconds";

    /// <summary>B6: values honoured per filter (0 = all).</summary>
    public const string FilterValueCap = "filterValueCap";

    /// <summary>B7: own-end | both-ends | refused.</summary>
    public const string CrossAccountExpressConnect = "crossAccountExpressConnect";

    /// <summary>B8: seed | any-a3.</summary>
    public const string ExpressConnectBusyCodes = "expressConnectBusyCodes";

    /// <summary>B9: calls per 60 s for DescribeRouterInterfaces, DescribeRouteEntryList, DeleteExpressConnect (0 = none).</summary>
    public const string UnlistedQuota = "unlistedQuota";

    /// <summary>B10: whole-entry | only-hop.</summary>
    public const string ForceEcmp = "forceEcmp";
}
