using Alicloud.Vpc.Client.Budget;

namespace Alicloud.Vpc.Client.Tests.Budget;

public sealed class GrantLogTests
{
    private static readonly GrantLogLimits s_limits = new(MaxHorizonMs: 60_100, MaxEntriesPerKey: 300, SkewMs: 1_000);

    private static BudgetRequest Request(params QuotaWindow[] windows) => new(["*", "DeleteRouterInterface@cn-hangzhou"], windows, 1_000);

    [Fact]
    public void TryTake_WindowFull_WaitsUntilTheOldestGrantLeavesIt()
    {
        var log = new GrantLog(s_limits);
        var request = Request(new QuotaWindow(1, 2, 60_000));

        Assert.True(log.TryTake(request, 1_000).Granted);
        Assert.True(log.TryTake(request, 5_000).Granted);
        var third = log.TryTake(request, 10_000);

        Assert.False(third.Granted);
        Assert.Equal(TimeSpan.FromMilliseconds(51_000), third.Wait); // the grant at 1 s leaves at 61 s
        Assert.True(log.TryTake(request, 61_000).Granted);
    }

    [Fact]
    public void TryTake_TwoWindows_WaitsForTheLaterAndRecordsInBothKeys()
    {
        var log = new GrantLog(s_limits);
        var request = Request(new QuotaWindow(0, 1, 1_000), new QuotaWindow(1, 1, 10_000));

        var first = log.TryTake(request, 0);
        var second = log.TryTake(request, 500);

        Assert.Equal([1, 1], first.Recent);
        Assert.Equal(TimeSpan.FromMilliseconds(9_500), second.Wait);
        Assert.Equal(1, log.CountSince("*", -1));
        Assert.Equal(1, log.CountSince("DeleteRouterInterface@cn-hangzhou", -1));
    }

    [Fact]
    public void SerializeParse_RoundTrip_KeepsGrantsInsideTheirWindowOnly()
    {
        var log = new GrantLog(s_limits);
        var request = Request(new QuotaWindow(0, 100, 1_000), new QuotaWindow(1, 100, 60_000));
        log.TryTake(request, 0);
        log.TryTake(request, 30_000);

        var copy = GrantLog.Parse(log.Serialize(30_500), s_limits, 30_500);

        Assert.Equal(1, copy.CountSince("*", -1)); // the account key's grant at 0 is older than its 1 s window
        Assert.Equal(2, copy.CountSince("DeleteRouterInterface@cn-hangzhou", -1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("something else\n*\t1000\t1,2")]
    [InlineData("alicloud-vpc-grants v1\n*\t10")]
    [InlineData("alicloud-vpc-grants v1\n*\tx\t1,2")]
    public void Parse_DamagedText_ForgetsOnlyWhatItCannotRead(string text)
    {
        var log = GrantLog.Parse(text, s_limits, 10_000);

        Assert.Equal(0, log.CountSince("*", -1));
    }

    [Fact]
    public void Parse_OneDamagedLine_KeepsTheOthers()
    {
        var log = GrantLog.Parse("alicloud-vpc-grants v1\n*\t1000\t5,7\nDeleteRouter", s_limits, 10_000);

        Assert.Equal(2, log.CountSince("*", 0));
    }

    [Fact]
    public void Parse_FarFutureGrants_AreDroppedAndCannotBlock()
    {
        var log = GrantLog.Parse("alicloud-vpc-grants v1\n*\t1000\t4000000000000,4000000000001\n", s_limits, 10_000);

        Assert.Equal(0, log.CountSince("*", 0));
        Assert.True(log.TryTake(Request(new QuotaWindow(0, 1, 1_000)), 10_000).Granted);
    }

    [Fact]
    public void Parse_UnboundedHorizonAndTooManyGrants_AreCappedAtTheConfiguration()
    {
        var grants = string.Join(',', Enumerable.Range(0, 1_000).Select(i => (9_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var log = GrantLog.Parse($"alicloud-vpc-grants v1\n*\t999999999999\t1,{grants}\n", s_limits, 10_000);

        Assert.Equal(300, log.CountSince("*", -1)); // only the newest MaxEntriesPerKey
        var serialized = log.Serialize(200_000);
        Assert.DoesNotContain("999999999999", serialized, StringComparison.Ordinal);
        Assert.Equal("alicloud-vpc-grants v1\n", serialized); // the horizon capped at 60.1 s: all aged out
    }

    [Fact]
    public void TryTake_ClockSteppedBack_IsNotBlockedByTheLaterGrants()
    {
        var log = new GrantLog(s_limits);
        var request = Request(new QuotaWindow(0, 1, 60_000));
        Assert.True(log.TryTake(request, 3_600_000).Granted);

        var afterStep = log.TryTake(request, 1_000); // the clock went back an hour

        Assert.True(afterStep.Granted);
    }

    [Fact]
    public void Parse_NotAGrantLog_SaysSoSoTheFileIsStartedAfresh()
    {
        Assert.False(GrantLog.Parse("\0\u0001garbage", s_limits, 0).WasWellFormed);
        Assert.True(GrantLog.Parse("", s_limits, 0).WasWellFormed);
        Assert.True(GrantLog.Parse("alicloud-vpc-grants v1\n", s_limits, 0).WasWellFormed);
    }
}
