using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>Where a line under the CLI's "Diagnostics:" came from.</summary>
public enum DiagnosticOrigin
{
    /// <summary>An Engine.Log call of the provider (pkg/host/host_server.go: every non-ephemeral log is a diagnostic).</summary>
    Log,

    /// <summary>The error of a failed step or operation (pkg/engine/update.go: GetResourceOperationFailedError).</summary>
    StepError,
}

/// <summary>One line of the CLI's "Diagnostics:" section: severity, resource (empty for the stack) and text.</summary>
public sealed record EngineDiagnostic(LogSeverity Severity, string Urn, string Message, DiagnosticOrigin Origin)
{
    /// <summary>
    /// What the CLI prints, in order: each resource's logs and step errors with nothing de-duplicated (a text sent as a
    /// log and returned as the error appears twice), debug logs only with <paramref name="showDebug"/>
    /// (pkg/backend/display/progress.go), then the operation's own errors.
    /// </summary>
    public static IReadOnlyList<EngineDiagnostic> Collect(IEnumerable<LogRequest> logs, IEnumerable<ResourceOutcome> outcomes, IEnumerable<string> errors, bool showDebug)
    {
        ArgumentNullException.ThrowIfNull(logs);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(errors);
        var lines = logs
            .Where(l => !l.Ephemeral && (showDebug || l.Severity != LogSeverity.Debug))
            .Select(l => new EngineDiagnostic(l.Severity, l.Urn, l.Message, DiagnosticOrigin.Log))
            .Concat(outcomes
                .Where(o => o.Status == OutcomeStatus.Failed && o.Error is not null)
                .Select(o => new EngineDiagnostic(LogSeverity.Error, o.Urn, o.Error!, DiagnosticOrigin.StepError)))
            .ToList();

        // The display groups diagnostics by resource, in the order the resources first spoke.
        var order = lines.Select(l => l.Urn).Distinct(StringComparer.Ordinal).Select((urn, i) => (urn, i)).ToDictionary(p => p.urn, p => p.i, StringComparer.Ordinal);
        var grouped = lines.Select((line, index) => (line, index)).OrderBy(p => order[p.line.Urn]).ThenBy(p => p.index).Select(p => p.line).ToList();
        grouped.AddRange(errors.Select(e => new EngineDiagnostic(LogSeverity.Error, "", e, DiagnosticOrigin.StepError)));
        return grouped;
    }
}
