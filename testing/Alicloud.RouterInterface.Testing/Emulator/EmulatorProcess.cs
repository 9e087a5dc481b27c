using System.Diagnostics;
using System.Globalization;

namespace Alicloud.RouterInterface.Testing.Emulator;

/// <summary>
/// The real emulator binary on a free loopback port. Start with <see cref="StartAsync"/>; the port comes from the
/// first stdout line. Output is drained in the background (the last lines are kept for diagnostics). Dispose kills
/// the process tree; <see cref="StopAsync"/> stops it gracefully with SIGTERM.
/// </summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    public const string PortLinePrefix = "listening on http://127.0.0.1:";

    private const int KeptLines = 200;
    private static readonly TimeSpan s_exitWait = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly Queue<string> _output = new();
    private Task _stdoutDrain = Task.CompletedTask;

    private EmulatorProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseUri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        _http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(30) };
        Admin = new EmulatorAdminClient(_http);
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseUri { get; }

    /// <summary>host:port, the form SDK configs take as "endpoint" (with protocol http).</summary>
    public string Endpoint => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public int Port { get; }

    public EmulatorAdminClient Admin { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the emulator wrote (stderr logs and anything after the port line).</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static async Task<EmulatorProcess> StartAsync(EmulatorStartOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var binary = options.BinaryPath ?? RepoPaths.EmulatorBinary;
        if (!File.Exists(binary))
        {
            throw new FileNotFoundException($"Emulator binary not found at {binary}; run `make emulator` first.", binary);
        }

        var startInfo = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in options.ToArguments())
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {binary}.");
        var early = new Queue<string>();
        process.ErrorDataReceived += (_, e) => Keep(early, e.Data);
        process.BeginErrorReadLine();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartTimeout);
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false);
            if (line is null || !line.StartsWith(PortLinePrefix, StringComparison.Ordinal)
                || !int.TryParse(line.AsSpan(PortLinePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                await WaitBrieflyAsync(process).ConfigureAwait(false);
                throw new InvalidOperationException($"The emulator did not print its port line (got '{line}'). Output:\n{Snapshot(early)}");
            }

            var emulator = new EmulatorProcess(process, port);
            lock (early)
            {
                foreach (var kept in early)
                {
                    emulator.Keep(kept);
                }
            }

            process.ErrorDataReceived += (_, e) => emulator.Keep(e.Data);
            emulator._stdoutDrain = emulator.DrainStdoutAsync();
            return emulator;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill(process);
            throw new TimeoutException($"The emulator printed no port line within {options.StartTimeout}. Output:\n{Snapshot(early)}");
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Sends SIGTERM and waits (bounded) for a clean exit; returns the exit code.</summary>
    public async Task<int> StopAsync(CancellationToken cancellationToken)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false });
            if (kill is not null)
            {
                await kill.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_exitWait);
        await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Kill(_process);
        try
        {
            using var timeout = new CancellationTokenSource(s_exitWait);
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            await _stdoutDrain.WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Best effort: the process tree was killed.
        }

        _http.Dispose();
        _process.Dispose();
    }

    private async Task DrainStdoutAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            Keep(line);
        }
    }

    private void Keep(string? line) => Keep(_output, line);

    private static void Keep(Queue<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Enqueue(line);
            while (lines.Count > KeptLines)
            {
                lines.Dequeue();
            }
        }
    }

    private static string Snapshot(Queue<string> lines)
    {
        lock (lines)
        {
            return string.Join('\n', lines);
        }
    }

    private static async Task WaitBrieflyAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Still running: the caller kills it.
        }
    }

    private static void Kill(Process process)
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
}
