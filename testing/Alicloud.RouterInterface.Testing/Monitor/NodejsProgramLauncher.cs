using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// A Pulumi Node.js program started as the Node.js language host starts it (pulumi/pulumi
/// <c>sdk/nodejs/cmd/pulumi-language-nodejs/main.go</c>: <c>Run</c> → <c>execRuntime</c>, <c>constructArguments</c>,
/// <c>constructConfig</c>, <c>constructConfigSecretKeys</c>): <c>node &lt;@pulumi/pulumi/cmd/run&gt; --monitor …
/// --engine … --organization … --project … --root-directory … --stack … --pwd … [--dry-run] --parallel N
/// &lt;entry point&gt;</c>, with PULUMI_CONFIG (JSON object, <c>{}</c> when empty) and PULUMI_CONFIG_SECRET_KEYS (JSON
/// array, <c>[]</c> when empty) added to the host's environment. The run module is the program's own
/// <c>@pulumi/pulumi/cmd/run</c>, resolved from the program directory as the host's <c>locateModule</c> does
/// (<see cref="LocateRunModuleAsync"/>). PULUMI_NODEJS_TYPESCRIPT is left unset: the host sets it only for the
/// runtime option <c>typescript: true</c>, and the programs here are compiled (<c>typescript: false</c>). The monitor
/// address is the harness's own; the host would put its proxy of the engine's monitor there.
/// </summary>
public sealed class NodejsProgramLauncher(string runModule, string entryPoint = ".") : IProgramLauncher
{
    /// <summary>The module the host runs (<c>defaultRunPath</c> in main.go).</summary>
    public const string RunModule = "@pulumi/pulumi/cmd/run";

    public string RunModulePath { get; } = runModule;

    public ProcessStartInfo StartInfo(LanguageHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("node") { WorkingDirectory = environment.ProgramDirectory };
        start.ArgumentList.Add(RunModulePath);
        void Add(string name, string value)
        {
            // maybeAppendArg: empty values are left out.
            if (value.Length > 0)
            {
                start.ArgumentList.Add("--" + name);
                start.ArgumentList.Add(value);
            }
        }

        Add("monitor", environment.MonitorAddress);
        Add("engine", environment.EngineAddress);
        Add("organization", environment.Organization);
        Add("project", environment.Project);
        Add("root-directory", environment.ProgramDirectory);
        Add("stack", environment.Stack);
        Add("pwd", environment.ProgramDirectory);
        if (environment.DryRun)
        {
            start.ArgumentList.Add("--dry-run");
        }

        Add("parallel", environment.Parallel.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(entryPoint);
        start.Environment["PULUMI_CONFIG"] = JsonSerializer.Serialize(environment.Config);
        start.Environment["PULUMI_CONFIG_SECRET_KEYS"] = JsonSerializer.Serialize(environment.ConfigSecretKeys);
        return start;
    }

    /// <summary>
    /// <c>require.resolve('@pulumi/pulumi/cmd/run')</c> run by <c>node</c> in the program directory (main.go
    /// <c>locateModule</c>); throws with node's message when the program's dependencies are not installed.
    /// </summary>
    public static async Task<string> LocateRunModuleAsync(string programDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = programDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add($"console.log(require.resolve('{RunModule}'))");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(bounded.Token);
        var error = process.StandardError.ReadToEndAsync(bounded.Token);
        try
        {
            await process.WaitForExitAsync(bounded.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{RunModule} is not installed for {programDirectory} (run `make nodejs`): {(await error).Trim()}");
        }

        return (await output).Trim();
    }
}
