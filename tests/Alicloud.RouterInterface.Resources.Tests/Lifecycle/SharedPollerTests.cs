using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

/// <summary>The one place reads wait: batching from the requests themselves, on fake time.</summary>
public sealed class SharedPollerTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly LifecycleOptions _options = new() { ReadSlackPerWaiter = TimeSpan.FromMilliseconds(150), MaxReadSlack = TimeSpan.FromSeconds(1) };
    private readonly SharedPoller _poller;
    private readonly Simulation _simulation;
    private readonly List<(DateTimeOffset At, string[] Requests)> _serves = [];

    public SharedPollerTests()
    {
        _poller = new SharedPoller(_time, _options);
        _simulation = new Simulation(_time);
    }

    public void Dispose() => _poller.Dispose();

    private Task<string> Read(string request, TimeSpan delay, string scope = "scope-a", CancellationToken cancellationToken = default) =>
        _simulation.Start(() => _poller.ReadAsync<string, string>(scope, request, delay, ServeAsync, cancellationToken));

    private Task<string> ServeAsync(IReadOnlyList<string> requests, CancellationToken cancellationToken)
    {
        _serves.Add((_time.GetUtcNow(), [.. requests]));
        return Task.FromResult(string.Join("+", requests));
    }

    private static TimeSpan Ms(int ms) => TimeSpan.FromMilliseconds(ms);

    [Fact]
    public async Task ReadAsync_LoneRequest_IsServedWhenDueWithoutSlack()
    {
        var read = Read("a", Ms(500));

        _simulation.Advance(Ms(499));
        Assert.False(read.IsCompleted, "served before its due time");
        _simulation.Advance(Ms(1));

        Assert.True(read.IsCompleted);
        Assert.Equal("a", await read);
    }

    [Fact]
    public void ReadAsync_RequestsDueWithinTheSlackOfSeveralWaiting_ShareOneServe()
    {
        var first = Read("a", Ms(500));
        var second = Read("b", Ms(600));

        // two waiting: the tick may come 2 × 150 ms after the first due time, so the second (due at 600 ms) joins
        _simulation.Advance(Ms(10), times: 80);

        Assert.True(first.IsCompleted && second.IsCompleted);
        var serve = Assert.Single(_serves);
        Assert.Equal(["a", "b"], serve.Requests);
        Assert.Equal(_time.GetUtcNow() - Ms(800) + Ms(500) + (2 * _options.ReadSlackPerWaiter), serve.At); // the first's due time plus the slack
    }

    [Fact]
    public void ReadAsync_NeverServesARequestBeforeItsDueTime()
    {
        var soon = Read("a", Ms(100));
        var late = Read("b", Ms(5000));

        _simulation.Advance(Ms(10), times: 50);

        Assert.True(soon.IsCompleted);
        Assert.False(late.IsCompleted);
        Assert.Equal(["a"], Assert.Single(_serves).Requests);
    }

    [Fact]
    public async Task ReadAsync_ArrivalsDuringAServe_GoWithTheNextServeNotAnOlderAnswer()
    {
        var gate = new TaskCompletionSource<string>();
        var served = new List<string[]>();
        Task<string> Slow(IReadOnlyList<string> requests, CancellationToken _)
        {
            served.Add([.. requests]);
            return served.Count == 1 ? gate.Task : Task.FromResult("second");
        }

        var first = _simulation.Start(() => _poller.ReadAsync<string, string>("slow", "a", TimeSpan.Zero, Slow, CancellationToken.None));
        _simulation.Advance(_options.PollBatchWindow);
        var second = _simulation.Start(() => _poller.ReadAsync<string, string>("slow", "b", TimeSpan.Zero, Slow, CancellationToken.None));
        _simulation.Advance(Ms(500));
        Assert.Single(served); // single flight: no second call while the first is out
        gate.SetResult("first");
        _simulation.Advance(Ms(500));

        Assert.Equal("first", await first);
        Assert.Equal("second", await second);
        Assert.Equal([["a"], ["b"]], served);
    }

    [Fact]
    public void ReadAsync_Scopes_AreServedApart()
    {
        var a = Read("a", TimeSpan.Zero, "scope-a");
        var b = Read("b", TimeSpan.Zero, "scope-b");

        _simulation.Advance(_options.PollBatchWindow);

        Assert.True(a.IsCompleted && b.IsCompleted);
        Assert.Equal(2, _serves.Count);
    }

    [Fact]
    public async Task ReadAsync_Disposed_FailsQueuedRequestsAndRefusesNewOnes()
    {
        var queued = Read("a", TimeSpan.FromSeconds(10));

        _poller.Dispose();
        _simulation.Advance(TimeSpan.FromSeconds(11));

        Assert.True(queued.IsFaulted);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _poller.ReadAsync<string, string>("scope-a", "b", TimeSpan.Zero, ServeAsync, CancellationToken.None));
    }
}
