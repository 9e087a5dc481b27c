using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Bench;

/// <summary>The scenarios of issues 6, 16 and 26, and smaller variants for a quick run.</summary>
public static class Scenarios
{
    /// <summary>B1: DeleteExpressConnect refused for ordinary pairs, so the delete goes one end at a time.</summary>
    private static readonly IReadOnlyDictionary<string, string> s_perEnd = new Dictionary<string, string> { [EmulatorVariants.ExpressConnectScope] = "fast-link-only" };

    public static IReadOnlyList<Scenario> Full { get; } =
    [
        new("single", Pairs: 1, Parallel: 16, Qps: 0, ThrottleProbability: 0),
        new("single-informed", Pairs: 1, Parallel: 16, Qps: 0, ThrottleProbability: 0, Informed: true),
        new("fleet-20-qps20", Pairs: 20, Parallel: 16, Qps: 20, ThrottleProbability: 0),
        new("per-end-20-qps20", Pairs: 20, Parallel: 16, Qps: 20, ThrottleProbability: 0, Variants: s_perEnd),
        new("fleet-20", Pairs: 20, Parallel: 16, Qps: 0, ThrottleProbability: 0),
        new("fleet-50", Pairs: 50, Parallel: 16, Qps: 0, ThrottleProbability: 0),
        new("fleet-200-qps20", Pairs: 200, Parallel: 32, Qps: 20, ThrottleProbability: 0),
        new("fleet-200-qps20-throttled", Pairs: 200, Parallel: 32, Qps: 20, ThrottleProbability: 0.1),
        new("shared-2x-qps20", Pairs: 50, Parallel: 16, Qps: 20, ThrottleProbability: 0, Processes: 2),
        new("shared-4x-qps20", Pairs: 48, Parallel: 16, Qps: 20, ThrottleProbability: 0, Processes: 4),
        new("mixed-region-qps20", Pairs: 50, Parallel: 8, Qps: 20, ThrottleProbability: 0, Processes: 2, MixedRegion: true),
        new("fleet-20-separate-qps20", Pairs: 20, Parallel: 16, Qps: 20, ThrottleProbability: 0, SeparateVpcs: true),
        new("shared-2x-30-qps20", Pairs: 30, Parallel: 16, Qps: 20, ThrottleProbability: 0, Processes: 2, SeparateVpcs: true),
        new("machines-2x-30-qps20", Pairs: 30, Parallel: 16, Qps: 20, ThrottleProbability: 0, Processes: 2, SeparateVpcs: true, SharedBudget: false),
        new("fleet-20-unlisted30", Pairs: 20, Parallel: 16, Qps: 20, ThrottleProbability: 0, SeparateVpcs: true, UnlistedQuota: 30),
    ];

    /// <summary>Same shapes, smaller fleets (a smoke run of the whole pipeline).</summary>
    public static IReadOnlyList<Scenario> Quick { get; } =
    [
        new("single", Pairs: 1, Parallel: 16, Qps: 0, ThrottleProbability: 0),
        new("single-informed", Pairs: 1, Parallel: 16, Qps: 0, ThrottleProbability: 0, Informed: true),
        new("fleet-20-qps20", Pairs: 6, Parallel: 4, Qps: 5, ThrottleProbability: 0),
        new("per-end-20-qps20", Pairs: 6, Parallel: 4, Qps: 5, ThrottleProbability: 0, Variants: s_perEnd),
        new("fleet-20", Pairs: 20, Parallel: 16, Qps: 0, ThrottleProbability: 0),
        new("fleet-50", Pairs: 10, Parallel: 4, Qps: 0, ThrottleProbability: 0),
        new("fleet-200-qps20", Pairs: 24, Parallel: 8, Qps: 5, ThrottleProbability: 0),
        new("fleet-200-qps20-throttled", Pairs: 24, Parallel: 8, Qps: 5, ThrottleProbability: 0.1),
        new("shared-2x-qps20", Pairs: 12, Parallel: 4, Qps: 5, ThrottleProbability: 0, Processes: 2),
        new("shared-4x-qps20", Pairs: 12, Parallel: 4, Qps: 5, ThrottleProbability: 0, Processes: 4),
        new("mixed-region-qps20", Pairs: 12, Parallel: 4, Qps: 5, ThrottleProbability: 0, Processes: 2, MixedRegion: true),
        new("fleet-20-separate-qps20", Pairs: 6, Parallel: 4, Qps: 5, ThrottleProbability: 0, SeparateVpcs: true),
        new("shared-2x-30-qps20", Pairs: 12, Parallel: 4, Qps: 5, ThrottleProbability: 0, Processes: 2, SeparateVpcs: true),
        new("machines-2x-30-qps20", Pairs: 12, Parallel: 4, Qps: 5, ThrottleProbability: 0, Processes: 2, SeparateVpcs: true, SharedBudget: false),
        new("fleet-20-unlisted30", Pairs: 6, Parallel: 4, Qps: 5, ThrottleProbability: 0, SeparateVpcs: true, UnlistedQuota: 10),
    ];

    public static IReadOnlyList<string> Names => [.. Full.Select(s => s.Name)];

    /// <summary>The chosen scenarios (all when <paramref name="names"/> is empty), in the canonical order.</summary>
    public static IReadOnlyList<Scenario> Select(IReadOnlyCollection<string> names, bool quick)
    {
        var source = quick ? Quick : Full;
        var unknown = names.Where(n => !source.Any(s => string.Equals(s.Name, n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown scenario(s): {string.Join(", ", unknown)}; known: {string.Join(", ", Names)}");
        }

        return names.Count == 0 ? source : [.. source.Where(s => names.Contains(s.Name, StringComparer.OrdinalIgnoreCase))];
    }
}
