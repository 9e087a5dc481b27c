using Alicloud.RouterInterface.Reliability.Tests.Support;

namespace Alicloud.RouterInterface.Reliability.Tests.Soak;

/// <summary>What one soak run did and found.</summary>
internal sealed record RunReport(
    int Run,
    int Seed,
    string Description,
    int Resources,
    IReadOnlyDictionary<string, int> FaultsFired,
    int DeletedUnderFaults,
    int FailedUnderFaults,
    ConvergenceReport Convergence,
    IReadOnlyList<string> Violations,
    IReadOnlyList<Leak> Leaks,
    TimeSpan Duration)
{
    /// <summary>The emulator's variants during the run (NAME → value).</summary>
    public IReadOnlyDictionary<string, string> Variants { get; init; } = new Dictionary<string, string>();

    public int Faults => FaultsFired.Values.Sum();

    public bool Clean => Violations.Count == 0 && Convergence.NonConverging.Count == 0 && Leaks.Count == 0;

    public override string ToString() =>
        $"run {Run} (seed {Seed}, {Duration.TotalSeconds:0.0} s): {Description}; faults fired {Faults}; "
        + $"deleted under faults {DeletedUnderFaults}, failed {FailedUnderFaults}; re-run: gone {Convergence.Gone}, refused {Convergence.JustifiedRefusals}"
        + string.Concat(Violations.Select(v => $"\n  VIOLATION {v}"))
        + string.Concat(Convergence.NonConverging.Select(v => $"\n  NOT CONVERGED {v}"))
        + string.Concat(Leaks.Select(l => $"\n  LEAK {l}"));
}
