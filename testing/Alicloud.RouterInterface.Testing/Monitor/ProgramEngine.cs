using System.Security.Cryptography;
using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// <c>pulumi up</c>, <c>pulumi preview</c> and <c>pulumi destroy</c> of a real Pulumi .NET or Node.js program without the CLI:
/// the harness serves the resource monitor (<see cref="ResourceMonitorServer"/>) and the engine service
/// (<see cref="FakeEngineServer"/>: Log, Get/SetRootResource), starts the program as its language host does
/// (<see cref="ProgramEngineOptions.Launcher"/>), and turns its registrations into the engine's steps against the real plugin, one plugin process per
/// provider. The state (<see cref="ProgramState"/>) and the stack config persist across operations; destroy plays
/// from the state without running the program, as <c>pulumi destroy</c> does.
/// </summary>
public sealed class ProgramEngine : IAsyncDisposable
{
    private ProgramEngine(ProgramEngineOptions options, FakeEngineServer engineServer)
    {
        Options = options;
        EngineServer = engineServer;
        State = new ProgramState(options.Engine.Stack, options.Engine.Project);
    }

    public ProgramEngineOptions Options { get; }

    /// <summary>The engine's gRPC server: the program (PULUMI_ENGINE) and the plugins log to it.</summary>
    public FakeEngineServer EngineServer { get; }

    public ProgramState State { get; }

    /// <summary>Writes <see cref="State"/> as the engine stores it, secrets encrypted with this stack's own key.</summary>
    public Checkpoint Checkpoint { get; } = new(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stack config with namespaces (<c>routerinterface-pair:initiatorRouterId</c>, <c>alicloud-routerinterface:region</c>).</summary>
    public Dictionary<string, ConfigValue> Config { get; } = new(StringComparer.Ordinal);

    /// <summary>The feature ids the SDK asked SupportsFeature about, over every operation so far.</summary>
    public IReadOnlySet<string> FeatureQueries => _features;

    private readonly HashSet<string> _features = new(StringComparer.Ordinal);

    public static async Task<ProgramEngine> StartAsync(ProgramEngineOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var server = await FakeEngineServer.StartAsync(cancellationToken);
        return new ProgramEngine(options, server);
    }

    /// <summary><c>pulumi up</c>: runs the program; its registrations become steps; then deletes what it no longer declares.</summary>
    public Task<ProgramRunResult> UpAsync(CancellationToken cancellationToken) => RunProgramAsync(OperationKind.Up, dryRun: false, cancellationToken);

    /// <summary><c>pulumi preview</c>: runs the program with PULUMI_DRY_RUN=true; the steps are previews and the state is not changed.</summary>
    public Task<ProgramRunResult> PreviewAsync(CancellationToken cancellationToken) => RunProgramAsync(OperationKind.Preview, dryRun: true, cancellationToken);

    /// <summary><c>pulumi destroy</c>: from the state, dependents first, each provider configured with its stored inputs.</summary>
    public async Task<ProgramRunResult> DestroyAsync(CancellationToken cancellationToken)
    {
        var started = Options.Engine.TimeProvider.GetTimestamp();
        var firstLog = EngineServer.LogCount;
        var deployment = NewDeployment(dryRun: false);
        await deployment.DestroyAsync().WaitAsync(cancellationToken);
        return await FinishAsync(OperationKind.Destroy, deployment, null, null, started, firstLog);
    }

    public async ValueTask DisposeAsync() => await EngineServer.DisposeAsync();

    private async Task<ProgramRunResult> RunProgramAsync(OperationKind kind, bool dryRun, CancellationToken cancellationToken)
    {
        var started = Options.Engine.TimeProvider.GetTimestamp();
        var firstLog = EngineServer.LogCount;
        var deployment = NewDeployment(dryRun);
        int? exitCode;
        ProgramProcess program;
        await using (var monitor = await ResourceMonitorServer.StartAsync(deployment, cancellationToken))
        {
            program = ProgramProcess.Start(Options.Launcher ?? new DotnetProgramLauncher(Options.ProgramAssembly), new LanguageHostEnvironment
            {
                MonitorAddress = monitor.Address,
                EngineAddress = EngineServer.Address,
                Project = State.Project,
                Stack = State.Stack,
                ProgramDirectory = Options.ProgramDirectory,
                DryRun = dryRun,
                Parallel = deployment.Parallel,
                Config = Config.ToDictionary(kv => kv.Key, kv => kv.Value.Value, StringComparer.Ordinal),
                ConfigSecretKeys = [.. Config.Where(kv => kv.Value.IsSecret).Select(kv => kv.Key)],
            });
            await using (program)
            {
                exitCode = await program.WaitForExitAsync(Options.ProgramTimeout, cancellationToken);
            }

            _features.UnionWith(monitor.Binding.FeatureQueries);
        }

        if (exitCode is null)
        {
            deployment.AddError($"the program did not finish within {Options.ProgramTimeout.TotalSeconds:0} s and was killed");
        }
        else if (exitCode != 0)
        {
            // The language host's wording (pulumi-language-dotnet main.go, Run).
            deployment.AddError($"Program exited with non-zero exit code: {exitCode}");
        }

        await deployment.FinishUpAsync(programSucceeded: exitCode == 0);
        return await FinishAsync(kind, deployment, exitCode, program, started, firstLog);
    }

    private ProgramDeployment NewDeployment(bool dryRun) =>
        new(Options, State, EngineServer.Address, Config, dryRun, Options.Engine.Parallel);

    private async Task<ProgramRunResult> FinishAsync(OperationKind kind, ProgramDeployment deployment, int? exitCode, ProgramProcess? program, long started, int firstLog)
    {
        var (outcomes, stderr, stdout, processes) = await deployment.ShutdownAsync();
        return new ProgramRunResult
        {
            Kind = kind,
            Registrations = deployment.Registrations,
            Resources = outcomes,
            Errors = deployment.Errors,
            Logs = EngineServer.LogsSince(firstLog),
            ProgramExitCode = exitCode,
            ProgramStandardOutput = program?.StandardOutput ?? "",
            ProgramStandardError = program?.StandardError ?? "",
            PluginStandardError = stderr,
            PluginStandardOutput = stdout,
            PluginProcesses = processes,
            Duration = Options.Engine.TimeProvider.GetElapsedTime(started),
        };
    }
}
