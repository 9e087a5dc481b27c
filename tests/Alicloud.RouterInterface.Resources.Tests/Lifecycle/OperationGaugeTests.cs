using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

public sealed class OperationGaugeTests
{
    private readonly LifecycleOptions _options = new() { ReadSlackPerOperation = TimeSpan.FromMilliseconds(20), MaxReadSlack = TimeSpan.FromMilliseconds(100) };

    [Fact]
    public void ReadSlack_GrowsWithOperationsInFlightUpToTheCap()
    {
        var gauge = new OperationGauge(_options);
        Assert.Equal(TimeSpan.FromMilliseconds(20), gauge.ReadSlack);

        var tracked = Enumerable.Range(0, 3).Select(_ => gauge.Track()).ToList();
        Assert.Equal(3, gauge.InFlight);
        Assert.Equal(TimeSpan.FromMilliseconds(60), gauge.ReadSlack);

        var more = Enumerable.Range(0, 10).Select(_ => gauge.Track()).ToList();
        Assert.Equal(TimeSpan.FromMilliseconds(100), gauge.ReadSlack);

        foreach (var handle in tracked.Concat(more))
        {
            handle.Dispose();
            handle.Dispose(); // twice counts once
        }

        Assert.Equal(0, gauge.InFlight);
    }

    [Fact]
    public void ReadSlack_ReadsQueuedForTheBudget_AtLeastAsLongAsReadsTakeWhileSeveralRun()
    {
        var gauge = new OperationGauge(_options with { MaxReadSlack = TimeSpan.FromSeconds(1) });
        using var first = gauge.Track();
        for (var i = 0; i < 40; i++)
        {
            gauge.ReadTook(TimeSpan.FromMilliseconds(400));
        }

        Assert.Equal(TimeSpan.FromMilliseconds(20), gauge.ReadSlack); // alone: reads are not held back

        using var second = gauge.Track();
        Assert.InRange(gauge.ReadSlack, TimeSpan.FromMilliseconds(390), TimeSpan.FromMilliseconds(400));
    }

    [Fact]
    public async Task PollAsync_WaitersDueWithinTheSlack_ShareOneDescribe()
    {
        using var rig = new TestRig(new LifecycleOptions { JitterRatio = 0, ReadSlackPerOperation = TimeSpan.FromMilliseconds(150) });
        rig.Cloud.Add(ScriptedCloud.Interface("ri-a", "cn-hangzhou", "vrt-a", RouterInterfaceRole.Initiator, "Active"));
        rig.Cloud.Add(ScriptedCloud.Interface("ri-b", "cn-hangzhou", "vrt-b", RouterInterfaceRole.Initiator, "Active"));

        var polls = rig.Simulation.Start(() => Task.WhenAll(
            rig.Poller.PollAsync("cn-hangzhou", ["ri-a"], TimeSpan.FromMilliseconds(500), CancellationToken.None),
            rig.Poller.PollAsync("cn-hangzhou", ["ri-b"], TimeSpan.FromMilliseconds(600), CancellationToken.None)));
        var snapshots = await rig.Simulation.RunUntilDone(polls, TimeSpan.FromMilliseconds(10));

        Assert.Single(rig.Cloud.Describes);
        Assert.Equal(2, snapshots[0].Found.Count);
        Assert.All(snapshots, s => Assert.True(s.ObservedAt >= new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) + TimeSpan.FromMilliseconds(600)));
    }
}
