using System.Diagnostics;
using System.Text;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// A Pulumi program run the way its language host runs it (<see cref="IProgramLauncher"/>: <c>dotnet
/// &lt;program&gt;.dll</c>, or <c>node @pulumi/pulumi/cmd/run …</c>), with stdout and stderr kept. The language host
/// passes its whole environment; the harness drops cloud credential variables so the machine's never reach a test.
/// </summary>
internal sealed class ProgramProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private ProgramProcess(Process process)
    {
        _process = process;
    }

    public string StandardOutput
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public static ProgramProcess Start(IProgramLauncher launcher, LanguageHostEnvironment environment)
    {
        var start = launcher.StartInfo(environment);
        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        foreach (var name in start.Environment.Keys.Where(IsCloudCredentialVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var program = new ProgramProcess(process);
        process.OutputDataReceived += (_, e) => Append(program._output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(program._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return program;
    }

    /// <summary>The exit code, or null when the program was still running after <paramref name="timeout"/> (it is then killed).</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(bounded.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Kill();
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            // Reported by the caller through the missing exit code.
        }

        _process.Dispose();
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

    private static void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (target)
        {
            target.AppendLine(line);
        }
    }

    private static bool IsCloudCredentialVariable(string name) =>
        name.StartsWith("ALIBABA_CLOUD_", StringComparison.Ordinal) || name.StartsWith("ALICLOUD_", StringComparison.Ordinal);
}
