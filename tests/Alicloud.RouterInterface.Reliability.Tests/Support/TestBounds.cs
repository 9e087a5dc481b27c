using Alicloud.RouterInterface.Testing.Polling;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>Bounds for every wait: a hang fails a test instead of stalling the run.</summary>
internal static class TestBounds
{
    /// <summary>One scenario (setup, a destroy, its checks).</summary>
    public static readonly TimeSpan Scenario = TimeSpan.FromMinutes(3);

    /// <summary>A single protocol or HTTP call.</summary>
    public static readonly TimeSpan Call = TimeSpan.FromSeconds(20);

    /// <summary>Waiting for one condition (a request seen, a log line, a process).</summary>
    public static readonly TimeSpan Condition = TimeSpan.FromSeconds(30);

    /// <summary>How <see cref="Eventually"/> waits for one condition here: <see cref="Condition"/>, looked at every 20 ms.</summary>
    public static readonly PollingOptions Polling = new() { Bound = Condition, Interval = TimeSpan.FromMilliseconds(20) };

    public static CancellationTokenSource Start(TimeSpan bound) => new(bound);
}
