using Alicloud.RouterInterface.Testing.Emulator;
using static Alicloud.Vpc.Emulator.Tests.Support.HttpEmulator;

namespace Alicloud.Vpc.Emulator.Tests.Http;

/// <summary>Every unknown of section B played both (or every) way, switched through the admin API.</summary>
public sealed class VariantTests : HttpTestBase
{
    private static Dictionary<string, string> Delete(string id, string region = Region, bool force = false) =>
        new(On(id, region)) { ["Force"] = force ? "true" : "false" };

    // B1: which instances DeleteExpressConnect deletes.
    [Fact]
    public async Task B1_AnyPair_ByDefault_DeletesBothEndsOfAnOrdinaryPair()
    {
        var pair = await E.InactivePairAsync();

        await E.OkAsync("DeleteExpressConnect", Delete(pair.Initiator));
        E.Advance(3);

        Assert.Equal(("(gone)", "(gone)"), (await E.StatusAsync(pair.Initiator), await E.StatusAsync(pair.Acceptor, OtherRegion)));
    }

    [Fact]
    public async Task B1_FastLinkOnly_RefusesAnOrdinaryPairWithACodeOutsideTheSeed_AndDeletesAFastLinkInstance()
    {
        await E.VariantAsync(EmulatorVariants.ExpressConnectScope, "fast-link-only");
        var pair = await E.InactivePairAsync();
        var (initiator, acceptor) = await E.FastLinkAsync();
        E.Advance(2);

        await E.FailsAsync("DeleteExpressConnect", Delete(pair.Initiator), 400, "OperationUnsupported.NotFastLinkMode");
        await E.OkAsync("DeleteExpressConnect", Delete(initiator));
        E.Advance(3);

        Assert.Equal("Inactive", await E.StatusAsync(pair.Initiator));
        Assert.Equal(("(gone)", "(gone)"), (await E.StatusAsync(initiator), await E.StatusAsync(acceptor, OtherRegion)));
    }

    [Fact]
    public async Task B1_FastLinkOnlyNotFound_AnswersNotFoundForAListedOrdinaryPair()
    {
        await E.VariantAsync(EmulatorVariants.ExpressConnectScope, "fast-link-only-not-found");
        var pair = await E.InactivePairAsync();

        await E.FailsAsync("DeleteExpressConnect", Delete(pair.Initiator), 404, "InvalidRouterInterfaceId.NotFound");

        Assert.Equal("Inactive", await E.StatusAsync(pair.Initiator));
    }

    [Fact]
    public async Task B1_InitiatorOnly_RefusesTheAcceptorsId_AcceptsTheInitiators()
    {
        await E.VariantAsync(EmulatorVariants.ExpressConnectScope, "initiator-only");
        var pair = await E.InactivePairAsync();

        await E.FailsAsync("DeleteExpressConnect", Delete(pair.Acceptor, OtherRegion), 400, "IncorrectRole.NotInitiatingSide");
        await E.OkAsync("DeleteExpressConnect", Delete(pair.Initiator));
    }

    // B2: Active ends.
    [Fact]
    public async Task B2_AcceptsActive_ByDefault_DeletesAnActivePair()
    {
        var pair = await E.ActivePairAsync();

        await E.OkAsync("DeleteExpressConnect", Delete(pair.Initiator));

        Assert.Equal(("Deleting", "Deleting"), (await E.StatusAsync(pair.Initiator), await E.StatusAsync(pair.Acceptor, OtherRegion)));
    }

    [Fact]
    public async Task B2_AcceptsActive_StillRefusesATransitionalEnd()
    {
        var pair = await E.ActivePairAsync();
        await E.OkAsync("DeactivateRouterInterface", On(pair.Initiator));

        await E.FailsAsync("DeleteExpressConnect", Delete(pair.Initiator), 400, "IncorrectStatus.RouterInterface");
    }

    [Fact]
    public async Task B2_NeedsInactive_RefusesAnActivePair()
    {
        await E.VariantAsync(EmulatorVariants.ExpressConnectActive, "needs-inactive");
        var pair = await E.ActivePairAsync();

        await E.FailsAsync("DeleteExpressConnect", Delete(pair.Initiator), 400, "IncorrectStatus.RouterInterface");
    }

