using Alicloud.Vpc.Emulator.State;
using Alicloud.Vpc.Emulator.Tests.Support;

namespace Alicloud.Vpc.Emulator.Tests.Unit;

/// <summary>Every code of the seed document's error table, reached from state (or, where the table says so, flags).</summary>
public sealed class DeleteExpressConnectTests
{
    private readonly StateHarness _h = new();

    private static Dictionary<string, string> Call(string id, string region = StateHarness.Region, bool? force = null)
    {
        var parameters = new Dictionary<string, string> { ["RegionId"] = region, ["RouterInterfaceId"] = id };
        if (force is { } value)
        {
            parameters["Force"] = value ? "true" : "false";
        }

        return parameters;
    }

    private (string Code, int Status) Fails(Dictionary<string, string> parameters)
    {
        var error = _h.Fails("DeleteExpressConnect", parameters);
        return (error.Code, error.HttpStatus);
    }

    /// <summary>A pair with both ends Inactive (connected, then each end deactivated), VPCs Available.</summary>
    private StateHarness.Pair InactivePair(bool crossAccount = false)
    {
        var pair = _h.ActivePair(crossAccount);
        _h.Call("DeactivateRouterInterface", Call(pair.Initiator));
        _h.Call("DeactivateRouterInterface", Call(pair.Acceptor, StateHarness.OtherRegion), pair.AcceptorCaller);
        _h.Advance(2);
        return pair;
    }

    [Fact]
    public void Delete_UnknownRegion_IsInvalidRegionIdNotFound404()
    {
        Assert.Equal(("InvalidRegionId.NotFound", 404), Fails(Call("ri-x", "xx-nowhere-1")));
    }

    [Fact]
    public void Delete_UnknownInterface_IsInvalidRouterInterfaceIdNotFound404()
    {
        Assert.Equal(("InvalidRouterInterfaceId.NotFound", 404), Fails(Call("ri-nothere")));
    }

    [Fact]
    public void Delete_InterfaceOfAnotherAccount_IsNotFound()
    {
        var pair = _h.ConfiguredPair(crossAccount: true);

        Assert.Equal(("InvalidRouterInterfaceId.NotFound", 404), Fails(Call(pair.Acceptor, StateHarness.OtherRegion)));
    }

    [Fact]
    public void Delete_PrepaidEnd_IsChargeTypeMalformed()
    {
        var pair = _h.ConfiguredPair(initiatorCharge: "PrePaid");

        Assert.Equal(("InvalidRouterInterfaceChargeType.Malformed", 400), Fails(Call(pair.Initiator)));
    }

    [Fact]
    public void Delete_PrepaidOpposite_IsOppositeChargeTypeMalformed()
    {
        var pair = _h.ConfiguredPair(acceptorCharge: "PrePaid");

        Assert.Equal(("InvalidRouterInterfaceOppositeChargeType.Malformed", 400), Fails(Call(pair.Initiator)));
    }

    [Fact]
    public void Delete_ThisEndActive_NeedsInactiveVariant_IsIncorrectStatusRouterInterface()
    {
        _h.Behaviour.Apply(null, null, new Dictionary<string, string> { ["expressConnectActive"] = "needs-inactive" });
        var pair = _h.ActivePair();

        Assert.Equal(("IncorrectStatus.RouterInterface", 400), Fails(Call(pair.Initiator)));
    }

    [Fact]
    public void Delete_OppositeEndStillActive_NeedsInactiveVariant_IsIncorrectStatusRouterInterface()
    {
        _h.Behaviour.Apply(null, null, new Dictionary<string, string> { ["expressConnectActive"] = "needs-inactive" });
        var pair = _h.ActivePair();
        _h.Call("DeactivateRouterInterface", Call(pair.Initiator));
        _h.Advance(2);

        Assert.Equal(("IncorrectStatus.RouterInterface", 400), Fails(Call(pair.Initiator)));
    }

    [Fact]
    public void Delete_NonSteadyVpc_IsIncorrectStatusVpc()
    {
        var pair = InactivePair();
        _h.Store.Write(s => s.Data.Vpcs.Single(v => v.VpcId == pair.Right.VpcId).NonSteady = true);

        Assert.Equal(("IncorrectStatus.Vpc", 400), Fails(Call(pair.Initiator)));
    }

    [Fact]
    public void Delete_RouteEntryOfEitherRouterNotAvailable_IsIncorrectStatusVSwitchOrRouteEntry404()
    {
        var pair = InactivePair();
        _h.Call("CreateRouteEntry", new Dictionary<string, string>
        {
            ["RegionId"] = StateHarness.OtherRegion,
            ["RouteTableId"] = pair.Right.RouteTableId,
            ["DestinationCidrBlock"] = "192.168.0.0/24",
            ["NextHopId"] = "i-someinstance",
        });

        Assert.Equal(("IncorrectStatus.VSwitchOrRouteEntry", 404), Fails(Call(pair.Initiator)));
    }

