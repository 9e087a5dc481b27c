using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// Plugin start time as the engine sees it: from starting the process to reading the port line on stdout (the
/// harness's <see cref="PluginProcess"/>, which launches exactly like the engine), one launch after another.
/// </summary>
public static class PluginStartTimer
{
    public static async Task<PluginStartFigures> MeasureAsync(string pluginBinary, TimeProvider time, string engineAddress, int launches, CancellationToken cancellationToken)
    {
        var samples = new List<double>();
        for (var i = 0; i < launches; i++)
        {
            ArgumentNullException.ThrowIfNull(time);
            var launched = time.GetTimestamp();
            var plugin = await PluginProcess.StartAsync(new PluginLaunchOptions { BinaryPath = pluginBinary, EngineAddress = engineAddress }, cancellationToken);
            samples.Add(time.GetElapsedTime(launched).TotalMilliseconds);
            await plugin.DisposeAsync();
        }

        return new PluginStartFigures(launches, Percentiles.Median(samples), samples.Min(), samples.Max());
    }
}

/// <summary>Milliseconds from process start to the port line.</summary>
public sealed record PluginStartFigures(int Launches, double MedianMs, double MinMs, double MaxMs);