    // B3: does the other end follow a deactivation?
    [Fact]
    public async Task B3_Independent_ByDefault_LeavesTheOtherEndActive()
    {
        var pair = await E.ActivePairAsync();

        await E.OkAsync("DeactivateRouterInterface", On(pair.Initiator));
        E.Advance(2);

        Assert.Equal(("Inactive", "Active"), (await E.StatusAsync(pair.Initiator), await E.StatusAsync(pair.Acceptor, OtherRegion)));
    }

    [Fact]
    public async Task B3_Follows_TakesTheOtherEndAlong_BothWays()
    {
        await E.VariantAsync(EmulatorVariants.DeactivatePeer, "follows");
        var pair = await E.ActivePairAsync(crossAccount: true);

        await E.OkAsync("DeactivateRouterInterface", On(pair.Initiator));
        var during = await E.StatusAsync(pair.Acceptor, OtherRegion, EmulatorCredentials.Peer);
        E.Advance(2);
        var after = await E.StatusAsync(pair.Acceptor, OtherRegion, EmulatorCredentials.Peer);
        await E.OkAsync("ActivateRouterInterface", On(pair.Initiator));
        E.Advance(2);

        Assert.Equal(("Deactivating", "Inactive"), (during, after));
        Assert.Equal("Active", await E.StatusAsync(pair.Acceptor, OtherRegion, EmulatorCredentials.Peer));
    }

    // B4 and B5 defaults (issue 15 item 6: the likelier answers, which the provider survives).
    [Fact]
    public async Task B4B5_ByDefault_GoneInterfaceListsDeletingForTwoSecondsThenDeletedForTen_NewOneListedAfterOne()
    {
        await using var fresh = await StartAsync(defaultListings: true);
        var settings = await fresh.Admin.GetVariantsAsync(CancellationToken.None);
        var pair = await fresh.ConfiguredPairAsync();
        var newEnd = await fresh.CreateEndAsync(pair.Left, "InitiatingSide", OtherRegion);
        var unlisted = await fresh.StatusAsync(newEnd);
        await fresh.OkAsync("DeleteRouterInterface", On(pair.Initiator));
        fresh.Advance(3);
        var lagging = await fresh.StatusAsync(pair.Initiator);
        fresh.Advance(2);
        var deleted = await fresh.StatusAsync(pair.Initiator);
        fresh.Advance(10);

        Assert.Equal(("10", "2", "1", "0"), (settings.Value(EmulatorVariants.DeletedRowSeconds), settings.Value(EmulatorVariants.DeleteListingLagSeconds),
            settings.Value(EmulatorVariants.CreateListingLagSeconds), settings.Value(EmulatorVariants.FilterValueCap)));
        Assert.Equal(("(gone)", "Idle"), (unlisted, await fresh.StatusAsync(newEnd)));
        Assert.Equal(("Deleting", "Deleted", "(gone)"), (lagging, deleted, await fresh.StatusAsync(pair.Initiator)));
    }

    // B4: Deleted rows.
    [Fact]
    public async Task B4_Never_AtZero_AGoneInterfaceIsNotListed()
    {
        var pair = await E.ConfiguredPairAsync();
        await E.OkAsync("DeleteRouterInterface", On(pair.Initiator));
        E.Advance(3);

        Assert.Empty(await E.ListAsync(Region, null, ("Status", ["Deleted"])));
    }

    [Fact]
    public async Task B4_DeletedRowSeconds_ListsTheGoneInterfaceAsDeletedForThatLong()
    {
        await E.VariantAsync(EmulatorVariants.DeletedRowSeconds, "5");
        var pair = await E.ConfiguredPairAsync();
        await E.OkAsync("DeleteRouterInterface", On(pair.Initiator));
        E.Advance(3);

        var byStatus = await E.ListAsync(Region, null, ("Status", ["Deleted"]));
        var attribute = await E.OkAsync("DescribeRouterInterfaceAttribute", new() { ["RegionId"] = Region, ["InstanceId"] = pair.Initiator });
        await E.FailsAsync("DeactivateRouterInterface", On(pair.Initiator), 404, "InvalidRouterInterfaceId.NotFound");
        E.Advance(5);

        Assert.Equal(pair.Initiator, Assert.Single(byStatus).GetProperty("RouterInterfaceId").GetString());
        Assert.Equal("Deleted", attribute.GetProperty("Status").GetString());
        Assert.Equal("(gone)", await E.StatusAsync(pair.Initiator));
    }

