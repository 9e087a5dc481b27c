using Alicloud.Vpc.Emulator.State;
using Alicloud.Vpc.Emulator.Tests.Support;
using CsCheck;

namespace Alicloud.Vpc.Emulator.Tests.Unit;

public sealed class RouterInterfaceLifecycleTests
{
    private readonly StateHarness _h = new();

    private Dictionary<string, string> Ri(string id, string region = StateHarness.Region) => new() { ["RegionId"] = region, ["RouterInterfaceId"] = id };

    [Fact]
    public void Create_NewInterface_IsIdleWithSpecBandwidthAndAfterPay()
    {
        var vpc = _h.CreateVpc();
        var id = _h.CreateInitiator(vpc, StateHarness.OtherRegion, spec: "Middle.5");

        var item = _h.Describe(id);

        Assert.Equal("Idle", item.GetProperty("Status").GetString());
        Assert.Equal(500, item.GetProperty("Bandwidth").GetInt32());
        Assert.Equal("AfterPay", item.GetProperty("ChargeType").GetString());
        Assert.Equal("2999-09-08T16:00:00Z", item.GetProperty("EndTime").GetString());
        Assert.Equal(vpc.VpcId, item.GetProperty("VpcInstanceId").GetString());
    }

    [Fact]
    public void Create_PrePaid_ReportsPrepaidAndOrderId()
    {
        var vpc = _h.CreateVpc();

        var id = _h.CreateInitiator(vpc, StateHarness.OtherRegion, chargeType: "PrePaid");

        Assert.Equal("Prepaid", _h.Describe(id).GetProperty("ChargeType").GetString());
    }

    [Fact]
    public void Connect_ConfiguredPair_GoesConnectingAndAcceptingConnectingThenBothActive()
    {
        var pair = _h.ConfiguredPair();

        _h.Call("ConnectRouterInterface", Ri(pair.Initiator));
        var during = (_h.StatusOf(pair.Initiator), _h.StatusOf(pair.Acceptor, StateHarness.OtherRegion));
        _h.Advance(1.9);
        var almost = _h.StatusOf(pair.Initiator);
        _h.Advance(0.1);
        var after = (_h.StatusOf(pair.Initiator), _h.StatusOf(pair.Acceptor, StateHarness.OtherRegion));

        Assert.Equal(("Connecting", "AcceptingConnecting"), during);
        Assert.Equal("Connecting", almost);
        Assert.Equal(("Active", "Active"), after);
        Assert.NotEqual("", _h.Describe(pair.Initiator).GetProperty("ConnectedTime").GetString());
    }

    [Fact]
    public void Connect_CrossAccountPair_ShowsOppositeFieldsFromThePeer()
    {
        var pair = _h.ActivePair(crossAccount: true);

        var item = _h.Describe(pair.Initiator);
        var acceptor = _h.Describe(pair.Acceptor, StateHarness.OtherRegion, StateHarness.Peer);

        Assert.Equal("Active", item.GetProperty("OppositeInterfaceStatus").GetString());
        Assert.Equal(StateHarness.Peer.AccountId, item.GetProperty("OppositeInterfaceOwnerId").GetString());
        Assert.Equal("Negative", item.GetProperty("OppositeInterfaceSpec").GetString());
        Assert.Equal(pair.Right.VpcId, item.GetProperty("OppositeVpcInstanceId").GetString());
        Assert.Equal(2000, acceptor.GetProperty("Bandwidth").GetInt32());
        Assert.Equal(2000, acceptor.GetProperty("OppositeBandwidth").GetInt32());
    }

    [Fact]
    public void Connect_AcceptorNotNamingInitiator_IsIncorrectOppositeInterfaceInfo()
    {
        var left = _h.CreateVpc();
        var right = _h.CreateVpc(region: StateHarness.OtherRegion);
        var initiator = _h.CreateInitiator(left, StateHarness.OtherRegion);
        var acceptor = _h.CreateAcceptor(right, StateHarness.Region);
        _h.Call("ModifyRouterInterfaceAttribute", new Dictionary<string, string>(Ri(initiator)) { ["OppositeInterfaceId"] = acceptor });

        Assert.Equal("IncorrectOppositeInterfaceInfo.NotSet", _h.Fails("ConnectRouterInterface", Ri(initiator)).Code);
        Assert.Equal("Idle", _h.StatusOf(initiator));
    }

    [Fact]
    public void Deactivate_ActiveEnd_OnlyThatEndGoesInactiveAndPeerSeesIt()
    {
        var pair = _h.ActivePair();

        _h.Call("DeactivateRouterInterface", Ri(pair.Initiator));
        var during = _h.StatusOf(pair.Initiator);
        _h.Advance(2);

        Assert.Equal("Deactivating", during);
        Assert.Equal("Inactive", _h.StatusOf(pair.Initiator));
        Assert.Equal("Active", _h.StatusOf(pair.Acceptor, StateHarness.OtherRegion));
        Assert.Equal("Inactive", _h.Describe(pair.Acceptor, StateHarness.OtherRegion).GetProperty("OppositeInterfaceStatus").GetString());
    }

