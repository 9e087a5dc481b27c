namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>How to start the plugin binary, the way the engine does (§2.3 of the protocol sheet).</summary>
public sealed record PluginLaunchOptions
{
    public string BinaryPath { get; init; } = RepoPaths.PluginBinary;

    /// <summary>The engine address passed as the only positional argument; null starts the plugin in attach mode (no argument).</summary>
    public string? EngineAddress { get; init; }

    /// <summary>Flags placed before the address, e.g. <c>--logtostderr</c>, <c>-v=9</c>, <c>--tracing X</c>.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The package's stack config; sent as <c>PULUMI_CONFIG</c> (JSON object, keys without the package prefix).</summary>
    public IReadOnlyDictionary<string, string> Config { get; init; } = new Dictionary<string, string>();

    /// <summary><c>PULUMI_PROJECT</c>.</summary>
    public string Project { get; init; } = "routerinterface-test";

    /// <summary>The program directory (the engine runs plugins there); null = the current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Environment changes on top of this process's environment; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Removes ALIBABA_CLOUD_* / ALICLOUD_* variables and points HOME at an empty folder, so credentials of the machine
    /// (environment or ~/.aliyun/config.json) never leak into a test. The real engine passes its whole environment.
    /// </summary>
    public bool Hermetic { get; init; } = true;

    /// <summary>How long to wait for the port line.</summary>
    public TimeSpan PortTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for the exit after SIGINT before killing (the engine waits 5 s).</summary>
    public TimeSpan InterruptGrace { get; init; } = TimeSpan.FromSeconds(5);
}
