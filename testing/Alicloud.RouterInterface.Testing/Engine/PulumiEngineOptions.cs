namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>The engine's settings: stack identity, plugin launch, parallelism and the harness's own safety bounds.</summary>
public sealed record PulumiEngineOptions
{
    public string Stack { get; init; } = "dev";

    public string Project { get; init; } = "routerinterface-test";

    /// <summary>The package (first segment of type tokens; the plugin is <c>pulumi-resource-&lt;package&gt;</c>).</summary>
    public string Package { get; init; } = "alicloud-routerinterface";

    public string PluginBinary { get; init; } = RepoPaths.PluginBinary;

    /// <summary>
    /// The plugin version the program's SDK asks for, sent as the <c>version</c> key of the provider's inputs
    /// (CheckConfig, DiffConfig, Configure; pkg/resource/deploy/providers/registry.go SetProviderVersion). Null: the
    /// version the loaded plugin reports (an SDK of the same build); empty: no key (a program that names no version).
    /// </summary>
    public string? ProviderVersion { get; init; }

    /// <summary>Flags before the engine address, e.g. <c>-v=9</c>, <c>--logtostderr</c>.</summary>
    public IReadOnlyList<string> PluginArguments { get; init; } = [];

    /// <summary>Environment changes for the plugin (e.g. credentials variables); a null value removes one.</summary>
    public IReadOnlyDictionary<string, string?> PluginEnvironment { get; init; } = new Dictionary<string, string?>();

    /// <summary>See <see cref="PluginLaunchOptions.Hermetic"/>.</summary>
    public bool Hermetic { get; init; } = true;

    /// <summary>The program directory (working directory of the plugin); null = the current directory.</summary>
    public string? ProgramDirectory { get; init; }

    /// <summary>
    /// <c>PULUMI_DEBUG_PROVIDERS</c>: the address of an already running plugin to attach to instead of starting one
    /// (Handshake without directories, then Attach, then GetPluginInfo; shutdown sends Cancel but never a signal).
    /// </summary>
    public string? AttachAddress { get; init; }

    /// <summary><c>--parallel</c> default: 4 × CPU count, like the CLI.</summary>
    public int Parallel { get; init; } = 4 * Environment.ProcessorCount;

    /// <summary><c>--debug</c>: debug diagnostics are shown (and the CLI would show the plugin's stderr, <see cref="OperationResult.PluginStandardError"/>).</summary>
    public bool ShowDebug { get; init; }

    /// <summary><c>--continue-on-error</c>: keep scheduling after a failed step (dependents of a failure are skipped).</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>Safety bound on every RPC (the real engine sets none); a hung provider fails the test instead of hanging it.</summary>
    public TimeSpan RpcTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long Handshake is retried while the plugin answers UNAVAILABLE (engine: 10 s).</summary>
    public TimeSpan HandshakeRetryWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Deadline of the Cancel sent at the end of every operation (engine: 5 s).</summary>
    public TimeSpan ShutdownCancelDeadline { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Deadline of the Cancel sent on Ctrl-C (engine: 30 s).</summary>
    public TimeSpan InterruptCancelDeadline { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait after SIGINT before the kill (engine: 5 s).</summary>
    public TimeSpan InterruptGrace { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan PluginStartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
