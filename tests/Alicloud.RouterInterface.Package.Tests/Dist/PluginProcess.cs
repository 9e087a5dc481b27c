using System.Diagnostics;

namespace Alicloud.RouterInterface.Package.Tests.Dist;

/// <summary>
/// Starts a plugin executable the way the engine does (one engine-address argument, own environment) and reads the
/// port line. Only for the dist check: the full engine stand-in lives in the Testing library.
/// </summary>
public sealed class PluginProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stderr;

    private PluginProcess(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>What the plugin wrote to stderr so far (for failure messages; available once it has exited).</summary>
    public string StandardErrorIfExited => _process.HasExited && _stderr.IsCompleted ? _stderr.Result : "(still running)";

    public static PluginProcess Start(string executable, string engineAddress, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(executable, [engineAddress])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(executable)!,
        };
        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            if (value is not null)
            {
                start.Environment[name] = value;
            }
        }

        return new PluginProcess(Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start."));
    }

    /// <summary>The first stdout line, which must be the port; bounded by <paramref name="bound"/>.</summary>
    public async Task<string?> ReadPortLineAsync(TimeSpan bound, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(bound);
        try
        {
            return await _process.StandardOutput.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(bound.Token);
        }

        _process.Dispose();
    }
}
