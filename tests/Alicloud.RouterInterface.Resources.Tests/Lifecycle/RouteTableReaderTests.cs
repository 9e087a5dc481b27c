using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Moq;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

/// <summary>
/// Route tables of many routers in few calls (<see cref="RouteTableReader"/> under <see cref="RouteEntryLookup"/>): a
/// lone router is one read with its RouterId, routers asked together share the region's listing when it pays, and a
/// region known to be large is read per router at once.
/// </summary>
public sealed class RouteTableReaderTests : IDisposable
{
    private const string Region = "cn-hangzhou";
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private RouteEntryLookup Routes => _rig.Services.Routes;

    private int PerRouterReads => _rig.Cloud.Calls(nameof(IVpcClient.DescribeRouteTablesAsync));

    private int ListingPages => _rig.Cloud.Calls(nameof(IVpcClient.DescribeRouteTablePageAsync));

    private static string Router(int i) => $"vrt-r{i:D4}";

    /// <summary>
    /// <paramref name="tables"/> tables in the region: router 0 has two (the first and the last listed), router 1 none,
    /// routers 2 to 15 one each, and the rest belong to routers nobody asks about.
    /// </summary>
    private void SeedRegion(int tables)
    {
        _rig.Cloud.Table(Region, Router(0), "vtb-first");
        for (var i = 2; i < 16; i++)
        {
            _rig.Cloud.Table(Region, Router(i), $"vtb-of-{i}");
        }

        for (var i = 16; i < tables - 1; i++)
        {
            _rig.Cloud.Table(Region, Router(1000 + i), $"vtb-other-{i}");
        }

        _rig.Cloud.Table(Region, Router(0), "vtb-last");
    }

    /// <summary>Routers 0 to <paramref name="count"/> − 1 look their route entries up at the same moment, until all are answered.</summary>
    private List<Task<IReadOnlyList<RouteEntryRef>>> Together(int count)
    {
        var finds = Enumerable.Range(0, count)
            .Select(i => _rig.Simulation.Start(() => Routes.FindAsync(Region, Router(i), "VRouter", $"ri-{i}", CancellationToken.None)))
            .ToList();
        _rig.Simulation.DriveUntilDone(Task.WhenAny(Task.WhenAll(finds)));
        return finds;
    }

    private void FindTogether(int count) => Assert.All(Together(count), f => Assert.True(f.IsCompletedSuccessfully));

    private void AssertKnownTables()
    {
        Assert.Equal([(Region, "vtb-first"), (Region, "vtb-last")], Routes.KnownTables(Region, Router(0), "VRouter"));
        Assert.Empty(Routes.KnownTables(Region, Router(1), "VRouter"));
        for (var i = 2; i < 16; i++)
        {
            Assert.Equal([(Region, $"vtb-of-{i}")], Routes.KnownTables(Region, Router(i), "VRouter"));
        }
    }

    [Fact]
    public void Find_LoneRouter_IsOneReadWithItsRouterId()
    {
        SeedRegion(40);

        FindTogether(1);

        Assert.Equal((1, 0), (PerRouterReads, ListingPages));
        Assert.Equal([(Region, "vtb-first"), (Region, "vtb-last")], Routes.KnownTables(Region, Router(0), "VRouter"));
    }

    [Fact]
    public void Find_SixteenRoutersInARegionOfFortyTables_ShareOneListing()
    {
        SeedRegion(40);

        FindTogether(16);

        Assert.Equal((0, 1), (PerRouterReads, ListingPages));
        AssertKnownTables();
    }

    [Fact]
    public void Find_ARouterThatACompleteListingShowed_LaterReadsNothing_ButANewRouterIsRead()
    {
        SeedRegion(40);
        FindTogether(2);

        var later = _rig.Simulation.Start(() => Routes.FindAsync(Region, Router(1016), "VRouter", "ri-later", CancellationToken.None));
        _rig.Simulation.DriveUntilDone(later);
        Assert.Equal((0, 1), (PerRouterReads, ListingPages));
        Assert.Equal([(Region, "vtb-other-16")], Routes.KnownTables(Region, Router(1016), "VRouter"));

        _rig.Cloud.Table(Region, "vrt-created-since", "vtb-new");
        var created = _rig.Simulation.Start(() => Routes.FindAsync(Region, "vrt-created-since", "VRouter", "ri-new", CancellationToken.None));
        _rig.Simulation.DriveUntilDone(created);
        Assert.Equal((1, 1), (PerRouterReads, ListingPages));
        Assert.Equal([(Region, "vtb-new")], Routes.KnownTables(Region, "vrt-created-since", "VRouter"));
    }

