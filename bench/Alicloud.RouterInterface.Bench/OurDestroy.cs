using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Pulumirpc;

namespace Alicloud.RouterInterface.Bench;

/// <summary>Destroys a seeded fleet (the initiators' stack) through the real plugin via the engine harness and collects the figures.</summary>
public static class OurDestroy
{
    public static async Task<DestroyFigures> RunAsync(EmulatorProcess emulator, PulumiEngine engine, TimeProvider time, Fleet fleet, int parallel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(fleet);
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetUtcNow();
        OperationResult result;
        double rss;
        await using (var sampler = new ChildProcessMemorySampler("pulumi-resource-alicloud-routerinterface", TimeSpan.FromMilliseconds(25)))
        {
            result = await engine.DestroyAsync(parallel, cancellationToken);
            rss = sampler.PeakMib;
        }

        var requests = await emulator.Admin.GetRequestsAsync(null, cancellationToken);
        var initiators = fleet.Pairs.Select(p => p.InitiatorName).ToHashSet(StringComparer.Ordinal);
        var latencies = result.Resources.Where(r => r.Step == StepKind.Delete && initiators.Contains(r.Name)).Select(r => r.Duration.TotalSeconds).ToList();
        var userFacing = result.Logs.Where(l => !l.Ephemeral && l.Severity is LogSeverity.Warning or LogSeverity.Error).Select(l => l.Message)
            .Concat(result.Errors)
            .Concat(result.Resources.Where(r => r.Error is not null).Select(r => r.Error!));
        return new DestroyFigures
        {
            Algorithm = "ours",
            Succeeded = result.Succeeded && result.Resources.Count == fleet.Pairs.Count,
            WallSeconds = result.Duration.TotalSeconds,
            Requests = RequestLogStats.From(requests.Where(r => r.Time >= started)),
            P50DeleteSeconds = Percentiles.Of(latencies, 50),
            P95DeleteSeconds = Percentiles.Of(latencies, 95),
            ThrottlingSurfaced = userFacing.Count(MentionsThrottling),
            ThrottlingStatusLines = result.Logs.Count(l => l.Ephemeral && MentionsThrottling(l.Message)),
            PluginPeakRssMib = rss,
            Failures = [.. result.Errors, .. result.Failed.Select(f => f.ToString())],
        };
    }

    private static bool MentionsThrottling(string message) => message.Contains("Throttling", StringComparison.OrdinalIgnoreCase);
}
