using Alicloud.Vpc.Client.Budget;

namespace Alicloud.Vpc.Client.Tests.Budget;

public sealed class ThrottledShareTests
{
    [Fact]
    public void Record_CountsTheAnswersOfTheWindowOnly()
    {
        var share = new ThrottledShare(TimeSpan.FromSeconds(1));

        Assert.Equal((1, 1), share.Record(0, throttled: true));
        Assert.Equal((1, 2), share.Record(100, throttled: false));
        Assert.Equal((1, 3), share.Record(900, throttled: false));
        // the throttled answer at 0 is out of the window at 1 000 ms: one of three
        Assert.Equal((1, 3), share.Record(1_000, throttled: true));
        Assert.Equal((0, 1), share.Record(2_500, throttled: false));
    }
}
