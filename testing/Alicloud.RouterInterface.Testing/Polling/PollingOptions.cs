namespace Alicloud.RouterInterface.Testing.Polling;

/// <summary>How long <see cref="Eventually"/> keeps looking, how often, and on which clock.</summary>
public sealed record PollingOptions
{
    /// <summary>20 s: generous for a state an external process (the emulator, a plugin) is arranged to reach.</summary>
    public static PollingOptions Default { get; } = new();

    public TimeSpan Bound { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan Interval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The clock of the pauses between looks (the demo passes its own).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public static PollingOptions Within(TimeSpan bound) => new() { Bound = bound };
}
