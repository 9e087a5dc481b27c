using Alicloud.RouterInterface.Testing.Polling;

namespace Alicloud.RouterInterface.Testing;

/// <summary>The bounds of every wait in the test projects: a hang fails a test instead of stalling the run.</summary>
public static class TestBounds
{
    /// <summary>One test or scenario (setup, every engine operation, its checks); generous, for a machine under heavy load.</summary>
    public static readonly TimeSpan Test = TimeSpan.FromMinutes(3);

    /// <summary>A single protocol or HTTP call.</summary>
    public static readonly TimeSpan Call = TimeSpan.FromSeconds(30);

    /// <summary>Waiting for one condition the test arranged (a request seen, a log line, a process, a state reached).</summary>
    public static readonly TimeSpan Condition = TimeSpan.FromSeconds(30);

    /// <summary>How <see cref="Eventually"/> waits for one condition: <see cref="Condition"/>, looked at every 20 ms.</summary>
    public static readonly PollingOptions Polling = new() { Bound = Condition, Interval = TimeSpan.FromMilliseconds(20) };

    /// <summary>A token cancelled after <paramref name="bound"/> (default <see cref="Test"/>).</summary>
    public static CancellationTokenSource Start(TimeSpan? bound = null) => new(bound ?? Test);
}
