namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// What issue 26 set as the goal for one scenario (null: no goal for that figure). Reported beside the figures, never
/// asserted: the bench measures, a person judges.
/// </summary>
public sealed record IssueGoal(
    string Row, double? WallOverBound = null, double? CallsPerPair = null, double? OursOverTerraform = null,
    double? ThrottledShare = null, int? Surfaced = null);

/// <summary>Issue 26's goal column, by scenario name.</summary>
public static class IssueGoals
{
    private static readonly Dictionary<string, IssueGoal> s_byScenario = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fleet-20-separate-qps20"] = new("20 pairs on separate VPCs, one forced route entry each, parallel 16, 20 calls/s",
            WallOverBound: 1.35, CallsPerPair: 6, OursOverTerraform: 0.5, Surfaced: 0),
        ["single"] = new("single pair", WallOverBound: 1.10, CallsPerPair: 12, Surfaced: 0),
        ["single-informed"] = new("single pair, a process informed by an earlier destroy on the machine (the issue's remedy for the single pair)",
            WallOverBound: 1.10, CallsPerPair: 12, Surfaced: 0),
        ["shared-2x-30-qps20"] = new("two plugin processes on one machine, one account at 20/s, 30 pairs",
            WallOverBound: 1.5, ThrottledShare: 0.02, Surfaced: 0),
        ["machines-2x-30-qps20"] = new("two machines (no shared budget file), one account at 20/s, 30 pairs",
            WallOverBound: 1.5, ThrottledShare: 0.05, Surfaced: 0),
        ["fleet-20-unlisted30"] = new("fleet under unlistedQuota=30 (quota-bound reads, B9): completes, nothing surfaced",
            Surfaced: 0),
    };

    public static IssueGoal? For(string scenario) => s_byScenario.GetValueOrDefault(scenario);
}
