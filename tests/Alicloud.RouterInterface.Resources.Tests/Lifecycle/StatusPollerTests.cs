using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

public sealed class StatusPollerTests : IDisposable
{
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private void AddIdle(string region, params string[] ids)
    {
        foreach (var id in ids)
        {
            _rig.Cloud.Add(ScriptedCloud.Interface(id, region, "vrt-a", RouterInterfaceRole.Initiator, "Deactivating"));
            _rig.Cloud.Transition(region, id, "Inactive", TimeSpan.FromSeconds(4));
        }
    }

    private Task<InterfaceSnapshot> WaitInactive(InterfaceKey key, InterfaceWaiter waiter) =>
        waiter.WaitAsync([key], s => InterfaceWaiter.UntilStatus(s, key, "Inactive"), TimeSpan.Zero);

    private InterfaceWaiter NewWaiter(CancellationToken cancellationToken = default)
    {
        var deadline = new OperationDeadline(null, TimeSpan.FromMinutes(5), _rig.Time, cancellationToken);
        return new InterfaceWaiter(_rig.Services, new WaitStatusReporter(_rig.Diagnostics, _rig.Time, TestRig.Urn, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance),
            deadline, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
    }

    [Fact]
    public async Task WaitAsync_ManyConcurrentWaiters_OneDescribePerTickServesThemAll()
    {
        var ids = Enumerable.Range(1, 20).Select(i => $"ri-{i:00}").ToArray();
        AddIdle("cn-hangzhou", ids);

        var waits = _rig.Simulation.Start(() => Task.WhenAll(ids.Select(id => WaitInactive(new InterfaceKey("cn-hangzhou", id), NewWaiter()))));
        var snapshots = await _rig.Simulation.RunUntilDone(waits);

        var describes = _rig.Cloud.Describes.ToList();
        Assert.All(describes, d => Assert.Equal(ids.Order(StringComparer.Ordinal), d.Ids.Order(StringComparer.Ordinal)));

        // 4 s of transition with delays 0, 0.2, 0.3, 0.45, … capped at 2 s: a handful of ticks, not 20 waiters' worth
        Assert.InRange(describes.Count, 3, 12);
        Assert.All(snapshots, s => Assert.Equal(20, s.Found.Count));
    }

    [Fact]
    public async Task ObserveAsync_TwoRegions_OneDescribePerRegion()
    {
        AddIdle("cn-hangzhou", "ri-a1", "ri-a2");
        AddIdle("cn-shanghai", "ri-b1");

        var snapshot = await _rig.RunAsync(() => _rig.Poller.ObserveAsync(
            [new("cn-hangzhou", "ri-a1"), new("cn-hangzhou", "ri-a2"), new("cn-shanghai", "ri-b1"), new("cn-shanghai", "ri-gone")], TimeSpan.Zero, CancellationToken.None));

        // one per region, and ri-gone, missing from an answer for two, looked up alone before it counts as gone
        Assert.Equal(3, _rig.Cloud.Describes.Count);
        Assert.Equal(["ri-gone"], _rig.Cloud.Describes.Last().Ids);
        Assert.Equal(3, snapshot.Found.Count);
        Assert.Null(snapshot.Find(new InterfaceKey("cn-shanghai", "ri-gone")));
    }

    [Fact]
    public async Task PollAsync_UrgentWaiterArrivesDuringALongSleep_IsServedWithoutWaitingForIt()
    {
        AddIdle("cn-hangzhou", "ri-a");
        var slow = _rig.Simulation.Start(() => _rig.Poller.PollAsync("cn-hangzhou", ["ri-a"], TimeSpan.FromSeconds(10), CancellationToken.None));
        _rig.Simulation.Advance(TimeSpan.FromSeconds(1));

        var urgent = _rig.Simulation.Start(() => _rig.Poller.PollAsync("cn-hangzhou", ["ri-a"], TimeSpan.Zero, CancellationToken.None));
        _rig.Simulation.Advance(_rig.Options.ReadSlackPerWaiter * 2); // with two waiting, a look may come this much late, to be shared

        Assert.True(urgent.IsCompleted, "the urgent poll waited for the slow one's tick");
        Assert.Equal(_rig.Time.GetUtcNow(), (await urgent).ObservedAt);
        Assert.False(slow.IsCompleted, "a waiter is never served before its due time (a look timed for a transition's end is not spent early)");
        Assert.Single(_rig.Cloud.Describes);
    }

    [Fact]
    public void PollAsync_FirstPollOfAnIdleRegion_WaitsOnlyTheBatchWindowOrTheSlackForOthersToJoin()
    {
        AddIdle("cn-hangzhou", "ri-a", "ri-b");
        var first = _rig.Simulation.Start(() => _rig.Poller.PollAsync("cn-hangzhou", ["ri-a"], TimeSpan.Zero, CancellationToken.None));
        var second = _rig.Simulation.Start(() => _rig.Poller.PollAsync("cn-hangzhou", ["ri-b"], TimeSpan.Zero, CancellationToken.None));
        Assert.False(first.IsCompleted);

        var slack = _rig.Options.ReadSlackPerWaiter * 2; // two waiting
        _rig.Simulation.Advance(slack > _rig.Options.PollBatchWindow ? slack : _rig.Options.PollBatchWindow);

        Assert.True(first.IsCompleted && second.IsCompleted);
        var describe = Assert.Single(_rig.Cloud.Describes);
        Assert.Equal(["ri-a", "ri-b"], describe.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PollAsync_TicksOfOneRegion_AreAtLeastTheMinimumIntervalApart()
    {
        AddIdle("cn-hangzhou", "ri-a");
        var first = _rig.Simulation.Start(() => _rig.Poller.PollAsync("cn-hangzhou", ["ri-a"], TimeSpan.Zero, CancellationToken.None));
        _rig.Simulation.Advance(_rig.Options.PollBatchWindow);
        Assert.True(first.IsCompleted);

        var second = _rig.Simulation.Start(() => _rig.Poller.PollAsync("cn-hangzhou", ["ri-a"], TimeSpan.Zero, CancellationToken.None));
        Assert.False(second.IsCompleted);
        _rig.Simulation.Advance(_rig.Options.MinPollInterval - TimeSpan.FromMilliseconds(1));
        Assert.False(second.IsCompleted);
        _rig.Simulation.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True(second.IsCompleted);
        Assert.Equal(2, _rig.Cloud.Describes.Count);
    }

    [Fact]
    public async Task PollAsync_WaiterCancelled_ReturnsAtOnceAndOthersStillServed()
    {
        AddIdle("cn-hangzhou", "ri-a");
        using var cancellation = new CancellationTokenSource();
        var cancelled = _rig.Simulation.Start(() => _rig.Poller.PollAsync("cn-hangzhou", ["ri-a"], TimeSpan.FromSeconds(30), cancellation.Token));
        var other = _rig.Simulation.Start(() => _rig.Poller.PollAsync("cn-hangzhou", ["ri-b"], TimeSpan.FromSeconds(2), CancellationToken.None));

        cancellation.Cancel();
        _rig.Simulation.RunPending();

        Assert.True(cancelled.IsCanceled);
        await _rig.Simulation.RunUntilDone(other);
        var describe = Assert.Single(_rig.Cloud.Describes);
        Assert.Equal(["ri-b"], describe.Ids);
    }

    [Fact]
    public async Task PollAsync_DescribeFails_EveryWaiterOfTheTickSeesTheError()
    {
        AddIdle("cn-hangzhou", "ri-a");
        _rig.Cloud.Fail("DescribeRouterInterfaces", "Forbidden.RAM", httpStatus: 403);
        var first = _rig.Simulation.Start(() => _rig.Poller.PollAsync("cn-hangzhou", ["ri-a"], TimeSpan.FromSeconds(1), CancellationToken.None));
        var second = _rig.Simulation.Start(() => _rig.Poller.PollAsync("cn-hangzhou", ["ri-b"], TimeSpan.FromSeconds(1), CancellationToken.None));

        _rig.Simulation.DriveUntilDone(first);
        _rig.Simulation.DriveUntilDone(second);

        Assert.Equal("Forbidden.RAM", (await Assert.ThrowsAsync<AlibabaCloudException>(() => first)).ErrorCode);
        Assert.Equal("Forbidden.RAM", (await Assert.ThrowsAsync<AlibabaCloudException>(() => second)).ErrorCode);
    }

    [Fact]
    public async Task WaitAsync_DeadlinePasses_ThrowsCancellationAndKeepsTheLastSnapshot()
    {
        _rig.Cloud.Add(ScriptedCloud.Interface("ri-a", "cn-hangzhou", "vrt-a", RouterInterfaceRole.Initiator, "Deactivating"));
        using var deadline = new OperationDeadline(TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(5), _rig.Time, CancellationToken.None);
        var waiter = new InterfaceWaiter(_rig.Services, new WaitStatusReporter(_rig.Diagnostics, _rig.Time, TestRig.Urn, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance),
            deadline, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var key = new InterfaceKey("cn-hangzhou", "ri-a");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _rig.RunAsync(() => WaitInactive(key, waiter)));

        Assert.True(deadline.IsExpired);
        Assert.Equal("Deactivating", waiter.Last!.Find(key)!.Status);
        Assert.Equal("waiting for ri-a to become Inactive (now Deactivating)", waiter.PendingReason);
        Assert.Equal(["waiting for ri-a to become Inactive (now Deactivating)"], _rig.Diagnostics.Of("status")); // once per change, not per poll
    }

    [Fact]
    public async Task WaitAsync_LongUnchangedWait_RepeatsItsLineAtMostEveryRepeatInterval()
    {
        _rig.Cloud.Add(ScriptedCloud.Interface("ri-a", "cn-hangzhou", "vrt-a", RouterInterfaceRole.Initiator, "Deactivating"));
        using var deadline = new OperationDeadline(TimeSpan.FromSeconds(95), TimeSpan.FromMinutes(5), _rig.Time, CancellationToken.None);
        var waiter = new InterfaceWaiter(_rig.Services, _rig.Services.StatusLine(TestRig.Urn, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance),
            deadline, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var key = new InterfaceKey("cn-hangzhou", "ri-a");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _rig.RunAsync(() => WaitInactive(key, waiter)));

        var lines = _rig.Diagnostics.Of("status").ToList();
        Assert.InRange(lines.Count, 3, 4); // at 0 s, then after ≥ 30 s each (polls every ≤ 2 s)
        Assert.All(lines, l => Assert.Equal("waiting for ri-a to become Inactive (now Deactivating)", l));
        Assert.True(_rig.Cloud.Calls("DescribeRouterInterfacesAsync") > 20);
    }
}
