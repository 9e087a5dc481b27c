using Alicloud.RouterInterface.Testing.Engine;
using Pulumirpc;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>What the CLI would show from an operation's Engine.Log calls: status lines on rows, diagnostics at the end.</summary>
internal static class EngineLogs
{
    /// <summary>Ephemeral status text shown on the resource's row.</summary>
    public static IReadOnlyList<string> StatusLines(this OperationResult result, string urn) =>
        [.. result.Logs.Where(l => l.Ephemeral && l.Urn == urn).Select(l => l.Message)];

    /// <summary>Lasting diagnostics of one severity on the resource (the "Diagnostics:" section).</summary>
    public static IReadOnlyList<string> Diagnostics(this OperationResult result, string urn, LogSeverity severity) =>
        [.. result.Logs.Where(l => !l.Ephemeral && l.Urn == urn && l.Severity == severity).Select(l => l.Message)];

    /// <summary>The operation as a CLI user would read it, for the test output.</summary>
    public static string Render(this OperationResult result)
    {
        var lines = new List<string> { $"{result.Kind} ({(result.Succeeded ? "succeeded" : result.Cancelled ? "cancelled" : "failed")}, {result.Duration.TotalSeconds:0.00} s)" };
        lines.AddRange(result.Logs.Where(l => l.Ephemeral).Select(l => $"    {Urns.NameOf(l.Urn)}  {l.Message}"));
        lines.AddRange(result.Resources.Select(r => $"  {r.Step} {r.Name}: {r.Status} in {r.Duration.TotalSeconds:0.00} s{(r.Error is null ? "" : $" [{r.Code}] {r.Error}")}"));
        var diagnostics = result.Logs.Where(l => !l.Ephemeral).ToList();
        if (diagnostics.Count > 0)
        {
            lines.Add("Diagnostics:");
            lines.AddRange(diagnostics.Select(l => $"  {(l.Urn.Length == 0 ? "(provider)" : Urns.NameOf(l.Urn))} {l.Severity.ToString().ToLowerInvariant()}: {l.Message}"));
        }

        lines.AddRange(result.Errors.Select(e => $"  error: {e}"));
        return string.Join(Environment.NewLine, lines);
    }
}
