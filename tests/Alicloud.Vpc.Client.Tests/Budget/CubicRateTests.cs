using Alicloud.Vpc.Client.Budget;

namespace Alicloud.Vpc.Client.Tests.Budget;

public sealed class CubicRateTests
{
    private static readonly VpcQuotaOptions s_options = VpcQuotaOptions.Default;

    [Fact]
    public void RateAt_NoThrottlingYet_IsUnlimited()
    {
        Assert.Null(new CubicRate(s_options).RateAt(0, 20));
    }

    [Fact]
    public void Throttled_DropsToBetaTimesMeasured_ThenGrowsBackToItAtK()
    {
        var rate = new CubicRate(s_options);

        Assert.Equal(14, rate.Throttled(sentMs: 0, nowMs: 1_000, measuredRate: 20, ceiling: 40)!.Value, 6);
        var k = Math.Cbrt(20 * (1 - 0.7) / 0.4); // ≈ 2.47 s
        Assert.Equal(14, rate.RateAt(1_000, 40)!.Value, 6);
        Assert.InRange(rate.RateAt(1_000 + (long)(k * 500), 40)!.Value, 14, 20); // concave: most of the way back by K/2
        Assert.Equal(20, rate.RateAt(1_000 + (long)(k * 1000), 40)!.Value, 1);
    }

    [Fact]
    public void RateAt_GrownPastTheCeiling_IsUnlimitedAgain()
    {
        var rate = new CubicRate(s_options);
        rate.Throttled(0, 0, 10, 12);

        Assert.NotNull(rate.RateAt(1_000, 12));
        Assert.Null(rate.RateAt(60_000, 12));
        Assert.Null(rate.RateAt(60_001, 12));
    }

    [Fact]
    public void Throttled_AnswersToCallsSentBeforeTheDecrease_DoNotDecreaseAgain()
    {
        var rate = new CubicRate(s_options);
        rate.Throttled(sentMs: 900, nowMs: 1_000, measuredRate: 20, ceiling: 40);

        Assert.Null(rate.Throttled(sentMs: 950, nowMs: 1_010, measuredRate: 20, ceiling: 40)); // in flight when the rate fell
        // sent at the lower rate and still throttled: β times the rate it was sent at (≈ 15.3 by then), not the measured 20
        Assert.InRange(rate.Throttled(sentMs: 1_100, nowMs: 1_200, measuredRate: 20, ceiling: 40)!.Value, 14 * 0.7, 16 * 0.7);
    }

    [Fact]
    public void Throttled_NothingMeasured_NeverGoesBelowTheMinimum()
    {
        var rate = new CubicRate(s_options);

        Assert.Equal(s_options.MinRate, rate.Throttled(0, 0, 0, 20));
        Assert.Equal(s_options.MinRate, rate.RateAt(0, 20));
    }
}
