using System.Diagnostics;
using System.Globalization;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Polling;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>
/// Finds the plugin process an engine operation started (the harness keeps it private): on Linux, by its command
/// line, whose last argument is the engine's address (unique per <c>FakeEngineServer</c>). Kills with SIGKILL.
/// </summary>
internal static class PluginProcesses
{
    private const string BinaryName = "pulumi-resource-alicloud-routerinterface";

    public static Task<object> WaitForAsync(string engineAddress, CancellationToken cancellationToken) =>
        Eventually.GetAsync(
            _ => Task.FromResult(Find(engineAddress) is { } pid ? (object?)pid : null),
            $"the plugin started for engine {engineAddress}",
            cancellationToken,
            TestBounds.Polling);

    public static int? Find(string engineAddress)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string[] arguments;
            try
            {
                arguments = File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (arguments.Length > 1 && arguments[0].EndsWith(BinaryName, StringComparison.Ordinal) && arguments[^1] == engineAddress)
            {
                return pid;
            }
        }

        return null;
    }

    /// <summary>SIGKILL: no shutdown code of the plugin runs.</summary>
    public static async Task KillAsync(int pid, CancellationToken cancellationToken)
    {
        using var process = Process.GetProcessById(pid);
        process.Kill(entireProcessTree: false);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(TestBounds.Condition);
        await process.WaitForExitAsync(bounded.Token);
    }
}
