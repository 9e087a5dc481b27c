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

    /// <summary>How often a polled condition is looked at.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public static CancellationTokenSource Start(TimeSpan bound) => new(bound);

    /// <summary>Polls <paramref name="condition"/> until it holds; throws <see cref="TimeoutException"/> after <paramref name="bound"/>.</summary>
    public static async Task<T> UntilAsync<T>(Func<CancellationToken, Task<T?>> condition, TimeSpan bound, string what, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(bound);
        try
        {
            while (true)
            {
                if (await condition(bounded.Token) is { } value)
                {
                    return value;
                }

                await Task.Delay(PollInterval, bounded.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Gave up after {bound.TotalSeconds:0} s waiting for {what}.");
        }
    }
}
