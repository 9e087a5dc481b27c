namespace Alicloud.Vpc.Client.Tests.Contract;

/// <summary>Bounded polling on the real clock, for waiting on the emulator process (never a fixed sleep).</summary>
internal static class Poll
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(50);

    public static async Task<T> UntilAsync<T>(Func<CancellationToken, Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        using var deadline = new CancellationTokenSource(limit);
        T last = default!;
        try
        {
            while (true)
            {
                last = await probe(deadline.Token);
                if (done(last))
                {
                    return last;
                }

                await Task.Delay(s_interval, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Waited {limit} for {what}; last observed: {last}");
        }
    }
}
