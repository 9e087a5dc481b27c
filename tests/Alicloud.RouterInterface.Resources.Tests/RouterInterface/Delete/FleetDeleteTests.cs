using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Transitions;
using Moq;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete;

/// <summary>How the delete spends API calls: one region per poll when the opposite's status is reported, learnt transition times, shared route lookups.</summary>
public sealed class FleetDeleteTests : IDisposable
{
    private readonly TestRig _rig = new();

    public FleetDeleteTests() => _rig.Cloud.ReportsOppositeStatus = true;

    public void Dispose() => _rig.Dispose();

    private static DeleteTarget Target(int i, bool force = true) =>
        new($"{TestRig.Urn}{i}", new InterfaceKey("cn-hangzhou", $"ri-i{i:00}"), new InterfaceKey("cn-shanghai", $"ri-a{i:00}"), force);

    private void AddPairs(int from, int count, bool routes = false)
    {
        for (var i = from; i < from + count; i++)
        {
            _rig.Cloud.Pair("Active", initiatorId: $"ri-i{i:00}", acceptorId: $"ri-a{i:00}");
            if (routes)
            {
                _rig.Cloud.Route("cn-hangzhou", "vrt-a", $"10.{i}.0.0/16", $"ri-i{i:00}").Route("cn-shanghai", "vrt-b", $"10.{100 + i}.0.0/16", $"ri-a{i:00}");
            }
        }
    }

    private Task DeleteAllAsync(int from, int count) =>
        _rig.RunAsync(() => Task.WhenAll(Enumerable.Range(from, count).Select(i => _rig.Deleter.DeleteAsync(Target(i), null, CancellationToken.None))));

