using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client.Budget;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.Vpc.Client.Tests.Contract;

/// <summary>An emulator started with --qps: retries absorb Throttling.User, and a client budget below the quota avoids it.</summary>
public sealed class RateLimitContractTests : IAsyncLifetime
{
    private const int EmulatorQps = 5;

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private EmulatorProcess? _emulator;

    private CancellationToken Ct => _timeout.Token;

    private EmulatorProcess Emulator => _emulator!;

    public async Task InitializeAsync() =>
        _emulator = await EmulatorProcess.StartAsync(new EmulatorStartOptions { Qps = EmulatorQps, Transitions = EmulatorFixture.ShortTransitions }, Ct);

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        _timeout.Dispose();
    }

    private IVpcClient Client(VpcClientOptions options, VpcCallBudget budget) =>
        EmulatorClients.Create(Emulator, EmulatorCredentials.Dev, options, budget);

    [Fact]
    public async Task Burst_AboveServerQuota_RetriesAbsorbThrottling()
    {
        var options = EmulatorFixture.ContractOptions with
        {
            MaxRetries = 20,
            BaseDelay = TimeSpan.FromMilliseconds(100),
            MaxDelay = TimeSpan.FromSeconds(1),
        };
        using var budget = EmulatorClients.Budget(EmulatorVpcClient.Quotas with { Account = new QuotaRule(100, TimeSpan.FromMilliseconds(100)) });
        var client = Client(options, budget);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.DescribeRegionsAsync(Ct)));

        Assert.All(answers, regions => Assert.NotEmpty(regions));
        var calls = await Emulator.Admin.GetRequestsAsync("DescribeRegions", Ct);
        Assert.Contains(calls, c => c.Code == AlibabaErrorCodes.ThrottlingUser);
        Assert.Equal(20, calls.Count(c => c.Code is null));
    }

    [Fact]
    public async Task SharedBudget_WellBelowServerQuota_NeverThrottled()
    {
        // Half the server's rate: leaves room for arrivals bunching up while connections open.
        var options = EmulatorFixture.ContractOptions with { MaxRetries = 0 };
        using var budget = EmulatorClients.Budget(VpcQuotaOptions.Default with { Account = new QuotaRule(2, TimeSpan.FromSeconds(1)) });
        var first = Client(options, budget);
        var second = Client(options, budget);

        await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => new[] { first.DescribeRegionsAsync(Ct), second.DescribeRegionsAsync(Ct) }));

        var calls = await Emulator.Admin.GetRequestsAsync("DescribeRegions", Ct);
        Assert.Equal(8, calls.Count);
        Assert.All(calls, c => Assert.Null(c.Code));
    }
}
