extern alias ProviderAssembly;

using Microsoft.Extensions.Logging.Abstractions;
using ProviderAssembly::Alicloud.RouterInterface.Provider.Configuration;

namespace Alicloud.RouterInterface.Provider.Tests.Configuration;

public sealed class RequestBudgetTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(1)]
    [InlineData(2.5)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(100)]
    [InlineData(1000)]
    public void Apply_AnyLimit_NeverStartsMoreThanTheLimitInOneSecond(double limit)
    {
        var quota = RequestBudget.Apply(limit);

        Assert.InRange(quota.Limit, 1, Math.Max(1, limit));
        Assert.True(quota.Window > TimeSpan.FromSeconds(1), $"window {quota.Window}: a second could hold a call of the next window");
        Assert.True(quota.Rate < limit, $"{quota.Rate} per second on average exceeds {limit}");
    }

    [Fact]
    public void Apply_Twenty_IsTwentyCallsPerWindowOfOnePointOneSeconds()
    {
        var quota = RequestBudget.Apply(20);

        Assert.Equal(20, quota.Limit);
        Assert.Equal(1.1, quota.Window.TotalSeconds, 6);
    }

    [Theory]
    [InlineData(null, 20)]
    [InlineData("", 20)]
    [InlineData("50", 50)]
    [InlineData("7.5", 7.5)]
    [InlineData("fast", 20)]
    [InlineData("0", 20)]
    [InlineData("-3", 20)]
    public void FromEnvironment_Variable_GivesThatLimitOrTheDefault(string? value, double expectedLimit)
    {
        var quota = RequestBudget.FromEnvironment(name => name == RequestBudget.Variable ? value : null, NullLogger.Instance);

        Assert.Equal(RequestBudget.Apply(expectedLimit), quota);
    }
}
