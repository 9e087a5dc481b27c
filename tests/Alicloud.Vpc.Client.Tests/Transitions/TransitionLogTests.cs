using Alicloud.Vpc.Client.Transitions;

namespace Alicloud.Vpc.Client.Tests.Transitions;

public sealed class TransitionLogTests
{
    private const long Now = 1_800_000_000_000;

    [Fact]
    public void SerializeThenParse_KeepsEachTransition()
    {
        var entries = new Dictionary<string, (LearntTransition, long)>
        {
            ["Deactivating"] = (new(TimeSpan.FromMilliseconds(1_900), TimeSpan.FromMilliseconds(2_100)), Now - 1_000),
            ["Deleting"] = (new(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5)), Now),
        };

        var parsed = TransitionLog.Parse(TransitionLog.Serialize(entries, Now), Now);

        Assert.Equal(entries, parsed);
    }

    [Theory]
    [InlineData("not a log\nDeleting\t1\t2\t1800000000000\n")] // no header
    [InlineData("alicloud-vpc-transitions v1\nDeleting\t3\t2\t1800000000000\n")] // lower above upper
    [InlineData("alicloud-vpc-transitions v1\nDeleting\t1\t3600001\t1800000000000\n")] // over an hour
    [InlineData("alicloud-vpc-transitions v1\nDeleting\t-1\t2\t1800000000000\n")] // negative
    [InlineData("alicloud-vpc-transitions v1\nDel/../x\t1\t2\t1800000000000\n")] // not a name
    [InlineData("alicloud-vpc-transitions v1\nDeleting\t1\t2\t1800000000001\n")] // recorded in the future
    [InlineData("alicloud-vpc-transitions v1\nDeleting\t1\t2\t1797400000000\n")] // older than 30 days
    [InlineData("alicloud-vpc-transitions v1\nDeleting\t1\t2\n")] // a line cut short
    public void Parse_LineOutOfBounds_IsSkipped(string text)
    {
        Assert.Empty(TransitionLog.Parse(text, Now));
    }

    [Fact]
    public void Parse_ManyNames_KeepsAtMostTheBound()
    {
        var text = "alicloud-vpc-transitions v1\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"T{i}\t1\t2\t{Now}\n"));

        Assert.Equal(TransitionLog.MaxTransitions, TransitionLog.Parse(text, Now).Count);
    }

    [Theory]
    [InlineData("Deleting", 0, 2_000, true)]
    [InlineData("Deleting", 0, 0, false)]
    [InlineData("Deleting", 3_000, 2_000, false)]
    [InlineData("Deleting", 0, 3_600_001, false)]
    [InlineData("a\tb", 0, 2_000, false)]
    [InlineData("", 0, 2_000, false)]
    public void IsValid_OnlyWhatAFileMayHold(string name, int lowerMs, int upperMs, bool expected)
    {
        Assert.Equal(expected, TransitionLog.IsValid(name, new LearntTransition(TimeSpan.FromMilliseconds(lowerMs), TimeSpan.FromMilliseconds(upperMs))));
    }
}
