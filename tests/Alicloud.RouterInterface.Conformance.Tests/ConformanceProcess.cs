using System.Diagnostics;
using System.Text;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Polling;

namespace Alicloud.RouterInterface.Conformance.Tests;

/// <summary>What one run of the built probe printed and returned.</summary>
public sealed record ConformanceResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs the built <c>bin/alicloud-routerinterface-conformance</c> (make build) as a process against an emulator, with
/// the emulator's dev keys in the environment (the provider's chain) and, when asked, the peer's as opposite*.
/// </summary>
public sealed class ConformanceProcess : IAsyncDisposable
{
    public static string Binary => Path.Combine(RepoPaths.Bin, "alicloud-routerinterface-conformance");

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private ConformanceProcess(Process process)
    {
        _process = process;
    }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static ConformanceProcess Start(EmulatorProcess emulator, bool peer, params string[] args)
    {
        var info = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("--endpoint");
        info.ArgumentList.Add(emulator.BaseUri.ToString().TrimEnd('/'));
        info.ArgumentList.Add("--poll-interval");
        info.ArgumentList.Add("0.1");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("ALIBABA_CLOUD_", StringComparison.Ordinal) || k.StartsWith("ALICLOUD_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(name);
        }

        info.Environment["HOME"] = Path.Combine(Path.GetTempPath(), "conformance-no-home");
        info.Environment["ALIBABA_CLOUD_ACCESS_KEY_ID"] = EmulatorCredentials.Dev.AccessKeyId;
        info.Environment["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = EmulatorCredentials.Dev.AccessKeySecret;
        if (peer)
        {
            info.Environment["ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_ID"] = EmulatorCredentials.Peer.AccessKeyId;
            info.Environment["ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_SECRET"] = EmulatorCredentials.Peer.AccessKeySecret;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + Binary);
        var run = new ConformanceProcess(process);
        process.OutputDataReceived += (_, e) => run.Append(run._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => run.Append(run._stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return run;
    }

    public static async Task<ConformanceResult> RunAsync(EmulatorProcess emulator, bool peer, CancellationToken cancellationToken, params string[] args)
    {
        await using var run = Start(emulator, peer, args);
        return await run.WaitAsync(cancellationToken);
    }

    public async Task<ConformanceResult> WaitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        _process.WaitForExit(); // drains the redirected streams
        lock (_stdout)
        {
            return new ConformanceResult(_process.ExitCode, _stdout.ToString(), Stderr);
        }
    }

    /// <summary>Waits (within a minute) until stderr shows <paramref name="text"/>: the run reached that point.</summary>
    public Task WaitForProgressAsync(string text, CancellationToken cancellationToken) =>
        Eventually.HoldsAsync(_ =>
        {
            var reached = Stderr.Contains(text, StringComparison.Ordinal);
            return !reached && _process.HasExited
                ? throw new InvalidOperationException($"the probe exited before '{text}':\n{Stderr}")
                : Task.FromResult(reached);
        }, $"the probe's stderr to show '{text}'", cancellationToken, PollingOptions.Within(TimeSpan.FromMinutes(1)));

    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }
}
