extern alias ProviderAssembly;

using Alicloud.Vpc.Client;
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
        var options = RequestBudget.Apply(VpcClientOptions.Default, limit);

        // the limiter admits Burst calls per window of Burst / RequestsPerSecond seconds
        var window = options.Burst / options.RequestsPerSecond;
        Assert.InRange(options.Burst, 1, Math.Max(1, limit));
        Assert.True(window > 1, $"window {window} s: a second could hold a call of the next window");
        Assert.True(options.RequestsPerSecond < limit, $"{options.RequestsPerSecond} per second on average exceeds {limit}");
    }

    [Fact]
    public void Apply_Twenty_IsTwentyCallsPerWindowOfOnePointOneSeconds()
    {
        var options = RequestBudget.Apply(VpcClientOptions.Default, 20);

        Assert.Equal(20, options.Burst);
        Assert.Equal(1.1, options.Burst / options.RequestsPerSecond, 6);
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
        var options = RequestBudget.FromEnvironment(VpcClientOptions.Default, name => name == RequestBudget.Variable ? value : null, NullLogger.Instance);

        Assert.Equal(RequestBudget.Apply(VpcClientOptions.Default, expectedLimit), options);
    }
}
