using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>One credential found where it must not be.</summary>
internal sealed record Leak(string Where, string What)
{
    public override string ToString() => $"{What} in {Where}";
}

/// <summary>
/// Scans what the plugin produced for credentials. The rule (docs/reliability.md): an AccessKeySecret or STS token
/// appears nowhere at all; an AccessKeyId never in plugin stderr, Engine.Log messages, error messages, outputs or
/// the state's resources (only the cloud sees it, as the signed request's identity). Matches use the recognisable
/// markers as well as the exact values, so a partial or re-encoded leak of the leak-check keys is found too.
/// </summary>
internal sealed class LeakScanner
{
    private readonly List<Leak> _leaks = [];
    private int _texts;

    public IReadOnlyList<Leak> Leaks => _leaks;

    /// <summary>How many texts were scanned.</summary>
    public int Texts => _texts;

    /// <summary>Everything one operation produced: stderr, stdout, logs, errors, warnings, outputs.</summary>
    public void ScanOperation(OperationResult result, string label)
    {
        ArgumentNullException.ThrowIfNull(result);
        ScanPluginText($"{label}: plugin stderr", result.PluginStandardError);
        ScanPluginText($"{label}: plugin stdout", result.PluginStandardOutput);
        foreach (var log in result.Logs)
        {
            ScanPluginText($"{label}: Engine.Log ({log.Severity})", log.Message);
        }

        foreach (var error in result.Errors)
        {
            ScanPluginText($"{label}: operation error", error);
        }

        foreach (var outcome in result.Resources)
        {
            ScanPluginText($"{label}: {outcome.Name} error", outcome.Error);
            foreach (var text in outcome.Warnings.Concat(outcome.InitErrors).Concat(outcome.CheckFailures.Select(f => $"{f.Property}: {f.Reason}")))
            {
                ScanPluginText($"{label}: {outcome.Name} diagnostics", text);
            }

            ScanPluginText($"{label}: {outcome.Name} outputs", outcome.Outputs is null ? null : PropertyValues.ToJson(outcome.Outputs));
            ScanPluginText($"{label}: {outcome.Name} inputs", outcome.Inputs is null ? null : PropertyValues.ToJson(outcome.Inputs));
        }
    }

    /// <summary>The resources of the stack state (the provider's own config entry is the engine's, holding the configured keys).</summary>
    public void ScanState(StackState state, string label)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var resource in state.Resources)
        {
            ScanPluginText($"{label}: state of {resource.Name}", PropertyValues.ToJson(resource.Outputs) + PropertyValues.ToJson(resource.Inputs));
        }
    }

    /// <summary>Where nothing of the keys may appear, not even the AccessKeyId (plugin output of any kind).</summary>
    public void ScanPluginText(string where, string? text) => Scan(where, text, keyIdAllowed: false);

    /// <summary>The cloud's side (emulator request log, its stderr): the AccessKeyId is the caller's identity there; secrets and tokens never.</summary>
    public void ScanCloudText(string where, string? text) => Scan(where, text, keyIdAllowed: true);

    private void Scan(string where, string? text, bool keyIdAllowed)
    {
        Interlocked.Increment(ref _texts);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var found = new List<string>();
        foreach (var key in LeakCheckKeys.All)
        {
            found.AddRange(key.Secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).Select(_ => $"the secret of {key.AccessKeyId}"));
            if (!keyIdAllowed && text.Contains(key.AccessKeyId, StringComparison.Ordinal))
            {
                found.Add($"the AccessKeyId {key.AccessKeyId}");
            }
        }

        found.AddRange(new[] { LeakCheckKeys.SecretMarker, LeakCheckKeys.TokenMarker }
            .Where(marker => text.Contains(marker, StringComparison.Ordinal))
            .Select(marker => $"the marker {marker}"));
        if (!keyIdAllowed && text.Contains(LeakCheckKeys.AccessKeyIdMarker, StringComparison.Ordinal))
        {
            found.Add($"the marker {LeakCheckKeys.AccessKeyIdMarker}");
        }

        lock (_leaks)
        {
            _leaks.AddRange(found.Distinct().Select(what => new Leak(where, what)));
        }
    }
}