    // B5: listing lags.
    [Fact]
    public async Task B5_DeleteListingLag_KeepsTheGoneInterfaceListedAsDeleting()
    {
        await E.VariantAsync(EmulatorVariants.DeleteListingLagSeconds, "2");
        var pair = await E.ConfiguredPairAsync();
        await E.OkAsync("DeleteRouterInterface", On(pair.Initiator));
        E.Advance(3);

        var lagging = await E.StatusAsync(pair.Initiator);
        E.Advance(2);

        Assert.Equal("Deleting", lagging);
        Assert.Equal("(gone)", await E.StatusAsync(pair.Initiator));
    }

    [Fact]
    public async Task B5_CreateListingLag_HidesANewInterfaceForAWhile_ButItExists()
    {
        await E.VariantAsync(EmulatorVariants.CreateListingLagSeconds, "2");
        var vpc = await E.CreateVpcAsync();
        var id = await E.CreateEndAsync(vpc, "InitiatingSide", OtherRegion);

        var hidden = await E.StatusAsync(id);
        await E.FailsAsync("DescribeRouterInterfaceAttribute", new() { ["RegionId"] = Region, ["InstanceId"] = id }, 404, "InvalidRouterInterfaceId.NotFound");
        await E.OkAsync("ModifyRouterInterfaceAttribute", new(On(id)) { ["Name"] = "lagging" });
        E.Advance(2);

        Assert.Equal(("(gone)", "Idle"), (hidden, await E.StatusAsync(id)));
    }

    [Fact]
    public async Task B5_VpcDeleteTail_RefusesDeleteVpcForAWhileAfterTheLastInterfaceWent()
    {
        await E.VariantAsync(EmulatorVariants.VpcDeleteTailSeconds, "3");
        var pair = await E.ConfiguredPairAsync();
        await E.OkAsync("DeleteRouterInterface", On(pair.Initiator));
        E.Advance(3);
        var deleteVpc = new Dictionary<string, string> { ["RegionId"] = Region, ["VpcId"] = pair.Left.VpcId };

        await E.FailsAsync("DeleteVpc", deleteVpc, 400, "DependencyViolation.RouterInterface");
        E.Advance(3);
        await E.OkAsync("DeleteVpc", deleteVpc);
    }

    // B6: values per filter.
    [Fact]
    public async Task B6_AllValues_ByDefault()
    {
        var a = await E.ConfiguredPairAsync();
        var b = await E.ConfiguredPairAsync(left: a.Left);

        Assert.Equal(2, (await E.ListAsync(Region, null, ("RouterInterfaceId", [a.Initiator, b.Initiator]))).Length);
    }

    [Fact]
    public async Task B6_FilterValueCap_SilentlyDropsTheValuesBeyondIt()
    {
        await E.VariantAsync(EmulatorVariants.FilterValueCap, "1");
        var a = await E.ConfiguredPairAsync();
        var b = await E.ConfiguredPairAsync(left: a.Left);

        var listed = await E.ListAsync(Region, null, ("RouterInterfaceId", [a.Initiator, b.Initiator]));

        Assert.Equal(a.Initiator, Assert.Single(listed).GetProperty("RouterInterfaceId").GetString());
    }

    // B7: the other account's end.
    [Fact]
    public async Task B7_OwnEnd_ByDefault_LeavesTheOtherAccountsEnd()
    {
        var pair = await E.InactivePairAsync(crossAccount: true);

        await E.OkAsync("DeleteExpressConnect", Delete(pair.Initiator));
        E.Advance(3);

        Assert.Equal("(gone)", await E.StatusAsync(pair.Initiator));
        var acceptor = (await E.ListAsync(OtherRegion, EmulatorCredentials.Peer, ("RouterInterfaceId", [pair.Acceptor])))[0];
        Assert.Equal(("Inactive", "Deleted"), (acceptor.GetProperty("Status").GetString(), acceptor.GetProperty("OppositeInterfaceStatus").GetString()));
    }

