using System.Threading.RateLimiting;
using Alicloud.Vpc.Client.Resilience;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.Vpc.Client.Tests.Resilience;

public sealed class SlidingWindowLogRateLimiterTests
{
    private static readonly TimeSpan s_window = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(10);

    [Fact]
    public void AttemptAcquire_QuietLimiter_AdmitsTheWholeLimitAtOnceThenRefusesWithRetryAfter()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingWindowLogRateLimiter(3, s_window, 10, time);

        var leases = Enumerable.Range(0, 4).Select(_ => limiter.AttemptAcquire()).ToList();

        Assert.Equal([true, true, true, false], leases.Select(l => l.IsAcquired));
        Assert.True(leases[3].TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(s_window, retryAfter);
    }

    [Fact]
    public async Task AcquireAsync_WindowFull_WaitsExactlyUntilTheOldestGrantLeavesTheWindow()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingWindowLogRateLimiter(2, s_window, 10, time);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        time.Advance(TimeSpan.FromMilliseconds(300));
        Assert.True(limiter.AttemptAcquire().IsAcquired);

        var third = limiter.AcquireAsync().AsTask();
        time.Advance(TimeSpan.FromMilliseconds(699));
        Assert.False(third.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True((await third.WaitAsync(s_bound)).IsAcquired);
        Assert.False(limiter.AttemptAcquire().IsAcquired); // the grant at 300 ms and this one fill the window again
    }

    [Fact]
    public void AcquireAsync_RandomArrivals_NeverMoreThanTheLimitInAnyWindow()
    {
        const int limit = 5;
        var time = new FakeTimeProvider();
        using var limiter = new SlidingWindowLogRateLimiter(limit, s_window, 1_000, time);
        var random = new Random(20261126);
        var start = time.GetTimestamp();
        var requests = new List<Task<RateLimitLease>>();
        var granted = new Dictionary<Task<RateLimitLease>, TimeSpan>();

        // grants happen inside Advance (the limiter's timer), so a lease completed after a step was granted at that step's time
        void Stamp()
        {
            foreach (var request in requests.Where(r => r.IsCompleted && !granted.ContainsKey(r)))
            {
                granted[request] = time.GetElapsedTime(start);
            }
        }

        for (var i = 0; i < 200; i++)
        {
            requests.Add(limiter.AcquireAsync().AsTask());
            Stamp();
            time.Advance(TimeSpan.FromMilliseconds(random.Next(0, 120)));
            Stamp();
        }

        for (var i = 0; i < 10_000 && granted.Count < requests.Count; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(10));
            Stamp();
        }

        Assert.All(requests, r => Assert.True(r.Result.IsAcquired));
        var sorted = granted.Values.Order().ToList();
        Assert.Equal(200, sorted.Count);
        for (var i = limit; i < sorted.Count; i++)
        {
            Assert.True(sorted[i] - sorted[i - limit] >= s_window, $"grants {i - limit} and {i} are {sorted[i] - sorted[i - limit]} apart");
        }

        // and it is not needlessly slow: 200 calls at 5 per second end within a window of the ideal 40 s
        Assert.InRange(sorted[^1], TimeSpan.Zero, TimeSpan.FromSeconds(40));
    }

    [Fact]
    public async Task AcquireAsync_Waiters_AreServedFirstComeFirstServed()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingWindowLogRateLimiter(1, s_window, 10, time);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        var order = new List<int>();
        var waiters = Enumerable.Range(1, 3).Select(async n =>
        {
            using var lease = await limiter.AcquireAsync();
            lock (order)
            {
                order.Add(n);
            }
        }).ToList();

        Assert.False(limiter.AttemptAcquire().IsAcquired); // nobody overtakes the queue
        for (var i = 0; i < 3; i++)
        {
            var pending = waiters.Where(w => !w.IsCompleted).ToList();
            time.Advance(s_window);
            await Task.WhenAny(pending).WaitAsync(s_bound);
        }

        await Task.WhenAll(waiters).WaitAsync(s_bound);
        Assert.Equal([1, 2, 3], order);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileQueued_LeavesTheQueueAndTheNextIsServed()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingWindowLogRateLimiter(1, s_window, 10, time);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        using var caller = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(1, caller.Token).AsTask();
        var next = limiter.AcquireAsync().AsTask();

        await caller.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(s_bound));
        Assert.Equal(1, limiter.GetStatistics()!.CurrentQueuedCount);

        time.Advance(s_window);
        Assert.True((await next.WaitAsync(s_bound)).IsAcquired);
        Assert.Equal(0, limiter.GetStatistics()!.CurrentQueuedCount);
    }

    [Fact]
    public async Task AcquireAsync_QueueFull_RefusesAtOnce()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingWindowLogRateLimiter(1, s_window, 1, time);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        var queued = limiter.AcquireAsync().AsTask();

        var refused = await limiter.AcquireAsync().AsTask().WaitAsync(s_bound);

        Assert.False(refused.IsAcquired);
        Assert.False(queued.IsCompleted);
        Assert.Equal(1, limiter.GetStatistics()!.TotalFailedLeases);
    }

    [Fact]
    public async Task Dispose_WithWaiters_FailsThemAndRefusesNewCalls()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowLogRateLimiter(1, s_window, 10, time);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        var queued = limiter.AcquireAsync().AsTask();

        limiter.Dispose();

        Assert.False((await queued.WaitAsync(s_bound)).IsAcquired);
        Assert.Throws<ObjectDisposedException>(() => limiter.AttemptAcquire());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void AttemptAcquire_PermitCountOutsideTheLimit_NamesTheParameter(int permitCount)
    {
        using var limiter = new SlidingWindowLogRateLimiter(3, s_window, 10, new FakeTimeProvider());

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => limiter.AttemptAcquire(permitCount));

        Assert.Equal("permitCount", error.ParamName);
    }
}
