using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Grpc.Net.Client;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>
/// The plugin binary started exactly like the engine starts it: flags then the engine address as arguments,
/// <c>PULUMI_CONFIG</c>/<c>PULUMI_PROJECT</c> in the environment, the program directory as working directory, stdin a
/// pipe never written, stdout read byte by byte up to the first newline for the port. Everything the plugin writes
/// afterwards is kept (stdout and stderr) so tests can check it. Disposal interrupts (SIGINT), waits, then kills.
/// </summary>
public sealed class PluginProcess : IAsyncDisposable
{
    /// <summary>The engine's gRPC limit on messages (400 MiB).</summary>
    public const int MaxMessageSize = 400 * 1024 * 1024;

    private readonly Process _process;
    private readonly PluginLaunchOptions _options;
    private readonly StringBuilder _standardError;
    private readonly MemoryStream _standardOutput = new();
    private readonly Lock _gate = new();
    private readonly Task _stdoutDrain;
    private readonly string? _hermeticHome;
    private GrpcChannel? _channel;
    private int _disposed;

    private PluginProcess(Process process, PluginLaunchOptions options, string? hermeticHome, StringBuilder standardError, int port, byte[] portLine)
    {
        _process = process;
        _standardError = standardError;
        _options = options;
        _hermeticHome = hermeticHome;
        Port = port;
        _standardOutput.Write(portLine);
        _stdoutDrain = DrainStandardOutputAsync();
    }

    public int Port { get; }

    /// <summary>The address the engine dials: <c>127.0.0.1:&lt;port&gt;</c>.</summary>
    public string Address => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>A channel to the plugin (plaintext HTTP/2, 400 MiB limits), created on first use.</summary>
    public GrpcChannel Channel
    {
        get
        {
            lock (_gate)
            {
                return _channel ??= GrpcChannel.ForAddress($"http://{Address}", new GrpcChannelOptions
                {
                    MaxReceiveMessageSize = MaxMessageSize,
                    MaxSendMessageSize = MaxMessageSize,
                });
            }
        }
    }

    /// <summary>The generated client for raw protocol calls.</summary>
    public ResourceProvider.ResourceProviderClient Client => new(Channel);

    /// <summary>Everything written to stderr so far.</summary>
    public string StandardError
    {
        get
        {
            lock (_standardError)
            {
                return _standardError.ToString();
            }
        }
    }

    /// <summary>Everything written to stdout so far, the port line included (it should be all there is).</summary>
    public string StandardOutput
    {
        get
        {
            lock (_standardOutput)
            {
                return Encoding.UTF8.GetString(_standardOutput.GetBuffer(), 0, (int)_standardOutput.Length);
            }
        }
    }

