using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Pulumirpc;

namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// Destroys seeded fleets (each its initiators' stack, through its own engine and plugin process, all at once) through
/// the real plugin via the engine harness and collects the figures of them together: wall time until the last one
/// finished, the account's calls, the largest peak RSS of the plugin processes.
/// </summary>
public static class OurDestroy
{
    public static async Task<DestroyFigures> RunAsync(
        EmulatorProcess emulator, IReadOnlyList<(PulumiEngine Engine, Fleet Fleet)> stacks, TimeProvider time, int parallel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(stacks);
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetUtcNow();
        OperationResult[] results;
        double rss, anon;
        int plugins;
        await using (var sampler = new ChildProcessMemorySampler("pulumi-resource-alicloud-routerinterface", TimeSpan.FromMilliseconds(25)))
        {
            results = await Task.WhenAll(stacks.Select(s => s.Engine.DestroyAsync(parallel, cancellationToken)));
            rss = sampler.PeakMib;
            anon = sampler.PeakAnonMib;
            plugins = sampler.SeenProcessIds.Count;
        }

        var requests = await emulator.Admin.GetRequestsAsync(null, cancellationToken);
        var initiators = stacks.SelectMany(s => s.Fleet.Pairs).Select(p => p.InitiatorName).ToHashSet(StringComparer.Ordinal);
        var latencies = results.SelectMany(r => r.Resources).Where(r => r.Step == StepKind.Delete && initiators.Contains(r.Name)).Select(r => r.Duration.TotalSeconds).ToList();
        var userFacing = results.SelectMany(result => result.Logs.Where(l => !l.Ephemeral && l.Severity is LogSeverity.Warning or LogSeverity.Error).Select(l => l.Message)
            .Concat(result.Errors)
            .Concat(result.Resources.Where(r => r.Error is not null).Select(r => r.Error!)));
        return new DestroyFigures
        {
            Algorithm = "ours",
            Succeeded = results.Zip(stacks).All(x => x.First.Succeeded && x.First.Resources.Count == x.Second.Fleet.Pairs.Count),
            WallSeconds = results.Max(r => r.Duration.TotalSeconds),
            Requests = RequestLogStats.From(requests.Where(r => r.Time >= started)),
            P50DeleteSeconds = Percentiles.Of(latencies, 50),
            P95DeleteSeconds = Percentiles.Of(latencies, 95),
            ThrottlingSurfaced = userFacing.Count(MentionsThrottling),
            ThrottlingStatusLines = results.Sum(result => result.Logs.Count(l => l.Ephemeral && MentionsThrottling(l.Message))),
            PluginPeakRssMib = rss,
            PluginPeakAnonMib = anon,
            PluginProcessesSeen = plugins,
            PluginMemoryAtStop = [.. results.SelectMany(r => r.PluginStandardError.Split('\n')).Where(l => l.Contains("Plugin stopped; memory:", StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf("memory:", StringComparison.Ordinal) + "memory:".Length)..].Trim())],
            Failures = [.. results.SelectMany(result => result.Errors.Concat(result.Failed.Select(f => f.ToString()))
                .Concat(result.Succeeded ? [] : result.PluginStandardError.Split('\n').Where(l => l.Contains("Exception", StringComparison.Ordinal)).Take(5)))],
        };
    }

    private static bool MentionsThrottling(string message) => message.Contains("Throttling", StringComparison.OrdinalIgnoreCase);
}
