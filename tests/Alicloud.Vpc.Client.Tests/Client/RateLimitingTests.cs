using Alicloud.Vpc.Client.Budget;
using Alicloud.Vpc.Client.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.Vpc.Client.Tests.Client;

// Clients spending one budget from VpcClientFactory, as the provider's clients of one account do.
public sealed class RateLimitingTests
{
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(10);

    private static VpcQuotaOptions AccountQuota(int limit, TimeSpan window) => TestClients.Unlimited with { Account = new QuotaRule(limit, window) };

    [Fact]
    public async Task SharedBudget_TwoClientsBeyondTheAccountQuota_ThirdCallWaitsForTheWindow()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-02T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var budget = TestClients.Budget(time, AccountQuota(2, TimeSpan.FromSeconds(4)));
        var handler = new StubHttpHandler(_ => StubHttpHandler.Ok());
        var first = TestClients.Create(handler, time, budget: budget);
        var second = TestClients.Create(handler, time, budget: budget);

        await first.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None).WaitAsync(s_bound);
        await second.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-2", CancellationToken.None).WaitAsync(s_bound);
        var third = first.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-3", CancellationToken.None);

        Assert.False(third.IsCompleted); // the window of 2 calls per 4 s is full after two different clients' calls
        Assert.Equal(2, handler.Requests.Count);
        time.Advance(TimeSpan.FromSeconds(4));

        await third.WaitAsync(s_bound);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("ri-3", handler.Requests[2].Param("RouterInterfaceId"));
    }

    [Fact]
    public async Task SharedBudget_CallerCancelsWhileWaiting_ThrowsWithoutSending()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-02T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var budget = TestClients.Budget(time, AccountQuota(1, TimeSpan.FromSeconds(5)));
        var handler = new StubHttpHandler(_ => StubHttpHandler.Ok());
        var client = TestClients.Create(handler, time, budget: budget);
        await client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None).WaitAsync(s_bound);
        using var caller = new CancellationTokenSource();

        var waiting = client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-2", caller.Token);
        Assert.False(waiting.IsCompleted);
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(s_bound));
        Assert.Single(handler.Requests);
    }
}
