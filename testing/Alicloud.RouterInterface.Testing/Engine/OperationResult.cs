using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Engine;

public enum OperationKind
{
    Up,
    Preview,
    Refresh,
    Import,
    Destroy,
}

/// <summary>What one engine operation did: per-resource outcomes, operation-level errors, logs, plugin shutdown.</summary>
public sealed record OperationResult
{
    public required OperationKind Kind { get; init; }

    public required IReadOnlyList<ResourceOutcome> Resources { get; init; }

    /// <summary>Errors not tied to one resource (plugin launch, provider configuration, a plugin that exited early).</summary>
    public required IReadOnlyList<string> Errors { get; init; }

    /// <summary>The Engine.Log calls received during this operation.</summary>
    public required IReadOnlyList<LogRequest> Logs { get; init; }

    /// <summary>The "Diagnostics:" section as the CLI prints it, duplicates included (see <see cref="EngineDiagnostic.Collect"/>).</summary>
    public IReadOnlyList<EngineDiagnostic> Diagnostics => EngineDiagnostic.Collect(Logs, Resources, Errors, ShowDebug);

    /// <summary>Whether debug logs are shown (<c>pulumi up --debug</c>).</summary>
    public bool ShowDebug { get; init; }

    /// <summary>The diagnostic texts on the resource named <paramref name="name"/>, in the order the CLI prints them.</summary>
    public IReadOnlyList<string> DiagnosticsOf(string name) =>
        [.. Diagnostics.Where(d => d.Urn.Length > 0 && Urns.NameOf(d.Urn) == name).Select(d => d.Message)];

    /// <summary>True when the operation was interrupted (the caller's token: Ctrl-C).</summary>
    public bool Cancelled { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>How the plugin ended after the final Cancel + SIGINT (null in attach mode or when none was started).</summary>
    public ProviderShutdown? Shutdown { get; init; }

    /// <summary>The plugins' stderr during the operation (the CLI shows it only with --debug; tests scan it, e.g. for secrets).</summary>
    public string PluginStandardError { get; init; } = "";

    /// <summary>The plugin processes the operation started: one per provider it loaded (the default provider's first).</summary>
    public IReadOnlyList<int> PluginProcessIds { get; init; } = [];

    /// <summary>The plugin's stdout (should be the port line only).</summary>
    public string PluginStandardOutput { get; init; } = "";

    /// <summary>No operation error and every resource step succeeded (or was skipped on purpose: same/retained).</summary>
    public bool Succeeded => Errors.Count == 0 && !Cancelled && Resources.All(r => r.Status != OutcomeStatus.Failed && r.Status != OutcomeStatus.Skipped);

    /// <summary>The outcome of the resource named <paramref name="name"/> (the last step, if several).</summary>
    public ResourceOutcome this[string name] =>
        Resources.LastOrDefault(r => r.Name == name) ?? throw new KeyNotFoundException($"No outcome for '{name}' in this {Kind}.");

    public IEnumerable<ResourceOutcome> Failed => Resources.Where(r => r.Status == OutcomeStatus.Failed);

    public override string ToString() =>
        $"{Kind}: {(Succeeded ? "succeeded" : "failed")} in {Duration.TotalSeconds:0.0} s; " +
        string.Join("; ", Errors.Concat(Resources.Select(r => r.ToString())));
}

/// <summary>The final Cancel and the plugin's exit.</summary>
public sealed record ProviderShutdown(bool CancelAcknowledged, string? CancelError, PluginExit? Exit, bool ExitedPrematurely);
