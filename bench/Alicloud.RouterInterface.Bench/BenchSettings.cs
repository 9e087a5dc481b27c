namespace Alicloud.RouterInterface.Bench;

/// <summary>What to run and where (from the command line).</summary>
public sealed record BenchSettings
{
    public required string BinDirectory { get; init; }

    public required IReadOnlyList<Scenario> Scenarios { get; init; }

    public required string ResultsDirectory { get; init; }

    public bool Quick { get; init; }

    public bool SkipTerraform { get; init; }

    /// <summary>Plugin launches for the start-time median (0 = skip).</summary>
    public int StartLaunches { get; init; } = 20;

    public int Seed { get; init; } = 6;

    /// <summary>Destroy plugins run with <c>-v=1</c>, so their stop line (GC heap, committed, allocated) lands in the figures.</summary>
    public bool PluginVerbose { get; init; }

    /// <summary>Also write each measured phase's emulator request log (for looking into a result).</summary>
    public bool DumpRequests { get; init; }

    /// <summary>The clock of every timestamp, stopwatch and pause of the benchmark.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public string PluginBinary => Path.Combine(BinDirectory, "pulumi-resource-alicloud-routerinterface");

    public string EmulatorBinary => Path.Combine(BinDirectory, "alicloud-vpc-emulator");
}
