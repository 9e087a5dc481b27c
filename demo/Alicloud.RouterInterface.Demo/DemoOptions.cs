using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Demo;

/// <summary>Every tunable of the demo in one place: where the binaries are, how long transitions take, the bounds of each wait.</summary>
internal sealed record DemoOptions
{
    public const string PluginName = "pulumi-resource-alicloud-routerinterface";
    public const string EmulatorName = "alicloud-vpc-emulator";

    /// <summary>The folder <c>make build</c> fills.</summary>
    public required string BinDirectory { get; init; }

    /// <summary>Shorter transitions (still long enough that the waits show).</summary>
    public bool Fast { get; init; }

    public bool NoColor { get; init; }

    public string PluginBinary => Path.Combine(BinDirectory, PluginName);

    public string EmulatorBinary => Path.Combine(BinDirectory, EmulatorName);

    /// <summary>
    /// Emulator transition durations (seconds): long enough to watch the provider wait, short enough for a demo.
    /// </summary>
    public IReadOnlyDictionary<string, double> Transitions => Fast
        ? new Dictionary<string, double>
        {
            [EmulatorTransitions.All] = 0.4,
            [EmulatorTransitions.Deactivating] = 1,
            [EmulatorTransitions.Deleting] = 0.8,
        }
        : new Dictionary<string, double>
        {
            [EmulatorTransitions.Connecting] = 1.5,
            [EmulatorTransitions.AcceptingConnecting] = 1.5,
            [EmulatorTransitions.Activating] = 1.5,
            [EmulatorTransitions.Modifying] = 1.5,
            [EmulatorTransitions.Deactivating] = 2,
            [EmulatorTransitions.Deleting] = 1.5,
            [EmulatorTransitions.RouteEntryPending] = 0.5,
            [EmulatorTransitions.RouteEntryDeleting] = 1,
            [EmulatorTransitions.VpcPending] = 0.5,
        };

    /// <summary>
    /// How long the deactivation made outside the stack lasts at least (set on the emulator just for that call). The run
    /// lengthens it on a busy machine: to this many times the provider start-up seen during the up, plus the margin,
    /// so the destroy, plugin start included, still finds the pair Deactivating.
    /// </summary>
    public TimeSpan DrainingDeactivation { get; init; } = TimeSpan.FromSeconds(6);

    public double DrainingStartupFactor { get; init; } = 2;

    public TimeSpan DrainingMargin { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan DrainingDeactivationFor(TimeSpan providerStartup)
    {
        var needed = providerStartup * DrainingStartupFactor + DrainingMargin;
        return TimeSpan.FromSeconds(Math.Ceiling((needed > DrainingDeactivation ? needed : DrainingDeactivation).TotalSeconds));
    }

    /// <summary>Bound on the whole run; past it the demo interrupts the running operation like Ctrl-C and fails.</summary>
    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>The same bound for <c>--csharp</c> (which also compiles the SDK and the example) and <c>--typescript</c>: two stacks.</summary>
    public TimeSpan CSharpRunTimeout { get; init; } = TimeSpan.FromMinutes(12);

    /// <summary>The resources' <c>customTimeouts</c> (Go duration strings, as a program writes them).</summary>
    public string ResourceTimeout { get; init; } = "2m";

    /// <summary>How often the progress view looks at the stack state and the engine's log.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Poll interval and bound of the demo's own waits (VPC available, route entry available, deactivation started).</summary>
    public TimeSpan CloudPollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan CloudWaitTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many recent status lines the live view keeps under the table.</summary>
    public int RecentStatusLines { get; init; } = 6;

    /// <summary>Console width used when stdout is not a terminal (long lines are not wrapped at 80 columns).</summary>
    public int PlainOutputWidth { get; init; } = 160;

    public string Stack { get; init; } = "dev";

    public string Project { get; init; } = "routerinterface-demo";
}