    [Fact]
    public void Activate_InactiveEnd_GoesActivatingThenActive()
    {
        var pair = _h.ActivePair();
        _h.Call("DeactivateRouterInterface", Ri(pair.Initiator));
        _h.Advance(2);

        _h.Call("ActivateRouterInterface", Ri(pair.Initiator));
        var during = _h.StatusOf(pair.Initiator);
        _h.Advance(2);

        Assert.Equal("Activating", during);
        Assert.Equal("Active", _h.StatusOf(pair.Initiator));
    }

    [Fact]
    public void Activate_ActiveEnd_IsIncorrectRIStatus()
    {
        var pair = _h.ActivePair();

        Assert.Equal("IncorrectRIStatus", _h.Fails("ActivateRouterInterface", Ri(pair.Initiator)).Code);
    }

    [Fact]
    public void Deactivate_IdleEnd_IsIncorrectRIStatus()
    {
        var id = _h.CreateInitiator(_h.CreateVpc(), StateHarness.OtherRegion);

        Assert.Equal("IncorrectRIStatus", _h.Fails("DeactivateRouterInterface", Ri(id)).Code);
    }

    [Fact]
    public void ModifySpec_ActiveInitiator_GoesActivatingWithNewBandwidth()
    {
        var pair = _h.ActivePair();

        var result = _h.Call("ModifyRouterInterfaceSpec", new Dictionary<string, string>(Ri(pair.Initiator)) { ["Spec"] = "Small.1" });
        var during = _h.StatusOf(pair.Initiator);
        _h.Advance(2);

        Assert.Equal("Small.1", result.GetProperty("Spec").GetString());
        Assert.Equal("Activating", during);
        Assert.Equal("Active", _h.StatusOf(pair.Initiator));
        Assert.Equal(10, _h.Describe(pair.Initiator).GetProperty("Bandwidth").GetInt32());
    }

    [Fact]
    public void ModifySpec_IdleInitiator_GoesModifyingThenBackToIdle()
    {
        var id = _h.CreateInitiator(_h.CreateVpc(), StateHarness.OtherRegion);

        _h.Call("ModifyRouterInterfaceSpec", new Dictionary<string, string>(Ri(id)) { ["Spec"] = "Small.1" });
        var during = _h.StatusOf(id);
        _h.Advance(2);

        Assert.Equal(("Modifying", "Idle"), (during, _h.StatusOf(id)));
    }

    [Fact]
    public void Delete_IdleEnd_GoesDeletingThenGoneAndPeerSeesDeleted()
    {
        var pair = _h.ConfiguredPair();

        _h.Call("DeleteRouterInterface", Ri(pair.Acceptor, StateHarness.OtherRegion));
        var during = _h.StatusOf(pair.Acceptor, StateHarness.OtherRegion);
        var peerView = _h.Describe(pair.Initiator).GetProperty("OppositeInterfaceStatus").GetString();
        _h.Advance(3);

        Assert.Equal(("Deleting", "Deleting"), (during, peerView));
        Assert.Equal("(gone)", _h.StatusOf(pair.Acceptor, StateHarness.OtherRegion));
        Assert.Equal("Deleted", _h.Describe(pair.Initiator).GetProperty("OppositeInterfaceStatus").GetString());
    }

    [Fact]
    public void Delete_ActiveEnd_IsIncorrectStatus()
    {
        var pair = _h.ActivePair();

        var error = _h.Fails("DeleteRouterInterface", Ri(pair.Initiator));

        Assert.Equal(("IncorrectStatus", 400), (error.Code, error.HttpStatus));
    }

    [Fact]
    public void Delete_UnknownInterface_IsInvalidInstanceIdNotFound404()
    {
        var error = _h.Fails("DeleteRouterInterface", Ri("ri-nothere"));

        Assert.Equal(("InvalidInstanceId.NotFound", 404), (error.Code, error.HttpStatus));
    }

    [Fact]
    public void Delete_ReferencedByRouteEntry_IsDependencyViolation()
    {
        var pair = _h.ConfiguredPair();
        _h.AddRouteEntry(pair.Left, pair.Initiator);

        Assert.Equal("DependencyViolation.RouterInterfaceReferedByRouteEntry", _h.Fails("DeleteRouterInterface", Ri(pair.Initiator)).Code);
    }

    [Fact]
    public void Transitions_ConfiguredDuration_IsHonoured()
    {
        _h.Durations.Apply(new Dictionary<string, double> { ["Deactivating"] = 10 });
        var pair = _h.ActivePair();

        _h.Call("DeactivateRouterInterface", Ri(pair.Initiator));
        _h.Advance(9.5);
        var before = _h.StatusOf(pair.Initiator);
        _h.Advance(0.5);

        Assert.Equal(("Deactivating", "Inactive"), (before, _h.StatusOf(pair.Initiator)));
    }

