using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alicloud.RouterInterface.Bench;

/// <summary>A whole run: the machine, the plugin start time, every scenario.</summary>
public sealed record BenchReport
{
    public required DateTimeOffset StartedAt { get; init; }

    public required bool Quick { get; init; }

    public required MachineFigures MachineAtStart { get; init; }

    public MachineFigures? MachineAtEnd { get; init; }

    public PluginStartFigures? PluginStart { get; init; }

    public required IReadOnlyList<ScenarioResult> Scenarios { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"Run {StartedAt:yyyy-MM-dd HH:mm} UTC{(Quick ? " (quick)" : "")}; {MachineAtStart}{(MachineAtEnd is { } end ? $" → {end}" : "")}.");
        text.AppendLine();
        text.AppendLine("| scenario | wall s | bound s | wall/bound | Terraform s | ours/TF | calls/pair | calls/pair by action | max calls in 1 s | throttling seen / surfaced | p50 / p95 delete s | plugin peak RSS MiB |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in Scenarios)
        {
            var actions = string.Join(", ", s.Ours.Requests.PerPair(s.Scenario.Pairs).Select(kv => $"{Short(kv.Key)} {kv.Value.ToString("0.##", inv)}"));
            text.AppendLine(inv,
                $"| {s.Scenario.Name} ({s.Scenario.Describe()}){(s.Ours.Succeeded ? "" : " **FAILED**")} | {s.Ours.WallSeconds:0.00} | {s.Bound.Seconds:0.00} | {s.WallOverBound:0.00} | " +
                $"{(s.Terraform is { } tf ? tf.WallSeconds.ToString("0.00", inv) + (tf.Succeeded ? "" : " FAILED") : "–")} | {(s.OursOverTerraform is { } r ? r.ToString("0.00", inv) : "–")} | " +
                $"{s.CallsPerPair:0.0} | {actions} | {s.Ours.Requests.MaxInAnySecond} | {s.Ours.Requests.ThrottlingAnswers} / {s.Ours.ThrottlingSurfaced} | " +
                $"{s.Ours.P50DeleteSeconds:0.00} / {s.Ours.P95DeleteSeconds:0.00} | {s.Ours.PluginPeakRssMib:0} |");
        }

        AppendGoals(text, inv);
        if (PluginStart is { } start)
        {
            text.AppendLine();
            text.AppendLine(inv, $"Plugin start (process start → port line), median of {start.Launches}: **{start.MedianMs:0} ms** (min {start.MinMs:0}, max {start.MaxMs:0}).");
        }

        return text.ToString();
    }

    /// <summary>Issue 26's goals beside what was measured (a goal is reported, not asserted; "–" where it set none).</summary>
    private void AppendGoals(StringBuilder text, CultureInfo inv)
    {
        var rows = Scenarios.Where(s => s.Goal is not null).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine("Issue 26's goals (measured / goal):");
        text.AppendLine();
        text.AppendLine("| scenario | wall/bound | calls/pair | ours/TF | throttled | surfaced |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var s in rows)
        {
            var g = s.Goal!;
            text.AppendLine(inv,
                $"| {s.Scenario.Name}{(s.Ours.Succeeded ? "" : " **FAILED**")} | {Versus(s.WallOverBound, g.WallOverBound, "0.00", "≤ ")} | {Versus(s.CallsPerPair, g.CallsPerPair, "0.0", "≤ ")} | " +
                $"{(s.OursOverTerraform is { } r ? Versus(r, g.OursOverTerraform, "0.00", "≤ ") : "–")} | {Versus(s.ThrottledShare, g.ThrottledShare, "0.0%", "≤ ")} | " +
                $"{Versus(s.Ours.ThrottlingSurfaced, g.Surfaced, "0", "")} |");
        }

        static string Versus(double measured, double? goal, string format, string relation) =>
            measured.ToString(format, CultureInfo.InvariantCulture) + (goal is { } v ? $" / {relation}{v.ToString(format, CultureInfo.InvariantCulture)}" : "");
    }

    /// <summary>Action names without the common prefixes, to keep the table narrow.</summary>
    private static string Short(string action) => action
        .Replace("DescribeRouterInterfaces", "Describe", StringComparison.Ordinal)
        .Replace("DeactivateRouterInterface", "Deactivate", StringComparison.Ordinal)
        .Replace("DescribeRouteTableList", "RouteTables", StringComparison.Ordinal)
        .Replace("DescribeRouteEntryList", "RouteEntries", StringComparison.Ordinal);
}

/// <summary>Load of the shared machine when measuring (other helpers build here too).</summary>
public sealed record MachineFigures(int Cores, double Load1, double Load5)
{
    public static MachineFigures Now()
    {
        var parts = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ') : ["0", "0"];
        return new MachineFigures(Environment.ProcessorCount,
            double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Cores} cores, load {Load1:0.0}/{Load5:0.0} (1/5 min)");
}
