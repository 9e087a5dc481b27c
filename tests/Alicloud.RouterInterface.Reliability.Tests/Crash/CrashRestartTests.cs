using System.Collections.Concurrent;
using System.Globalization;
using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.Reliability.Tests.Crash;

/// <summary>
/// Crash and restart at every step of a delete (<see cref="CrashPoint.All"/>): SIGKILL of the plugin, the emulator
/// restarted from its state file, connections cut after the cloud carried a request out. Every destroy must converge.
/// </summary>
public sealed class CrashRestartTests(ITestOutputHelper output)
{
    /// <summary>Crash points run this many at a time (each has its own emulator, tap and engine).</summary>
    private const int Concurrency = 2;

    [Fact]
    public async Task Destroy_CrashedAtEveryStep_ConvergesWithoutDuplicateOrLostWork()
    {
        using var deadline = TestBounds.Start(TimeSpan.FromMinutes(4) + (TimeSpan.FromMinutes(1.5) * CrashPoint.All.Count / Concurrency));
        var reports = new ConcurrentBag<CrashReport>();
        var queue = new ConcurrentQueue<CrashPoint>(CrashPoint.All);

        async Task WorkerAsync()
        {
            while (queue.TryDequeue(out var point))
            {
                reports.Add(await CrashScenario.RunAsync(point, deadline.Token));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => WorkerAsync()));

        var all = CrashPoint.All.Select(p => reports.Single(r => r.Point == p.Name)).ToList();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"CRASH SUMMARY: {all.Count} crash points covered ({all.Count(r => r.Kind == CrashKind.KillPlugin)} plugin SIGKILLs, "
            + $"{all.Count(r => r.Kind == CrashKind.RestartEmulator)} emulator restarts from the state file, {all.Count(r => r.Kind == CrashKind.DropConnection)} cut connections), "
            + $"{all.Count(r => r.Reached)} reached, {all.Count(r => !r.Converged)} non-converging re-runs, "
            + $"{all.Sum(r => r.Problems.Count)} problems, {all.Sum(r => r.Leaks)} secret leaks"));
        foreach (var report in all)
        {
            output.WriteLine(report.ToString());
        }

        Assert.All(all, r => Assert.True(r.Clean, r.ToString()));
    }
}