    [Fact]
    public void Transitions_ZeroDuration_ResolvesOnNextRequest()
    {
        _h.Durations.Apply(new Dictionary<string, double> { ["*"] = 0 });
        var pair = _h.ConfiguredPair();

        _h.Call("ConnectRouterInterface", Ri(pair.Initiator));

        Assert.Equal("Active", _h.StatusOf(pair.Initiator));
    }

    [Fact]
    public void Transitions_UnknownName_IsRefusedAndChangesNothing()
    {
        Assert.Throws<ArgumentException>(() => _h.Durations.Apply(new Dictionary<string, double> { ["Deleting"] = 9, ["Bogus"] = 1 }));

        Assert.Equal(TimeSpan.FromSeconds(3), _h.Durations.Get("Deleting"));
    }

    [Fact]
    public void RouteEntry_Create_GoesPendingThenAvailable()
    {
        var pair = _h.ConfiguredPair();
        var entryId = _h.AddRouteEntry(pair.Left, pair.Initiator);

        string Status() => _h.Call("DescribeRouteEntryList", new Dictionary<string, string>
        {
            ["RegionId"] = StateHarness.Region,
            ["RouteTableId"] = pair.Left.RouteTableId,
            ["RouteEntryId"] = entryId,
        }).GetProperty("RouteEntrys").GetProperty("RouteEntry")[0].GetProperty("Status").GetString()!;

        var during = Status();
        _h.Advance(1);

        Assert.Equal(("Pending", "Available"), (during, Status()));
    }

    [Fact]
    public void Vpc_Create_GoesPendingThenAvailable()
    {
        var vpc = _h.CreateVpc();

        string Status() => _h.Call("DescribeVpcs", new Dictionary<string, string> { ["RegionId"] = StateHarness.Region, ["VpcId"] = vpc.VpcId })
            .GetProperty("Vpcs").GetProperty("Vpc")[0].GetProperty("Status").GetString()!;

        var during = Status();
        _h.Advance(1);

        Assert.Equal(("Pending", "Available"), (during, Status()));
    }

    [Fact]
    public void DeleteVpc_WithRouterInterfaceEvenDeleting_IsDependencyViolation()
    {
        var pair = _h.ConfiguredPair();
        _h.Advance(1);
        _h.Call("DeleteRouterInterface", Ri(pair.Initiator));
        var deleteVpc = new Dictionary<string, string> { ["RegionId"] = StateHarness.Region, ["VpcId"] = pair.Left.VpcId };

        var whileDeleting = _h.Fails("DeleteVpc", deleteVpc).Code;
        _h.Advance(3);
        _h.Call("DeleteVpc", deleteVpc);

        Assert.Equal("DependencyViolation.RouterInterface", whileDeleting);
        Assert.Empty(_h.Call("DescribeVpcs", new Dictionary<string, string> { ["RegionId"] = StateHarness.Region, ["VpcId"] = pair.Left.VpcId }).GetProperty("Vpcs").GetProperty("Vpc").EnumerateArray());
    }

    [Fact]
    public void Table_EveryTransitionalStatus_HasADuration()
    {
        foreach (var transition in RouterInterfaceLifecycle.Table)
        {
            Assert.True(_h.Durations.Get(transition.Via) >= TimeSpan.Zero);
            Assert.False(RouterInterfaceLifecycle.IsTransitional(transition.From));
        }
    }

    [Fact]
    public void AnyOperationSequence_StatusStaysDocumentedAndSettlesToAStableStatus()
    {
        string[] operations = ["ConnectRouterInterface", "DeactivateRouterInterface", "ActivateRouterInterface", "ModifyRouterInterfaceSpec", "DeleteRouterInterface"];
        string[] documented = ["Idle", "Connecting", "Activating", "Active", "Modifying", "Deactivating", "Inactive", "Deleting", "(gone)"];
        var steps = Gen.Select(Gen.Int[0, operations.Length - 1], Gen.Double[0, 4]).Array[1, 12];

        steps.Sample(sequence =>
        {
            var h = new StateHarness();
            var pair = h.ConfiguredPair();
            foreach (var (operation, wait) in sequence)
            {
                var parameters = new Dictionary<string, string>(Ri(pair.Initiator)) { ["Spec"] = "Small.2" };
                try
                {
                    h.Call(operations[operation], parameters);
                }
                catch (Protocol.ApiException)
                {
                    // Refusals are part of the table; the status must still be documented.
                }

                h.Advance(wait);
                Assert.Contains(h.StatusOf(pair.Initiator), documented);
            }

            h.Advance(10);
            Assert.Contains(h.StatusOf(pair.Initiator), new[] { "Idle", "Active", "Inactive", "(gone)" });
        }, iter: 60);
    }
}
