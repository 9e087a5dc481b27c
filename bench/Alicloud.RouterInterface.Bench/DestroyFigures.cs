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

    public IReadOnlyList<string> Failures { get; init; } = [];
}
