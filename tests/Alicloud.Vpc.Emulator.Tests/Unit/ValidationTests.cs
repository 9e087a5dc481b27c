using Alicloud.Vpc.Emulator.Tests.Support;

namespace Alicloud.Vpc.Emulator.Tests.Unit;

public sealed class ValidationTests
{
    private readonly StateHarness _h = new();

    private Dictionary<string, string> Create(StateHarness.Vpc vpc) => new()
    {
        ["RegionId"] = vpc.Region,
        ["Role"] = "InitiatingSide",
        ["RouterType"] = "VRouter",
        ["RouterId"] = vpc.RouterId,
        ["Spec"] = "Small.1",
        ["OppositeRegionId"] = StateHarness.OtherRegion,
    };

    [Theory]
    [InlineData("Role", null, "MissingParameter")]
    [InlineData("Role", "Boss", "InvalidParameter")]
    [InlineData("RouterType", "Router", "InvalidParameter")]
    [InlineData("Spec", "Huge.9", "InvalidParameter")]
    [InlineData("Spec", "Negative", "InvalidParameter")]
    [InlineData("OppositeRegionId", "xx-nowhere-1", "InvalidParameter")]
    [InlineData("RegionId", "xx-nowhere-1", "InvalidRegionId.NotFound")]
    [InlineData("RouterId", "vrt-missing", "InvalidRouterId.NotFound")]
    [InlineData("Name", "1starts-with-digit", "InvalidName.Malformed")]
    [InlineData("Description", "http://x", "InvalidDescription.Malformed")]
    [InlineData("InstanceChargeType", "Free", "InvalidParameter")]
    [InlineData("InstanceChargeType", "PrePaid", "MissingParameter")]
    [InlineData("HealthCheckSourceIp", "10.0.0.1", "MissingParameter")]
    [InlineData("HealthCheckTargetIp", "not-an-ip", "InvalidParameter")]
    [InlineData("OppositeInterfaceOwnerId", "abc", "InvalidParameter")]
    public void CreateRouterInterface_BadParameter_IsRefusedWithCode(string name, string? value, string code)
    {
        var parameters = Create(_h.CreateVpc());
        if (value is null)
        {
            parameters.Remove(name);
        }
        else
        {
            parameters[name] = value;
        }

        Assert.Equal(code, _h.Fails("CreateRouterInterface", parameters).Code);
    }

    [Fact]
    public void CreateRouterInterface_AcceptorWithRealSpec_IsInvalidParameter()
    {
        var parameters = Create(_h.CreateVpc());
        parameters["Role"] = "AcceptingSide";

        Assert.Equal("InvalidParameter", _h.Fails("CreateRouterInterface", parameters).Code);
    }

    [Fact]
    public void CreateRouterInterface_PrePaidWithoutAutoPay_IsRefused()
    {
        var parameters = Create(_h.CreateVpc());
        parameters["InstanceChargeType"] = "PrePaid";
        parameters["Period"] = "3";

        Assert.Equal("InvalidParameter", _h.Fails("CreateRouterInterface", parameters).Code);
    }

    [Fact]
    public void CreateRouterInterface_PrePaidYearlyPeriodFour_IsInvalidParameter()
    {
        var parameters = Create(_h.CreateVpc());
        parameters["InstanceChargeType"] = "PrePaid";
        parameters["PricingCycle"] = "Year";
        parameters["Period"] = "4";
        parameters["AutoPay"] = "true";

        Assert.Equal("InvalidParameter", _h.Fails("CreateRouterInterface", parameters).Code);
    }

    [Fact]
    public void ModifyRouterInterfaceAttribute_OppositeInfoWhileActive_IsIncorrectStatus()
    {
        var pair = _h.ActivePair();

        Assert.Equal("IncorrectStatus", _h.Fails("ModifyRouterInterfaceAttribute", new()
        {
            ["RegionId"] = StateHarness.Region,
            ["RouterInterfaceId"] = pair.Initiator,
            ["OppositeInterfaceId"] = "ri-other",
        }).Code);
    }

