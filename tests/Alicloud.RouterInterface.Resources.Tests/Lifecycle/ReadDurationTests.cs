using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

public sealed class ReadDurationTests
{
    // Far from the average's fixed point after this many updates, so every update moves it and a lost one shows.
    private static readonly TimeSpan s_took = TimeSpan.FromDays(10_000);

    [Fact]
    public void Add_OneRead_MovesTheAverageAnEighthOfTheWay()
    {
        var reads = new ReadDuration();

        reads.Add(TimeSpan.FromSeconds(8));
        reads.Add(TimeSpan.FromSeconds(8));

        Assert.Equal(TimeSpan.FromSeconds(1 + (7.0 / 8)), reads.Average);
    }

    [Fact]
    public async Task Add_FromManyThreadsAtOnce_LosesNoUpdate()
    {
        const int threads = 4;
        const int perThread = 50;
        var expected = new ReadDuration();
        for (var i = 0; i < threads * perThread; i++)
        {
            expected.Add(s_took);
        }

        var reads = new ReadDuration();
        using var start = new Barrier(threads);
        await Task.WhenAll(Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait(TimeSpan.FromSeconds(10));
                for (var i = 0; i < perThread; i++)
                {
                    reads.Add(s_took);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default))).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(expected.Average, reads.Average); // a lost update leaves it lower
    }
}
