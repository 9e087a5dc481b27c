using System.Threading.RateLimiting;
using Alicloud.Vpc.Client.Tests.Support;

namespace Alicloud.Vpc.Client.Tests.Client;

// Limiters from VpcClientFactory on the system clock, as the provider gets them: real waits, always with a bound.
public sealed class RateLimitingTests
{
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SharedLimiter_TwoClientsBeyondBurst_ThirdCallWaitsForRefill()
    {
        var time = new ObservedTimeProvider();
        var options = TestClients.Options with { RequestsPerSecond = 0.5, Burst = 2 };
        using var limiter = VpcClientFactory.CreateRateLimiter(options, TimeProvider.System);
        var handler = new StubHttpHandler(_ => StubHttpHandler.Ok());
        var first = TestClients.Create(handler, time, options, limiter: limiter);
        var second = TestClients.Create(handler, time, options, limiter: limiter);

        await first.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None).WaitAsync(s_bound);
        await second.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-2", CancellationToken.None).WaitAsync(s_bound);
        var third = first.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-3", CancellationToken.None);

        Assert.False(third.IsCompleted); // the window of 2 calls (4 s at 0.5 per second) is full after two different clients' calls
        Assert.Equal(2, handler.Requests.Count);

        await third.WaitAsync(s_bound);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("ri-3", handler.Requests[2].Param("RouterInterfaceId"));
    }

    [Fact]
    public void CreateRateLimiter_BurstFromOptions_AdmitsThatManyAtOnce()
    {
        using var limiter = VpcClientFactory.CreateRateLimiter(TestClients.Options with { RequestsPerSecond = 0.1, Burst = 3 }, TimeProvider.System);

        var leases = Enumerable.Range(0, 4).Select(_ => limiter.AttemptAcquire()).ToList();

        Assert.Equal([true, true, true, false], leases.Select(l => l.IsAcquired));
        leases.ForEach(l => l.Dispose());
    }

    [Fact]
    public async Task SharedLimiter_CallerCancelsWhileQueued_ThrowsWithoutSending()
    {
        var time = new ObservedTimeProvider();
        var options = TestClients.Options with { RequestsPerSecond = 0.2, Burst = 1 };
        using var limiter = VpcClientFactory.CreateRateLimiter(options, TimeProvider.System);
        var handler = new StubHttpHandler(_ => StubHttpHandler.Ok());
        var client = TestClients.Create(handler, time, options, limiter: limiter);
        await client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None).WaitAsync(s_bound);
        using var caller = new CancellationTokenSource();

        var queued = client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-2", caller.Token);
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued.WaitAsync(s_bound));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Limiter_QueueFull_RejectionIsRetriedThenTransportFailure()
    {
        var time = new ObservedTimeProvider();
        var options = TestClients.Options with { MaxRetries = 1 };
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 });
        using var held = limiter.AttemptAcquire();
        var handler = new StubHttpHandler(_ => StubHttpHandler.Ok());
        var client = TestClients.Create(handler, time, options, limiter: limiter);

        var error = await Assert.ThrowsAsync<Errors.AlibabaCloudException>(() =>
            time.RunAsync(client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None), d => d != options.AttemptTimeout));

        Assert.Equal(Errors.AlibabaErrorCodes.TransportFailure, error.ErrorCode);
        Assert.False(error.IsOutcomeUnknown); // nothing was sent
        Assert.Empty(handler.Requests);
    }
}
