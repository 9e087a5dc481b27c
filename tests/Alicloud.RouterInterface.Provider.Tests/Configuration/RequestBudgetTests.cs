extern alias ProviderAssembly;

using Alicloud.Vpc.Client;
using Microsoft.Extensions.Logging.Abstractions;
using ProviderAssembly::Alicloud.RouterInterface.Provider.Configuration;

namespace Alicloud.RouterInterface.Provider.Tests.Configuration;

public sealed class RequestBudgetTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2.5)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(100)]
    [InlineData(1000)]
    public void Apply_AnyLimit_BucketNeverStartsMoreThanTheLimitInOneSecond(double limit)
    {
        var options = RequestBudget.Apply(VpcClientOptions.Default, limit);

        Assert.InRange(options.Burst, 1, int.MaxValue);
        Assert.True(options.RequestsPerSecond > 0);
        Assert.True(options.Burst + options.RequestsPerSecond <= Math.Max(limit, 1.5), $"burst {options.Burst} + refill {options.RequestsPerSecond} > {limit}");
    }

    [Fact]
    public void Apply_Twenty_IsBurstOneRefillJustUnderNineteen()
    {
        var options = RequestBudget.Apply(VpcClientOptions.Default, 20);

        Assert.Equal(1, options.Burst);
        Assert.Equal(19 * 0.95, options.RequestsPerSecond, 6);
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