    public static async Task<PluginProcess> StartAsync(PluginLaunchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.BinaryPath))
        {
            throw new FileNotFoundException($"The plugin binary is missing; run 'make provider' first ({options.BinaryPath}).", options.BinaryPath);
        }

        var hermeticHome = options.Hermetic ? Directory.CreateTempSubdirectory("ri-plugin-home-").FullName : null;
        var process = new Process { StartInfo = CreateStartInfo(options, hermeticHome), EnableRaisingEvents = true };
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.BeginErrorReadLine();

        try
        {
            var (port, line) = await ReadPortAsync(process, options.PortTimeout, () => Snapshot(stderr), cancellationToken);
            return new PluginProcess(process, options, hermeticHome, stderr, port, line);
        }
        catch
        {
            KillQuietly(process);
            process.Dispose();
            DeleteQuietly(hermeticHome);
            throw;
        }
    }

    /// <summary>
    /// What the engine does at the end: SIGINT, wait up to the grace period, then kill. Returns how it went.
    /// </summary>
    public async Task<PluginExit> InterruptAsync(CancellationToken cancellationToken)
    {
        if (_process.HasExited)
        {
            return new PluginExit(_process.ExitCode, InterruptSent: false, ExitedWithinGrace: true, Killed: false);
        }

        var sent = NativeSignals.Interrupt(_process.Id);
        var exited = await WaitForExitAsync(_options.InterruptGrace, cancellationToken);
        if (!exited)
        {
            KillQuietly(_process);
            await WaitForExitAsync(_options.InterruptGrace, cancellationToken);
        }

        return new PluginExit(_process.HasExited ? _process.ExitCode : null, sent, exited, Killed: !exited);
    }

    /// <summary>Waits for the process to exit; false when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(bounded.Token);
            await _stdoutDrain.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return _process.HasExited;
        }
        catch (TimeoutException)
        {
            return _process.HasExited;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        lock (_gate)
        {
            _channel?.Dispose();
            _channel = null;
        }

        await InterruptAsync(CancellationToken.None);
        _process.Dispose();
        DeleteQuietly(_hermeticHome);
    }

    private static ProcessStartInfo CreateStartInfo(PluginLaunchOptions options, string? hermeticHome)
    {
        var start = new ProcessStartInfo(options.BinaryPath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = options.WorkingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var argument in options.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (options.EngineAddress is not null)
        {
            start.ArgumentList.Add(options.EngineAddress);
        }

        if (hermeticHome is not null)
        {
            foreach (var name in start.Environment.Keys.Where(IsCloudCredentialVariable).ToList())
            {
                start.Environment.Remove(name);
            }

            start.Environment["HOME"] = hermeticHome;
        }

        start.Environment["PULUMI_PROJECT"] = options.Project;
        start.Environment["PULUMI_CONFIG"] = JsonSerializer.Serialize(options.Config);
        foreach (var (name, value) in options.Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }

    private static bool IsCloudCredentialVariable(string name) =>
        name.StartsWith("ALIBABA_CLOUD_", StringComparison.Ordinal) || name.StartsWith("ALICLOUD_", StringComparison.Ordinal);

    /// <summary>Reads stdout byte by byte up to the first newline, like the engine, and parses the port.</summary>
    private static async Task<(int Port, byte[] Line)> ReadPortAsync(Process process, TimeSpan timeout, Func<string> stderr, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        var stream = process.StandardOutput.BaseStream;
        var line = new List<byte>();
        var buffer = new byte[1];
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, bounded.Token);
                if (read == 0)
                {
                    throw new PluginLaunchException($"could not read plugin [{process.StartInfo.FileName}]: stdout ended before a port line (exit code {(process.WaitForExit(1000) ? process.ExitCode : -1)})", stderr());
                }

                line.Add(buffer[0]);
                if (buffer[0] == (byte)'\n')
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PluginLaunchException($"the plugin wrote no port line within {timeout.TotalSeconds:0} s", stderr());
        }

        var text = Encoding.UTF8.GetString([.. line])
            .Replace("\u001b]9;4;3;\u001b\\", "", StringComparison.Ordinal)
            .Replace("\u001b]9;4;0;\u001b\\", "", StringComparison.Ordinal)
            .Trim();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new PluginLaunchException($"the plugin wrote an invalid port to stdout: '{text}'", stderr());
        }

        return (port, [.. line]);
    }

    private async Task DrainStandardOutputAsync()
    {
        var buffer = new byte[4096];
        var stream = _process.StandardOutput.BaseStream;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                lock (_standardOutput)
                {
                    _standardOutput.Write(buffer, 0, read);
                }
            }
        }
        catch (IOException)
        {
            // The pipe closed with the process.
        }
        catch (ObjectDisposedException)
        {
            // Disposed while draining.
        }
    }

    private static string Snapshot(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static void DeleteQuietly(string? directory)
    {
        if (directory is null)
        {
            return;
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort: a temp folder.
        }
    }
}

/// <summary>How the plugin ended: its exit code, whether SIGINT was sent, whether it exited within the grace period or was killed.</summary>
public sealed record PluginExit(int? ExitCode, bool InterruptSent, bool ExitedWithinGrace, bool Killed);
