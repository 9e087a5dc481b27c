using Alicloud.RouterInterface.Testing.Engine;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>What one operation of a real program did: the registrations it sent, the steps they became, and the processes' output.</summary>
public sealed record ProgramRunResult
{
    public required OperationKind Kind { get; init; }

    /// <summary>Every RegisterResource request the program sent, in arrival order (none for a destroy).</summary>
    public required IReadOnlyList<RegisterResourceRequest> Registrations { get; init; }

    /// <summary>The steps of every provider, in the order they ended.</summary>
    public required IReadOnlyList<ResourceOutcome> Resources { get; init; }

    /// <summary>Errors not tied to one resource: the program's exit, provider loading, configuration.</summary>
    public required IReadOnlyList<string> Errors { get; init; }

    /// <summary>Engine.Log calls from the program and the plugins during the operation.</summary>
    public required IReadOnlyList<LogRequest> Logs { get; init; }

    /// <summary>The program's exit code (null for a destroy, or when it had to be killed).</summary>
    public int? ProgramExitCode { get; init; }

    public string ProgramStandardOutput { get; init; } = "";

    public string ProgramStandardError { get; init; } = "";

    /// <summary>The stderr of every plugin process the operation started (one per provider), joined.</summary>
    public string PluginStandardError { get; init; } = "";

    /// <summary>The stdout of every plugin process (the port line only, if the plugin behaves).</summary>
    public string PluginStandardOutput { get; init; } = "";

    /// <summary>How many plugin processes were started (one per provider used).</summary>
    public int PluginProcesses { get; init; }

    public TimeSpan Duration { get; init; }

    public bool Succeeded => Errors.Count == 0 && Resources.All(r => r.Status is not (OutcomeStatus.Failed or OutcomeStatus.Skipped));

    public IEnumerable<ResourceOutcome> Failed => Resources.Where(r => r.Status == OutcomeStatus.Failed);

    /// <summary>The last step of the resource named <paramref name="name"/>.</summary>
    public ResourceOutcome this[string name] =>
        Resources.LastOrDefault(r => r.Name == name) ?? throw new KeyNotFoundException($"No outcome for '{name}' in this {Kind}.");

    /// <summary>The registration of the resource named <paramref name="name"/>.</summary>
    public RegisterResourceRequest Registration(string name) =>
        Registrations.LastOrDefault(r => r.Name == name) ?? throw new KeyNotFoundException($"The program registered no '{name}'.");

    public override string ToString() =>
        $"{Kind}: {(Succeeded ? "succeeded" : "failed")} in {Duration.TotalSeconds:0.0} s; " +
        string.Join("; ", Errors.Concat(Resources.Select(r => r.ToString())));
}