    [Fact]
    public void Find_ARouterAskedWhileTheListingShowingItIsInFlight_IsAnsweredByItWithoutACall()
    {
        SeedRegion(40);
        Task<IReadOnlyList<RouteEntryRef>>? during = null;
        var listedAt = DateTimeOffset.MinValue;
        _rig.Cloud.OnCall = action =>
        {
            if (during is null && action == "DescribeRouteTableList")
            {
                listedAt = _rig.Simulation.Time.GetUtcNow();
                during = _rig.Simulation.Start(() => Routes.FindAsync(Region, Router(1016), "VRouter", "ri-during", CancellationToken.None));
            }
        };

        var together = Enumerable.Range(0, 2)
            .Select(i => _rig.Simulation.Start(() => Routes.FindAsync(Region, Router(i), "VRouter", $"ri-{i}", CancellationToken.None)))
            .ToList();
        _rig.Simulation.DriveUntilDone(Task.WhenAll(together), TimeSpan.FromMilliseconds(10));
        var answeredAt = DateTimeOffset.MaxValue;
        _ = during!.ContinueWith(_ => answeredAt = _rig.Simulation.Time.GetUtcNow(), TaskContinuationOptions.ExecuteSynchronously);
        _rig.Simulation.DriveUntilDone(during, TimeSpan.FromMilliseconds(10));

        // answered by the listing in flight (then its entries' batch window), not at the scope's next serve
        Assert.True(answeredAt - listedAt < _rig.Options.MinPollInterval, $"{answeredAt - listedAt}");
        Assert.True(during.IsCompletedSuccessfully);
        Assert.Equal((0, 1), (PerRouterReads, ListingPages));
        Assert.Equal([(Region, "vtb-other-16")], Routes.KnownTables(Region, Router(1016), "VRouter"));
    }

    [Fact]
    public void Find_SixteenRoutersInARegionOfThreePages_ReadTheThreePages()
    {
        SeedRegion(120);

        FindTogether(16);

        Assert.Equal((0, 3), (PerRouterReads, ListingPages));
        AssertKnownTables();
    }

    [Fact]
    public void Find_RegionChangesWhileListed_ReadsPerRouter()
    {
        SeedRegion(120);
        // page 2 counts one table more than page 1 did: one was made meanwhile, so the pages may have shifted
        var shifted = new RouteTablePage([new RouteTableInfo("vtb-new", "Custom", Router(2000), "VRouter", "vpc-new", "Available")], 121, ScriptedCloud.RouteTablePageSize);
        _rig.Cloud.Mock.Setup(c => c.DescribeRouteTablePageAsync(Region, "VRouter", 2, It.IsAny<CancellationToken>())).ReturnsAsync(shifted);

        FindTogether(16);

        Assert.Equal((16, 2), (PerRouterReads, ListingPages));
        AssertKnownTables();
    }

    [Fact]
    public void Find_SixteenRoutersInALargeRegion_AtMostOneCallOverPerRouter_ThenPerRouterAtOnce()
    {
        SeedRegion(2_000);

        FindTogether(16);

        // 40 pages > 16 routers: the first page told so, and router 0 seen on it has another table on the last page
        Assert.Equal((16, 1), (PerRouterReads, ListingPages));
        AssertKnownTables();

        _rig.Simulation.Advance(_rig.Options.RouteTableCacheTime);
        FindTogether(16);

        Assert.Equal((32, 1), (PerRouterReads, ListingPages)); // known to be large: no probe of the listing
        AssertKnownTables();
    }

    [Fact]
    public void Find_WithinTheCacheTime_ServesTheTablesFromTheCache()
    {
        SeedRegion(40);
        FindTogether(16);

        _rig.Simulation.Advance(_rig.Options.RouteTableCacheTime - TimeSpan.FromSeconds(1));
        FindTogether(16);
        Assert.Equal((0, 1), (PerRouterReads, ListingPages));

        _rig.Simulation.Advance(TimeSpan.FromSeconds(1));
        FindTogether(16);
        Assert.Equal((0, 2), (PerRouterReads, ListingPages));
    }

    [Fact]
    public async Task Find_OneRoutersReadFails_FailsOnlyTheLookupsOnThatRouter()
    {
        SeedRegion(2_000);
        var refused = new AlibabaCloudException("DescribeRouteTableList", "IncorrectStatus.RouteTableStatus", "busy", 400, "REQ-1");
        _rig.Cloud.Mock.Setup(c => c.DescribeRouteTablesAsync(Region, Router(1), "VRouter", It.IsAny<CancellationToken>())).ThrowsAsync(refused);

        var finds = Together(3);

        Assert.Same(refused, await Assert.ThrowsAsync<AlibabaCloudException>(() => finds[1]));
        Assert.True(finds[0].IsCompletedSuccessfully && finds[2].IsCompletedSuccessfully);
        Assert.Equal([(Region, "vtb-first"), (Region, "vtb-last")], Routes.KnownTables(Region, Router(0), "VRouter"));
        Assert.Equal((3, 1), (PerRouterReads, ListingPages));
    }
}
