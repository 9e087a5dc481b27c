namespace Alicloud.RouterInterface.Bench;

/// <summary>What one measured teardown (ours or the Terraform replay) produced.</summary>
public sealed record DestroyFigures
{
    public required string Algorithm { get; init; }

    public required bool Succeeded { get; init; }

    public required double WallSeconds { get; init; }

    public required RequestLogStats Requests { get; init; }

    /// <summary>Per-resource delete latency of the resources that did the work (initiators; both ends for Terraform).</summary>
    public required double P50DeleteSeconds { get; init; }

    public required double P95DeleteSeconds { get; init; }

    /// <summary>Errors or warnings shown to the user that mention throttling.</summary>
    public int ThrottlingSurfaced { get; init; }

    /// <summary>Ephemeral status lines that mention throttling (shown while waiting, then replaced).</summary>
    public int ThrottlingStatusLines { get; init; }

    public double? PluginPeakRssMib { get; init; }

    /// <summary>Largest sampled anonymous resident set (heap, native, stacks) of a plugin process, MiB.</summary>
    public double? PluginPeakAnonMib { get; init; }

    /// <summary>Plugin processes the sampler saw during the destroy (one per stack; more would mean a stray child was counted).</summary>
    public int? PluginProcessesSeen { get; init; }

    /// <summary>Each plugin's memory line at stop (GC heap, committed, allocated), with <c>--plugin-verbose</c>.</summary>
    public IReadOnlyList<string> PluginMemoryAtStop { get; init; } = [];

    public IReadOnlyList<string> Failures { get; init; } = [];
}
