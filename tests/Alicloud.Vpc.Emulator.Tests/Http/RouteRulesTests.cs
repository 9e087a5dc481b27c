using Alicloud.RouterInterface.Testing.Emulator;
using static Alicloud.Vpc.Emulator.Tests.Support.HttpEmulator;

namespace Alicloud.Vpc.Emulator.Tests.Http;

/// <summary>A2 (ECMP), A3/A4 (one route change at a time per table), A6 (DeleteRouterInterface's preconditions).</summary>
public sealed class RouteRulesTests : HttpTestBase
{
    [Fact]
    public async Task CreateRouteEntry_NextHopList_ListsEveryHop()
    {
        var first = await E.ConfiguredPairAsync();
        var second = await E.ConfiguredPairAsync(left: first.Left);

        var entryId = await E.AddRouteAsync(first.Left, "10.1.0.0/16", first.Initiator, second.Initiator);

        var entry = Assert.Single(await E.RoutesAsync(first.Left));
        Assert.Equal(entryId, entry.GetProperty("RouteEntryId").GetString());
        var hops = entry.GetProperty("NextHops").GetProperty("NextHop").EnumerateArray().Select(h => h.GetProperty("NextHopId").GetString()!).ToArray();
        Assert.Equal(new[] { first.Initiator, second.Initiator }, hops);
    }

    [Fact]
    public async Task DeleteRouterInterface_SecondHopOfAnEcmpEntry_IsReferencedByRouteEntry()
    {
        var first = await E.ConfiguredPairAsync();
        var second = await E.ConfiguredPairAsync(left: first.Left);
        await E.AddRouteAsync(first.Left, "10.1.0.0/16", first.Initiator, second.Initiator);

        await E.FailsAsync("DeleteRouterInterface", On(second.Initiator), 400, "DependencyViolation.RouterInterfaceReferedByRouteEntry");
    }

    [Fact]
    public async Task DeleteRouterInterface_Active_IsIncorrectStatus()
    {
        var pair = await E.ActivePairAsync();

        await E.FailsAsync("DeleteRouterInterface", On(pair.Initiator), 400, "IncorrectStatus");
    }

    [Fact]
    public async Task DeleteRouterInterface_Idle_GoesDeletingThenGone()
    {
        var pair = await E.ConfiguredPairAsync();

        await E.OkAsync("DeleteRouterInterface", On(pair.Initiator));
        var during = await E.StatusAsync(pair.Initiator);
        E.Advance(3);

        Assert.Equal(("Deleting", "(gone)"), (during, await E.StatusAsync(pair.Initiator)));
    }

    [Fact]
    public async Task CreateRouteEntry_WhileAnotherIsPending_IsTaskConflictUntilItSettles()
    {
        var pair = await E.ConfiguredPairAsync();
        var create = new Dictionary<string, string> { ["RegionId"] = Region, ["RouteTableId"] = pair.Left.RouteTableId, ["NextHopType"] = "RouterInterface", ["NextHopId"] = pair.Initiator };
        await E.OkAsync("CreateRouteEntry", new(create) { ["DestinationCidrBlock"] = "10.1.0.0/16" });

        await E.FailsAsync("CreateRouteEntry", new(create) { ["DestinationCidrBlock"] = "10.2.0.0/16" }, 400, "TaskConflict");
        E.Advance(1);
        await E.OkAsync("CreateRouteEntry", new(create) { ["DestinationCidrBlock"] = "10.2.0.0/16" });
    }

    [Fact]
    public async Task DeleteRouteEntry_WhileAnotherEntryOfTheTableChanges_IsTaskConflict()
    {
        var pair = await E.ConfiguredPairAsync();
        var settled = await E.AddRouteAsync(pair.Left, "10.1.0.0/16", pair.Initiator);
        await E.OkAsync("CreateRouteEntry", new() { ["RegionId"] = Region, ["RouteTableId"] = pair.Left.RouteTableId, ["DestinationCidrBlock"] = "10.2.0.0/16", ["NextHopId"] = "i-instance" });

        await E.FailsAsync("DeleteRouteEntry", new() { ["RegionId"] = Region, ["RouteEntryId"] = settled }, 400, "TaskConflict");
    }

    [Fact]
    public async Task RouteChanges_InDifferentTables_DoNotConflict()
    {
        var pair = await E.ConfiguredPairAsync();
        var other = await E.CreateVpcAsync();
        await E.OkAsync("CreateRouteEntry", new() { ["RegionId"] = Region, ["RouteTableId"] = pair.Left.RouteTableId, ["DestinationCidrBlock"] = "10.1.0.0/16", ["NextHopId"] = "i-a" });

        await E.OkAsync("CreateRouteEntry", new() { ["RegionId"] = Region, ["RouteTableId"] = other.RouteTableId, ["DestinationCidrBlock"] = "10.1.0.0/16", ["NextHopId"] = "i-b" });
    }

    [Fact]
    public async Task RouteChanges_LenientRules_RunInParallel()
    {
        await E.VariantAsync(EmulatorVariants.Rules, EmulatorVariants.Lenient);
        var vpc = await E.CreateVpcAsync();
        var create = new Dictionary<string, string> { ["RegionId"] = Region, ["RouteTableId"] = vpc.RouteTableId, ["NextHopId"] = "i-a" };

        await E.OkAsync("CreateRouteEntry", new(create) { ["DestinationCidrBlock"] = "10.1.0.0/16" });
        await E.OkAsync("CreateRouteEntry", new(create) { ["DestinationCidrBlock"] = "10.2.0.0/16" });
    }
}