    [Fact]
    public void Delete_OperationLocked_IsOperationFailedOperationLocked()
    {
        var pair = InactivePair();
        _h.Store.Write(s => s.Data.FindRouterInterfaceAnywhere(pair.Acceptor)!.OperationLocked = true);

        Assert.Equal(("OperationFailed.OperationLocked", 400), Fails(Call(pair.Initiator)));
    }

    [Fact]
    public void Delete_ClassicLinkFlag_IsClassicLinkEcsRouteEntry404()
    {
        var pair = InactivePair();
        _h.Store.Write(s => s.Data.FindRouterInterfaceAnywhere(pair.Initiator)!.ClassicLinkRouteEntry = true);

        Assert.Equal(("DependencyViolation.ClassicLinkEcsRouteEntry", 404), Fails(Call(pair.Initiator)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public void Delete_RouteEntryPointsToEitherEndWithoutForce_IsDependencyViolation(bool? force)
    {
        var pair = InactivePair();
        _h.AddRouteEntry(pair.Right, pair.Acceptor);
        _h.Advance(1);

        Assert.Equal(("DependencyViolation.RouterInterfaceReferedByRouteEntry", 400), Fails(Call(pair.Initiator, force: force)));
    }

    [Fact]
    public void Delete_RouteEntryPointsToEndWithForce_DeletesEntriesAndBothEnds()
    {
        var pair = InactivePair();
        _h.AddRouteEntry(pair.Left, pair.Initiator);
        _h.Advance(1);

        _h.Call("DeleteExpressConnect", Call(pair.Initiator, force: true));
        var during = (_h.StatusOf(pair.Initiator), _h.StatusOf(pair.Acceptor, StateHarness.OtherRegion));
        _h.Advance(3);

        Assert.Equal(("Deleting", "Deleting"), during);
        Assert.Equal(("(gone)", "(gone)"), (_h.StatusOf(pair.Initiator), _h.StatusOf(pair.Acceptor, StateHarness.OtherRegion)));
        Assert.DoesNotContain(_h.Store.Read(s => s.Data.RouteEntries.ToArray()), e => e.PointsTo(pair.Initiator));
    }

    [Fact]
    public void Delete_CrossAccountCrossRegionIdlePair_BothEndsVariant_BothEndsGoDeletingThenGone()
    {
        _h.Behaviour.Apply(null, null, new Dictionary<string, string> { ["crossAccountExpressConnect"] = "both-ends" });
        var pair = _h.ConfiguredPair(crossAccount: true);
        _h.Advance(1);

        _h.Call("DeleteExpressConnect", Call(pair.Initiator));
        var acceptorDuring = _h.StatusOf(pair.Acceptor, StateHarness.OtherRegion, StateHarness.Peer);
        _h.Advance(3);

        Assert.Equal("Deleting", acceptorDuring);
        Assert.Equal("(gone)", _h.StatusOf(pair.Acceptor, StateHarness.OtherRegion, StateHarness.Peer));
        _h.Call("DeleteVpc", new Dictionary<string, string> { ["RegionId"] = StateHarness.OtherRegion, ["VpcId"] = pair.Right.VpcId }, StateHarness.Peer);
    }

    [Fact]
    public void Delete_VpcStillPending_IsIncorrectStatusVpc()
    {
        var pair = _h.ConfiguredPair();

        Assert.Equal(("IncorrectStatus.Vpc", 400), Fails(Call(pair.Initiator)));
    }

    [Fact]
    public void Delete_PrecedenceRegionBeforeEverything_RegionWins()
    {
        var pair = _h.ConfiguredPair(initiatorCharge: "PrePaid");

        Assert.Equal("InvalidRegionId.NotFound", Fails(Call(pair.Initiator, "xx-nowhere-1")).Code);
    }

    [Fact]
    public void Delete_PrecedenceChargeTypeBeforeStatus_ChargeTypeWins()
    {
        var pair = _h.ConfiguredPair(initiatorCharge: "PrePaid");
        _h.Call("ConnectRouterInterface", Call(pair.Initiator));

        Assert.Equal("InvalidRouterInterfaceChargeType.Malformed", Fails(Call(pair.Initiator)).Code);
    }

    [Fact]
    public void Delete_InvalidForce_IsInvalidParameter()
    {
        var pair = _h.ConfiguredPair();

        Assert.Equal("InvalidParameter", Fails(new Dictionary<string, string>(Call(pair.Initiator)) { ["Force"] = "yes" }).Code);
    }

    [Fact]
    public void Delete_RefusedCall_ChangesNothing()
    {
        var pair = InactivePair();
        _h.AddRouteEntry(pair.Left, pair.Initiator);
        _h.Advance(1);

        Fails(Call(pair.Initiator));

        Assert.Equal((StatusNames.Inactive, StatusNames.Inactive), (_h.StatusOf(pair.Initiator), _h.StatusOf(pair.Acceptor, StateHarness.OtherRegion)));
    }
}
