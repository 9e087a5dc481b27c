using System.Collections.Concurrent;
using System.Globalization;
using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.Reliability.Tests.Soak;

/// <summary>
/// The fault soak: many seeded destroy runs against the real emulator and the real plugin, with random starting
/// states and random fault rules; after each run the invariants of <see cref="DestroyInvariants"/> and the
/// convergence of a fault-free re-run are checked. Length from SOAK_RUNS / SOAK_WORKERS / SOAK_SEED
/// (<see cref="SoakSettings"/>): short inside <c>make test</c>, long with <c>make soak</c>.
/// </summary>
public sealed class FaultSoakTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Destroy_UnderRandomFaultsAndStartingStates_KeepsEveryInvariantAndConverges()
    {
        var settings = SoakSettings.FromEnvironment();
        using var deadline = TestBounds.Start(settings.Bound);
        var reports = new ConcurrentBag<RunReport>();
        var next = -1;

        async Task WorkerAsync(int worker)
        {
            await using var cloud = await Cloud.StartAsync(settings.Seed + worker, stateFile: null, deadline.Token);
            int run;
            while ((run = Interlocked.Increment(ref next)) < settings.Runs)
            {
                RunReport report;
                try
                {
                    report = await SoakRun.ExecuteAsync(cloud, run, unchecked(settings.Seed + (run * 7919)), settings.Profile, deadline.Token);
                }
                catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException && cloud.Emulator.HasExited)
                {
                    // a worker's emulator that died takes its run with it: say what it last wrote, not only "connection refused"
                    throw new InvalidOperationException(
                        $"run {run}: the emulator of worker {worker} exited; its last output:\n{cloud.Emulator.RecentOutput}", exception);
                }

                reports.Add(report);
                if (!report.Clean)
                {
                    output.WriteLine(report.ToString());
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(settings.Workers, settings.Runs)).Select(WorkerAsync));

        var all = reports.OrderBy(r => r.Run).ToList();
        var fired = all.SelectMany(r => r.FaultsFired).GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Sum(kv => kv.Value)}"));
        var violations = all.Sum(r => r.Violations.Count);
        var nonConverging = all.Sum(r => r.Convergence.NonConverging.Count);
        var leaks = all.Sum(r => r.Leaks.Count);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"SOAK SUMMARY: {all.Count} runs, {all.Sum(r => r.Resources)} resources, {all.Sum(r => r.Faults)} faults injected ({string.Join(", ", fired)}), "
            + $"{all.Sum(r => r.DeletedUnderFaults)} deleted under faults, {all.Sum(r => r.FailedUnderFaults)} failed under faults, "
            + $"{all.Sum(r => r.Convergence.JustifiedRefusals)} justified refusals after re-run, "
            + $"{violations} invariant violations, {nonConverging} non-converging, {leaks} secret leaks; seed {settings.Seed}, {settings.Workers} workers, profile {settings.Profile}"));
        if (settings.Profile != EmulatorVariants.Strict)
        {
            // per variant value: how many runs played it and what they found (the issue's "soak figures per variant")
            foreach (var line in all.SelectMany(r => r.Variants.Select(v => (Variant: $"{v.Key}={v.Value}", Run: r)))
                .GroupBy(x => x.Variant, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"SOAK VARIANT {line.Key}: {line.Count()} runs, {line.Sum(x => x.Run.Resources)} resources, {line.Sum(x => x.Run.Violations.Count)} invariant violations, {line.Sum(x => x.Run.Convergence.NonConverging.Count)} non-converging"));
            }
        }

        foreach (var report in all.Where(r => r.Clean))
        {
            output.WriteLine(report.ToString());
        }

        Assert.Equal(settings.Runs, all.Count);
        Assert.True(violations + nonConverging + leaks == 0, string.Join('\n', all.Where(r => !r.Clean)));
    }
}
