namespace Alicloud.RouterInterface.Reliability.Tests.Crash;

/// <summary>What happened at one crash point: whether the plugin was really caught there, and what went wrong afterwards.</summary>
internal sealed record CrashReport(string Point, CrashKind Kind, bool Reached, bool Converged, IReadOnlyList<string> Problems, int Leaks, TimeSpan Duration)
{
    public bool Clean => Reached && Converged && Problems.Count == 0 && Leaks == 0;

    public override string ToString() =>
        $"{Point} ({Kind}): {(Reached ? "reached" : "NOT REACHED")}, {(Converged ? "converged" : "DID NOT CONVERGE")}, {Leaks} leaks, {Duration.TotalSeconds:0.0} s"
        + string.Concat(Problems.Select(p => $"\n  PROBLEM {p}"));
}
