using System.Globalization;
using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Bench;

/// <summary>Runs the chosen scenarios one after the other, then the plugin start measurement; writes the JSON and prints the table.</summary>
public sealed class BenchRunner(BenchSettings settings, TextWriter log)
{
    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken)
    {
        foreach (var binary in new[] { settings.PluginBinary, settings.EmulatorBinary })
        {
            if (!File.Exists(binary))
            {
                throw new FileNotFoundException($"{binary} is missing; run `make build` first.", binary);
            }
        }

        var started = settings.Time.GetUtcNow();
        var machine = MachineFigures.Now();
        await log.WriteLineAsync($"bench: {settings.Scenarios.Count} scenario(s){(settings.Quick ? " (quick)" : "")}; {machine}");
        var results = new List<ScenarioResult>();
        var runner = new ScenarioRunner(settings, log);
        foreach (var scenario in settings.Scenarios)
        {
            results.Add(await runner.RunAsync(scenario, cancellationToken));
        }

        PluginStartFigures? start = null;
        if (settings.StartLaunches > 0)
        {
            await log.WriteLineAsync($"bench: plugin start time, {settings.StartLaunches} launches…");
            await using var engine = await FakeEngineServer.StartAsync(cancellationToken);
            start = await PluginStartTimer.MeasureAsync(settings.PluginBinary, settings.Time, engine.Address, settings.StartLaunches, cancellationToken);
        }

        var report = new BenchReport
        {
            StartedAt = started,
            Quick = settings.Quick,
            MachineAtStart = machine,
            MachineAtEnd = MachineFigures.Now(),
            PluginStart = start,
            Scenarios = results,
        };
        Directory.CreateDirectory(settings.ResultsDirectory);
        var name = started.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (settings.Quick ? "-quick" : "") + ".json";
        var path = Path.Combine(settings.ResultsDirectory, name);
        await File.WriteAllTextAsync(path, report.ToJson(), cancellationToken);
        await log.WriteLineAsync($"bench: wrote {path}");
        return report;
    }
}