    private void AssertGone(int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            Assert.Null(_rig.Cloud.Find("cn-hangzhou", $"ri-i{i:00}"));
            Assert.Null(_rig.Cloud.Find("cn-shanghai", $"ri-a{i:00}"));
        }
    }

    [Fact]
    public async Task DeleteAsync_OppositeStatusReported_PollsTheOppositeRegionOnlyAtTheStartAndTheEnd()
    {
        AddPairs(0, 1);

        await DeleteAllAsync(0, 1);

        AssertGone(0, 1);
        var describes = _rig.Cloud.Describes.ToList();
        Assert.Equal(2, describes.Count(d => d.Region == "cn-shanghai")); // the first look (charge type, router) and the last (gone)
        Assert.True(describes.Count(d => d.Region == "cn-hangzhou") > 2);
    }

    [Fact]
    public async Task DeleteAsync_OppositeStatusNotReported_PollsBothRegionsAsBefore()
    {
        _rig.Cloud.ReportsOppositeStatus = false;
        AddPairs(0, 1);

        await DeleteAllAsync(0, 1);

        AssertGone(0, 1);
        var describes = _rig.Cloud.Describes.ToList();
        Assert.Equal(describes.Count(d => d.Region == "cn-hangzhou"), describes.Count(d => d.Region == "cn-shanghai"));
    }

    [Fact]
    public async Task DeleteAsync_AfterAFewDeletesLearnt_DeletesAtTheEndOfDeactivatingWithoutLookingFirst()
    {
        const int earlier = 5;
        AddPairs(0, earlier + 1);
        for (var i = 0; i < earlier; i++)
        {
            await DeleteAllAsync(i, 1);
        }

        var describesBefore = _rig.Cloud.Describes.Count;
        var deletesBefore = _rig.Cloud.DeleteTokens.Count;
        var started = _rig.Time.GetUtcNow();

        await DeleteAllAsync(earlier, 1);

        AssertGone(0, earlier + 1);
        Assert.Equal(1, _rig.Cloud.DeleteTokens.Count - deletesBefore); // made when Deactivating ended, accepted at once
        // first look (both regions), Deleting over (this region, then the opposite's): nothing while Deactivating
        Assert.InRange(_rig.Cloud.Describes.Count - describesBefore, 3, 4);
        // Deactivating + Deleting (3 s each here), plus slack and the simulation's 100 ms steps, not the 1 s, 1.5 s, 2.25 s … looks of a first delete
        Assert.InRange(_rig.Time.GetUtcNow() - started, TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(6.8));
    }

    [Fact]
    public async Task DeleteAsync_FirstDeleteOfTheProcess_LooksAtAGrowingCadenceAndLearns()
    {
        AddPairs(0, 1);
        var started = _rig.Time.GetUtcNow();

        await DeleteAllAsync(0, 1);

        // nothing learnt: Deactivating looks ~1 s, then each half the elapsed time later (here on 100 ms steps: 1.1, 1.7,
        // 2.6, 4.0 s: Inactive, 3 s here); Deleting's first look at the middle of what Deactivating took (3.3 s: gone)
        var describes = _rig.Cloud.Describes.ToList();
        Assert.Equal(6, describes.Count(d => d.Region == "cn-hangzhou"));
        Assert.InRange(_rig.Time.GetUtcNow() - started, TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(8));
        Assert.Single(_rig.Cloud.DeleteTokens);
        Assert.NotNull(_rig.Services.Transitions.Expected("Deactivating"));
        Assert.NotNull(_rig.Services.Transitions.Expected("Deleting"));
    }

    [Fact]
    public async Task DeleteAsync_FirstDeleteOfAProcessWithKeptTransitions_LooksAsIfItHadLearntThem()
    {
        var store = new Mock<ILearntTransitionStore>();
        store.Setup(s => s.LoadAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new Dictionary<string, LearntTransition>
        {
            ["Deactivating"] = new(TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(3.1)),
            ["Deleting"] = new(TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(3.1)),
        });
        using var rig = new TestRig(transitions: store.Object);
        rig.Cloud.ReportsOppositeStatus = true;
        rig.Cloud.Pair("Active", initiatorId: "ri-i00", acceptorId: "ri-a00");

        await rig.RunAsync(() => rig.Deleter.DeleteAsync(Target(0), null, CancellationToken.None));

        Assert.Null(rig.Cloud.Find("cn-hangzhou", "ri-i00"));
        // as DeleteAsync_AfterAFewDeletesLearnt_…: first look (both regions), Deleting over; a fresh process without them looks 6 times here
        Assert.InRange(rig.Cloud.Describes.Count, 3, 4);
        store.Verify(s => s.LoadAsync(It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.RecordAsync("Deactivating", It.IsAny<LearntTransition>(), It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.RecordAsync("Deleting", It.IsAny<LearntTransition>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DeleteAsync_ManyPairsOnSharedRouters_ShareRouteTableAndEntryLookups()
    {
        const int pairs = 8;
        AddPairs(0, pairs, routes: true);

        await DeleteAllAsync(0, pairs);

        AssertGone(0, pairs);
        Assert.Equal(0, _rig.Cloud.RouteCount);
        Assert.Equal(2, _rig.Cloud.Calls(nameof(IVpcClient.DescribeRouteTablesAsync))); // one per router
        Assert.Equal(2, _rig.Cloud.Calls(nameof(IVpcClient.DescribeRouteEntriesAsync))); // one per table, all deletes in one batch
        Assert.Equal(pairs * 2, _rig.Diagnostics.Of("warning").Count(w => w.Contains("route entry", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task DeleteAsync_RemovalOfOursExpectedToLastLong_WaitsAtMostAPollBeforeTrying()
    {
        AddPairs(0, 1, routes: true);
        // the ends' own transitions are known (3 s here), so only the removal's guess could hold the delete back
        _rig.Services.Transitions.Record("Deactivating", TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(3.1));
        _rig.Services.Transitions.Record("Deleting", TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(3.1));
        _rig.Services.Transitions.Record(RouteTableTurnLock.RouteEntryDeleting, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(60));
        var started = _rig.Time.GetUtcNow();
        _rig.RouteTables.Removing([("cn-hangzhou", "vtb-a"), ("cn-shanghai", "vtb-b")], started);

        await DeleteAllAsync(0, 1);

        AssertGone(0, 1);
        Assert.InRange(_rig.Time.GetUtcNow() - started, TimeSpan.Zero, TimeSpan.FromSeconds(20)); // not the 60 s guess
    }
}
