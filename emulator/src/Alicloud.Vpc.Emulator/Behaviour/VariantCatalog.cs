namespace Alicloud.Vpc.Emulator.Behaviour;

/// <summary>
/// Every switchable behaviour: the A rules as one switch, and one variant per unknown of section B of
/// real-api-behaviours.md. The defaults are documented with their sources in the emulator README and in --help.
/// </summary>
internal static class VariantCatalog
{
    private static readonly string[] s_none = [];

    public static IReadOnlyList<VariantDefinition> All { get; } =
    [
        new(VariantNames.Rules, "A", "Section A (documented) rules: Connect's refusals, serial route changes, Forbbiden.InvaildOwner, per-API quotas.",
            ["strict", "lenient"], "strict", "lenient", ["strict"],
            "real-api-behaviours.md section A (API pages, SDK models, Terraform)"),
        new(VariantNames.ExpressConnectScope, "B1", "Which instances DeleteExpressConnect deletes.",
            ["any-pair", "fast-link-only", "fast-link-only-not-found", "initiator-only"], "any-pair", "any-pair",
            ["any-pair", "fast-link-only", "fast-link-only-not-found", "initiator-only"],
            "seed 000_81d8c83bdd99f02c.txt: \"Deletes a Express Connect instance, including the initiator and acceptor\" (any pair); Terraform calls it only for fast-link instances"),
        new(VariantNames.ExpressConnectActive, "B2", "Whether DeleteExpressConnect needs both ends Idle/Inactive or also takes Active ends.",
            ["needs-inactive", "accepts-active"], "accepts-active", "needs-inactive", ["needs-inactive", "accepts-active"],
            "Terraform resource_alicloud_express_connect_router_interface.go calls it with Force=true on Active fast-link instances; the seed's IncorrectStatus.RouterInterface says \"wait until the status changes\" (transitional states)"),
        new(VariantNames.DeactivatePeer, "B3", "Whether the other end follows when one end is deactivated (and activated).",
            ["independent", "follows"], "independent", "independent", ["independent", "follows"],
            "undocumented; each end reports its own Status and the peer's as OppositeInterfaceStatus (SDK models), so independent"),
        new(VariantNames.DeletedRowSeconds, "B4", "Seconds a deleted interface stays listed with Status Deleted (0 = never).",
            s_none, "10", "0", ["0", "5", "20"],
            "SDK: OppositeInterfaceStatus can be Deleted; Terraform's delete wait accepts Status Deleted (likely some seconds). Default 10: the likelier answer, which the provider survives (a Deleted row counts as gone)"),
        new(VariantNames.DeleteListingLagSeconds, "B5", "Seconds a deleted interface still lists with Status Deleting after it is gone.",
            s_none, "2", "0", ["0", "2", "5"],
            "terraform-provider-alicloud PR #9889 (release lags DeleteRouterInterface by seconds); default 2: a delete waits until the row leaves Deleting"),
        new(VariantNames.CreateListingLagSeconds, "B5", "Seconds a new interface is missing from DescribeRouterInterfaces/Attribute.",
            s_none, "1", "0", ["0", "1", "3"],
            "terraform-provider-alicloud issue #515 (\"Router Interface ... is not found\" right after create); default 1: the provider's create waits for the new interface to be listed"),
        new(VariantNames.VpcDeleteTailSeconds, "B5", "Seconds DeleteVpc keeps answering DependencyViolation.RouterInterface after the last interface on its router is gone.",
            s_none, "0", "0", ["0", "3", "10"],
            "terraform-provider-alicloud PR #9889 (DeleteVpc failed 4 of 4 right after a cross-region delete); default 0 (the provider never deletes VPCs)"),
        new(VariantNames.FilterValueCap, "B6", "How many values of one Filter.N.Value.M are honoured (0 = all); the rest are silently dropped.",
            s_none, "0", "0", ["0", "1", "20"],
            "undocumented; no known client sends many IDs in one filter, so no cap can be justified: default 0 (all). The provider looks up an ID missing from a multi-ID answer alone before it counts as gone, so any cap is survived (tested with 5)"),
        new(VariantNames.CrossAccountExpressConnect, "B7", "What one account's DeleteExpressConnect does to the other account's end.",
            ["own-end", "both-ends", "refused"], "own-end", "both-ends", ["own-end", "both-ends", "refused"],
            "RAM scopes vpc:DeleteRouterInterface to acs:vpc:{region}:{accountId}:routerinterface/{id} (seed) and Deactivate of another account's interface is Forbbiden.InvaildOwner (A5): own end only"),
        new(VariantNames.ExpressConnectBusyCodes, "B8", "Which busy codes DeleteExpressConnect answers while route entries change.",
            ["seed", "any-a3"], "seed", "seed", ["seed", "any-a3"],
            "seed's table lists only IncorrectStatus.VSwitchOrRouteEntry; any-a3 rotates through the A3 codes"),
        new(VariantNames.UnlistedQuota, "B9", "Calls per 60 s per account and region for DescribeRouterInterfaces, DescribeRouteEntryList and DeleteExpressConnect (0 = generous, no quota).",
            s_none, "0", "0", ["0", "30", "300"],
            "not on the quota pages read (A8 names 30/60 s for some VPC APIs); default generous"),
        new(VariantNames.ForceEcmp, "B10", "What DeleteExpressConnect Force=true does to an ECMP entry that also routes through other next hops.",
            ["whole-entry", "only-hop"], "whole-entry", "whole-entry", ["whole-entry", "only-hop"],
            "seed: Force \"delete the route entries associated with the Express Connect instance\" (whole entry)"),
    ];

    public static VariantDefinition? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<string> Profiles { get; } = ["strict", "lenient", "random"];
}