    [Fact]
    public async Task B7_BothEnds_DeletesTheOtherAccountsEndToo()
    {
        await E.VariantAsync(EmulatorVariants.CrossAccountExpressConnect, "both-ends");
        var pair = await E.InactivePairAsync(crossAccount: true);

        await E.OkAsync("DeleteExpressConnect", Delete(pair.Initiator));
        E.Advance(3);

        Assert.Equal("(gone)", await E.StatusAsync(pair.Acceptor, OtherRegion, EmulatorCredentials.Peer));
    }

    [Fact]
    public async Task B7_Refused_WhileTheOtherAccountsEndExists()
    {
        await E.VariantAsync(EmulatorVariants.CrossAccountExpressConnect, "refused");
        var pair = await E.InactivePairAsync(crossAccount: true);

        await E.FailsAsync("DeleteExpressConnect", Delete(pair.Initiator), 400, "Forbbiden.InvaildOwner");
        await E.OkAsync("DeleteRouterInterface", On(pair.Acceptor, OtherRegion), EmulatorCredentials.Peer);
        E.Advance(3);
        await E.OkAsync("DeleteExpressConnect", Delete(pair.Initiator));
    }

    // B8: busy codes of DeleteExpressConnect while routes change.
    [Fact]
    public async Task B8_Seed_ByDefault_AnswersIncorrectStatusVSwitchOrRouteEntry()
    {
        var pair = await E.InactivePairAsync();
        await E.OkAsync("CreateRouteEntry", new() { ["RegionId"] = Region, ["RouteTableId"] = pair.Left.RouteTableId, ["DestinationCidrBlock"] = "10.9.0.0/16", ["NextHopId"] = "i-x" });

        await E.FailsAsync("DeleteExpressConnect", Delete(pair.Initiator), 404, "IncorrectStatus.VSwitchOrRouteEntry");
    }

    [Fact]
    public async Task B8_AnyA3_WalksThroughTheBusyCodes()
    {
        await E.VariantAsync(EmulatorVariants.ExpressConnectBusyCodes, "any-a3");
        var pair = await E.InactivePairAsync();
        await E.OkAsync("CreateRouteEntry", new() { ["RegionId"] = Region, ["RouteTableId"] = pair.Left.RouteTableId, ["DestinationCidrBlock"] = "10.9.0.0/16", ["NextHopId"] = "i-x" });

        var codes = new List<string?>();
        for (var i = 0; i < 9; i++)
        {
            codes.Add((await E.CallAsync("DeleteExpressConnect", Delete(pair.Initiator))).Code);
        }

        Assert.Equal(
            ["TaskConflict", "OperationConflict", "IncorrectVpcStatus", "IncorrectStatus.RouteTableStatus", "SystemBusy", "UnknownError",
             "OperationFailed.DistibuteLock", "OperationFailed.LastTokenProcessing", "ServiceUnavailable"],
            codes);
    }

    // B10: Force=true and an ECMP entry.
    [Fact]
    public async Task B10_WholeEntry_ByDefault_RemovesTheEcmpEntry()
    {
        var pair = await E.InactivePairAsync();
        var other = await E.ConfiguredPairAsync(left: pair.Left);
        await E.AddRouteAsync(pair.Left, "10.1.0.0/16", pair.Initiator, other.Initiator);

        await E.OkAsync("DeleteExpressConnect", Delete(pair.Initiator, force: true));
        E.Advance(3);

        Assert.Empty(await E.RoutesAsync(pair.Left));
    }

    [Fact]
    public async Task B10_OnlyHop_KeepsTheEntryWithItsOtherHops()
    {
        await E.VariantAsync(EmulatorVariants.ForceEcmp, "only-hop");
        var pair = await E.InactivePairAsync();
        var other = await E.ConfiguredPairAsync(left: pair.Left);
        var ecmp = await E.AddRouteAsync(pair.Left, "10.1.0.0/16", pair.Initiator, other.Initiator);
        await E.AddRouteAsync(pair.Left, "10.2.0.0/16", pair.Initiator);

        await E.OkAsync("DeleteExpressConnect", Delete(pair.Initiator, force: true));
        E.Advance(3);

        var entry = Assert.Single(await E.RoutesAsync(pair.Left));
        Assert.Equal(ecmp, entry.GetProperty("RouteEntryId").GetString());
        Assert.Equal(other.Initiator, Assert.Single(entry.GetProperty("NextHops").GetProperty("NextHop").EnumerateArray()).GetProperty("NextHopId").GetString());
    }
}
