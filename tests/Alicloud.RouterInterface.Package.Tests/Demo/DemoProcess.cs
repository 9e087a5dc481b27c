using System.Diagnostics;
using System.Globalization;
using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Package.Tests.Demo;

/// <summary>
/// The built demo (demo/Alicloud.RouterInterface.Demo) run as `dotnet &lt;dll&gt;` with stdout and stderr captured line by
/// line; stdout is redirected, so the demo prints its plain, one-line-per-event transcript. Dispose kills the tree.
/// </summary>
internal sealed class DemoProcess : IDisposable
{
    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Predicate, TaskCompletionSource<string> Waiter)> _waiters = [];

    private DemoProcess(Process process)
    {
        _process = process;
    }

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    /// <summary>The demo's DLL, built in the same configuration as this test assembly.</summary>
    public static string DllPath
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Path.Combine(RepoPaths.Root, "demo", "Alicloud.RouterInterface.Demo", "bin", configuration, framework.Name, "Alicloud.RouterInterface.Demo.dll");
        }
    }

    public static DemoProcess Start(params string[] arguments)
    {
        Assert.True(File.Exists(DllPath), $"{DllPath} is missing: build the demo project.");
        foreach (var binary in new[] { RepoPaths.PluginBinary, RepoPaths.EmulatorBinary })
        {
            Assert.True(File.Exists(binary), $"{binary} is missing: run `make build`.");
        }

        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { DllPath, "--bin", RepoPaths.Bin },
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var demo = new DemoProcess(Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start"));
        demo._process.OutputDataReceived += (_, e) => demo.Record(e.Data);
        demo._process.ErrorDataReceived += (_, e) => demo.Record(e.Data);
        demo._process.BeginOutputReadLine();
        demo._process.BeginErrorReadLine();
        return demo;
    }

    /// <summary>Waits (bounded) for the exit and returns the exit code; on timeout kills the tree and fails with the output.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var bound = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            Assert.Fail($"the demo did not exit within {timeout}. Output:\n{Output}");
        }

        // The asynchronous readers finish after the exit; this waits for their last lines.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Waits (bounded) for an output line matching <paramref name="predicate"/>.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> predicate, TimeSpan timeout)
    {
        var waiter = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_lines.FirstOrDefault(predicate) is { } seen)
            {
                return seen;
            }

            _waiters.Add((predicate, waiter));
        }

        try
        {
            return await waiter.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"no matching output line within {timeout}. Output:\n{Output}");
            throw;
        }
    }

    /// <summary>Ctrl-C: SIGINT to the demo process only.</summary>
    public async Task InterruptAsync()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", ProcessId.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false });
        if (kill is not null)
        {
            await kill.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        List<TaskCompletionSource<string>> satisfied;
        lock (_gate)
        {
            _lines.Add(line);
            satisfied = [.. _waiters.Where(w => w.Predicate(line)).Select(w => w.Waiter)];
            _waiters.RemoveAll(w => satisfied.Contains(w.Waiter));
        }

        foreach (var waiter in satisfied)
        {
            waiter.TrySetResult(line);
        }
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
