namespace Alicloud.RouterInterface.Bench;

/// <summary>One benchmark case: how many connected Active pairs, the engine's parallelism, the emulator's limits and faults.</summary>
/// <param name="Qps">Emulator per-account limit (0 = none); the plugin's client limit is set to the same value.</param>
/// <param name="ThrottleProbability">Probability of an injected Throttling.User answer per call (0 = none).</param>
/// <param name="Processes">
/// Plugin processes on the one account destroying at once, each its own stack of Pairs / Processes pairs with its own
/// engine at <paramref name="Parallel"/> (parallel CI jobs on one runner); they share one budget through the budget folder.
/// </param>
/// <param name="MixedRegion">
/// Every other stack has its initiators in the acceptors' region: one provider per region, as a mixed-region stack has
/// (the harness has only the default provider, so each provider is its own engine with half the parallelism).
/// </param>
/// <param name="Variants">Emulator variants (<c>--variant NAME=VALUE</c>) over its strict default, e.g. the per-end delete.</param>
/// <param name="SeparateVpcs">Each pair on VPCs of its own (no shared routers or route tables), as issue 26 measured.</param>
/// <param name="SharedBudget">
/// False plays plugins on different machines: <c>ALICLOUD_ROUTERINTERFACE_BUDGET_DIR=off</c>, so the processes share no
/// budget file and only their adaptation to throttling answers keeps the account within its limit.
/// </param>
/// <param name="UnlistedQuota">
/// The emulator's <c>unlistedQuota</c> variant (B9: calls per 60 s of DescribeRouterInterfaces, DescribeRouteEntryList
/// and DeleteExpressConnect) in the measured phases only; seeding runs without it (0 = no such quota).
/// </param>
/// <param name="Informed">
/// Before the measured destroy, an unmeasured plugin process with the same budget folder destroys one pair of its own:
/// the measured process starts with the transition times learnt there, as a second destroy on a user's machine does.
/// </param>
public sealed record Scenario(
    string Name, int Pairs, int Parallel, int Qps, double ThrottleProbability, int Processes = 1, bool MixedRegion = false,
    IReadOnlyDictionary<string, string>? Variants = null, bool SeparateVpcs = false, bool SharedBudget = true, int UnlistedQuota = 0,
    bool Informed = false)
{
    public int PairsPerProcess => Pairs / Processes;

    /// <summary>(initiator VPC index, acceptor VPC index) of pair <paramref name="index"/> of one process's stack.</summary>
    public (int Initiator, int Acceptor) Place(int index, int pairs) =>
        SeparateVpcs ? (index, index) : FleetTopology.Place(index, pairs);

    public string Describe() =>
        $"{Pairs} pair{(Pairs == 1 ? "" : "s")}" +
        (Processes > 1 ? $" in {Processes} {(MixedRegion ? "providers, one per region" : "plugin processes")}, parallel {Parallel} each" : $", parallel {Parallel}") +
        (SeparateVpcs ? ", separate VPCs" : "") +
        (SharedBudget ? "" : ", no shared budget file (as on separate machines)") +
        (UnlistedQuota > 0 ? $", unlistedQuota={UnlistedQuota}" : "") +
        (Informed ? ", after another process destroyed a pair with the same budget folder" : "") +
        (Qps > 0 ? $", --qps {Qps}" : "") +
        (ThrottleProbability > 0 ? $", {ThrottleProbability:P0} injected throttling" : "") +
        (Variants is { Count: > 0 } variants ? ", " + string.Join(", ", variants.Select(v => $"{v.Key}={v.Value}")) : "");
}
