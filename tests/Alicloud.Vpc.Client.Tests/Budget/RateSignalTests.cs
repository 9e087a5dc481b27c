using Alicloud.Vpc.Client.Budget;

namespace Alicloud.Vpc.Client.Tests.Budget;

public sealed class RateSignalTests
{
    private static readonly VpcQuotaOptions s_options = VpcQuotaOptions.Default;

    [Theory]
    [InlineData(1, 1, false)] // one alone is no signal (RateSignalMinimum 2)
    [InlineData(2, 20, false)] // 10 %: sporadic, retried
    [InlineData(5, 20, true)] // 25 %: our rate
    public void Lowers_OnlyOnALargeEnoughShare(int throttled, int answers, bool expected)
    {
        Assert.Equal(expected, RateSignal.Lowers(throttled, answers, s_options));
    }

    [Theory]
    [InlineData(20, 10, 20, 10)]
    [InlineData(20, 0, 20, 20)]
    [InlineData(20, 20, 20, 0)]
    [InlineData(20, 0, 0, 20)]
    public void AcceptedRate_IsTheMeasuredRateTimesTheShareLetThrough(double measured, int throttled, int answers, double expected)
    {
        Assert.Equal(expected, RateSignal.AcceptedRate(measured, throttled, answers), 6);
    }
}