    [Fact]
    public void ModifyRouterInterfaceAttribute_NameWhileActive_IsApplied()
    {
        var pair = _h.ActivePair();

        _h.Call("ModifyRouterInterfaceAttribute", new() { ["RegionId"] = StateHarness.Region, ["RouterInterfaceId"] = pair.Initiator, ["Name"] = "link-a", ["HcRate"] = "2000" });

        Assert.Equal("link-a", _h.Describe(pair.Initiator).GetProperty("Name").GetString());
        Assert.Equal(2000, _h.Describe(pair.Initiator).GetProperty("HcRate").GetInt32());
    }

    [Fact]
    public void LockedInterface_AnyChange_IsOperationLocked()
    {
        var pair = _h.ActivePair();
        _h.Store.Write(s => s.Data.FindRouterInterfaceAnywhere(pair.Initiator)!.OperationLocked = true);

        Assert.Equal("OperationFailed.OperationLocked", _h.Fails("DeactivateRouterInterface", new() { ["RegionId"] = StateHarness.Region, ["RouterInterfaceId"] = pair.Initiator }).Code);
    }

    [Fact]
    public void CreateRouteEntry_DuplicateCidr_IsDuplicate()
    {
        var pair = _h.ConfiguredPair();
        _h.AddRouteEntry(pair.Left, pair.Initiator);

        Assert.Equal("InvalidCIDRBlock.Duplicate", Assert.Throws<Protocol.ApiException>(() => _h.AddRouteEntry(pair.Left, pair.Initiator)).Code);
    }

    [Fact]
    public void CreateRouteEntry_RouterInterfaceOnAnotherRouter_IsNextHopNotFound()
    {
        var pair = _h.ConfiguredPair();

        Assert.Equal("InvalidNextHop.NotFound", Assert.Throws<Protocol.ApiException>(() => _h.AddRouteEntry(pair.Left, "ri-elsewhere")).Code);
    }

    [Fact]
    public void CreateRouteEntry_DryRun_IsDryRunOperationAndCreatesNothing()
    {
        var vpc = _h.CreateVpc();
        var before = _h.Store.Read(s => s.Data.RouteEntries.Count);

        var error = _h.Fails("CreateRouteEntry", new() { ["RegionId"] = vpc.Region, ["RouteTableId"] = vpc.RouteTableId, ["DestinationCidrBlock"] = "10.0.0.0/8", ["NextHopId"] = "i-1", ["DryRun"] = "true" });

        Assert.Equal("DryRunOperation", error.Code);
        Assert.Equal(before, _h.Store.Read(s => s.Data.RouteEntries.Count));
    }

    [Fact]
    public void DeleteRouteEntry_PendingEntry_IsIncorrectRouteEntryStatusThenDeletable()
    {
        var pair = _h.ConfiguredPair();
        var entry = _h.AddRouteEntry(pair.Left, pair.Initiator);
        var delete = new Dictionary<string, string> { ["RegionId"] = StateHarness.Region, ["RouteEntryId"] = entry };

        var pending = _h.Fails("DeleteRouteEntry", delete).Code;
        _h.Advance(1);
        _h.Call("DeleteRouteEntry", delete);
        _h.Advance(1);

        Assert.Equal("IncorrectRouteEntryStatus", pending);
        Assert.Equal("InvalidRouteEntry.NotFound", _h.Fails("DeleteRouteEntry", delete).Code);
    }

    [Fact]
    public void DeleteRouteEntry_SystemEntry_IsOperationDenied()
    {
        var vpc = _h.CreateVpc();

        Assert.Equal("OperationDenied", _h.Fails("DeleteRouteEntry", new() { ["RegionId"] = vpc.Region, ["RouteTableId"] = vpc.RouteTableId, ["DestinationCidrBlock"] = "100.64.0.0/10" }).Code);
    }
}
