using Alicloud.Vpc.Client.Budget;

namespace Alicloud.Vpc.Client.Tests.Budget;

public sealed class RateSignalTests
{
    private static readonly VpcQuotaOptions s_options = VpcQuotaOptions.Default;

    [Theory]
    [InlineData(false, 1, 1, false)] // one alone is no signal (RateSignalMinimum 2)
    [InlineData(false, 2, 20, false)] // 10 %: sporadic, retried
    [InlineData(false, 5, 20, true)] // 25 %: our rate
    [InlineData(true, 1, 40, true)] // adapting already: every throttling answer counts
    public void Lowers_ShareOrAdapting(bool adapting, int throttled, int answers, bool expected)
    {
        Assert.Equal(expected, RateSignal.Lowers(adapting, throttled, answers, s_options));
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
