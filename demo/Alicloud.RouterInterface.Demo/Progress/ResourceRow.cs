using Alicloud.RouterInterface.Testing.Engine;
using Pulumirpc;

namespace Alicloud.RouterInterface.Demo.Progress;

internal enum RowState
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Skipped,
}

/// <summary>A diagnostic as the CLI keeps it for its "Diagnostics:" section.</summary>
internal sealed record Diagnostic(LogSeverity Severity, string Message);

/// <summary>A resource of the stack and the provider instance (one per region, like an explicit provider per region) that manages it.</summary>
internal sealed record StackMember(string Name, string Type, string Urn, PulumiEngine Engine);

/// <summary>One resource during one command: where its step is, its latest status line and its diagnostics.</summary>
internal sealed class ResourceRow(StackMember member)
{
    public string Name => member.Name;

    public string Type => member.Type;

    public string Urn => member.Urn;

    public PulumiEngine Engine => member.Engine;

    public RowState State { get; set; }

    public long StartedAt { get; set; }

    /// <summary>Set when the step ended (first as observed, then as the engine measured it).</summary>
    public TimeSpan? Duration { get; set; }

    /// <summary>The latest ephemeral status line.</summary>
    public string? Status { get; set; }

    public string? Note { get; set; }

    /// <summary>From the step's start to the first Engine.Log about it: mostly the provider's start-up.</summary>
    public TimeSpan? FirstSign { get; set; }

    public List<Diagnostic> Diagnostics { get; } = [];

    public RowView View(TimeSpan elapsed) => new(
        Name,
        Type,
        State,
        Duration ?? elapsed,
        Status,
        Note,
        Diagnostics.Count(d => d.Severity == LogSeverity.Error),
        Diagnostics.Count(d => d.Severity == LogSeverity.Warning),
        Diagnostics.Count(d => d.Severity is LogSeverity.Info or LogSeverity.Debug));
}

/// <summary>An immutable snapshot of a row for rendering.</summary>
internal sealed record RowView(string Name, string Type, RowState State, TimeSpan Elapsed, string? Status, string? Note, int Errors, int Warnings, int Messages);
