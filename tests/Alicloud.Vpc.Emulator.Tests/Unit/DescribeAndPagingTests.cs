using System.Text.Json;
using Alicloud.Vpc.Emulator.Tests.Support;

namespace Alicloud.Vpc.Emulator.Tests.Unit;

public sealed class DescribeAndPagingTests
{
    private readonly StateHarness _h = new();

    private List<string> CreateInterfaces(int count)
    {
        _h.Limits.RouterInterfacesPerRouter = 100;
        var vpc = _h.CreateVpc();
        return Enumerable.Range(0, count).Select(_ => _h.CreateInitiator(vpc, StateHarness.OtherRegion)).ToList();
    }

    private JsonElement List(Dictionary<string, string> extra)
    {
        var parameters = new Dictionary<string, string>(extra) { ["RegionId"] = StateHarness.Region };
        return _h.Call("DescribeRouterInterfaces", parameters);
    }

    private static string[] Ids(JsonElement result) =>
        result.GetProperty("RouterInterfaceSet").GetProperty("RouterInterfaceType").EnumerateArray().Select(e => e.GetProperty("RouterInterfaceId").GetString()!).ToArray();

    [Fact]
    public void DescribeRouterInterfaces_DefaultPage_IsTenWithTotalCount()
    {
        CreateInterfaces(12);

        var result = List([]);

        Assert.Equal(12, result.GetProperty("TotalCount").GetInt32());
        Assert.Equal(10, result.GetProperty("PageSize").GetInt32());
        Assert.Equal(10, Ids(result).Length);
    }

    [Fact]
    public void DescribeRouterInterfaces_Pages_CoverEveryInterfaceOnce()
    {
        var ids = CreateInterfaces(12);

        var pages = Enumerable.Range(1, 3).SelectMany(n => Ids(List(new() { ["PageSize"] = "5", ["PageNumber"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) }))).ToArray();

        Assert.Equal(ids, pages);
    }

    [Theory]
    [InlineData("PageSize", "51")]
    [InlineData("PageSize", "0")]
    [InlineData("PageNumber", "0")]
    [InlineData("PageSize", "ten")]
    public void DescribeRouterInterfaces_OutOfRangePaging_IsInvalidParameter(string name, string value)
    {
        Assert.Equal("InvalidParameter", _h.Fails("DescribeRouterInterfaces", new() { ["RegionId"] = StateHarness.Region, [name] = value }).Code);
    }

    [Fact]
    public void DescribeRouterInterfaces_ValuesOfOneKey_AreOred()
    {
        var ids = CreateInterfaces(4);

        var result = List(new() { ["Filter.1.Key"] = "RouterInterfaceId", ["Filter.1.Value.1"] = ids[0], ["Filter.1.Value.2"] = ids[2] });

        Assert.Equal(new[] { ids[0], ids[2] }, Ids(result));
    }

    [Fact]
    public void DescribeRouterInterfaces_DifferentKeys_AreAnded()
    {
        var ids = CreateInterfaces(3);
        _h.Call("DeleteRouterInterface", new() { ["RegionId"] = StateHarness.Region, ["RouterInterfaceId"] = ids[1] });

        var result = List(new()
        {
            ["Filter.1.Key"] = "RouterInterfaceId",
            ["Filter.1.Value.1"] = ids[0],
            ["Filter.1.Value.2"] = ids[1],
            ["Filter.2.Key"] = "Status",
            ["Filter.2.Value.1"] = "Deleting",
        });

        Assert.Equal(new[] { ids[1] }, Ids(result));
    }

    [Fact]
    public void DescribeRouterInterfaces_UnknownId_IsEmptyNotAnError()
    {
        var result = List(new() { ["Filter.1.Key"] = "RouterInterfaceId", ["Filter.1.Value.1"] = "ri-unknown" });

        Assert.Equal(0, result.GetProperty("TotalCount").GetInt32());
        Assert.Empty(Ids(result));
    }

    [Fact]
    public void DescribeRouterInterfaces_UnknownFilterKey_IsInvalidParameter()
    {
        Assert.Equal("InvalidParameter", _h.Fails("DescribeRouterInterfaces", new() { ["RegionId"] = StateHarness.Region, ["Filter.1.Key"] = "Colour", ["Filter.1.Value.1"] = "x" }).Code);
    }

    [Fact]
    public void DescribeRouterInterfaces_OtherAccountsInterfaces_AreInvisible()
    {
        CreateInterfaces(2);

        Assert.Equal(0, _h.Call("DescribeRouterInterfaces", new() { ["RegionId"] = StateHarness.Region }, StateHarness.Peer).GetProperty("TotalCount").GetInt32());
    }

    [Fact]
    public void DescribeRouterInterfaces_Item_HasEveryDocumentedField()
    {
        var id = CreateInterfaces(1)[0];

        var item = _h.Describe(id);

        string[] fields =
        [
            "AccessPointId", "Bandwidth", "BusinessStatus", "ChargeType", "ConnectedTime", "CreationTime", "CrossBorder", "Description", "EndTime",
            "FastLinkMode", "HasReservationData", "HcRate", "HcThreshold", "HealthCheckSourceIp", "HealthCheckTargetIp", "Ipv6Status", "Name",
            "OppositeAccessPointId", "OppositeBandwidth", "OppositeInterfaceBusinessStatus", "OppositeInterfaceId", "OppositeInterfaceOwnerId",
            "OppositeInterfaceSpec", "OppositeInterfaceStatus", "OppositeRegionId", "OppositeRouterId", "OppositeRouterType", "OppositeVpcInstanceId",
            "ReservationActiveTime", "ReservationBandwidth", "ReservationInternetChargeType", "ReservationOrderType", "ResourceGroupId", "Role",
            "RouterId", "RouterInterfaceId", "RouterType", "Spec", "Status", "Tags", "VpcInstanceId",
        ];
        foreach (var field in fields)
        {
            Assert.True(item.TryGetProperty(field, out _), field);
        }

        Assert.Equal(JsonValueKind.Array, item.GetProperty("Tags").GetProperty("Tags").ValueKind);
    }

    [Fact]
    public void DescribeRouterInterfaceAttribute_KnownId_IsFlatWithStringFastLinkMode()
    {
        var id = CreateInterfaces(1)[0];

        var result = _h.Call("DescribeRouterInterfaceAttribute", new() { ["RegionId"] = StateHarness.Region, ["InstanceId"] = id });

        Assert.Equal(id, result.GetProperty("RouterInterfaceId").GetString());
        Assert.Equal("false", result.GetProperty("FastLinkMode").GetString());
        Assert.True(result.GetProperty("Success").GetBoolean());
    }

    [Fact]
    public void CreateRouterInterface_BeyondPerRouterLimit_IsQuotaExceeded()
    {
        var vpc = _h.CreateVpc();
        for (var i = 0; i < 5; i++)
        {
            _h.CreateInitiator(vpc, StateHarness.OtherRegion);
        }

        Assert.Equal("QuotaExceeded.RouterInterface", Assert.Throws<Protocol.ApiException>(() => _h.CreateInitiator(vpc, StateHarness.OtherRegion)).Code);
    }

    [Fact]
    public void DescribeRouteEntryList_NextToken_WalksEveryEntryOnce()
    {
        var vpc = _h.CreateVpc();
        var created = Enumerable.Range(1, 7).Select(i =>
        {
            var id = _h.Call("CreateRouteEntry", new()
            {
                ["RegionId"] = StateHarness.Region,
                ["RouteTableId"] = vpc.RouteTableId,
                ["DestinationCidrBlock"] = $"10.{i}.0.0/16",
                ["NextHopId"] = "i-instance",
            }).GetProperty("RouteEntryId").GetString()!;
            _h.Advance(1); // one route change at a time per table (A4)
            return id;
        }).ToList();
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var parameters = new Dictionary<string, string> { ["RegionId"] = StateHarness.Region, ["RouteTableId"] = vpc.RouteTableId, ["MaxResult"] = "3", ["RouteEntryType"] = "Custom" };
            if (token is not null)
            {
                parameters["NextToken"] = token;
            }

            var result = _h.Call("DescribeRouteEntryList", parameters);
            seen.AddRange(result.GetProperty("RouteEntrys").GetProperty("RouteEntry").EnumerateArray().Select(e => e.GetProperty("RouteEntryId").GetString()!));
            token = result.GetProperty("NextToken").GetString();
            pages++;
        }
        while (!string.IsNullOrEmpty(token) && pages < 10);

        Assert.Equal(created, seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public void DescribeRouteEntryList_FilterByNextHop_ShowsRouterInterfaceHop()
    {
        var pair = _h.ActivePair();
        _h.AddRouteEntry(pair.Left, pair.Initiator);

        var result = _h.Call("DescribeRouteEntryList", new() { ["RegionId"] = StateHarness.Region, ["RouteTableId"] = pair.Left.RouteTableId, ["NextHopId"] = pair.Initiator });
        var hop = result.GetProperty("RouteEntrys").GetProperty("RouteEntry")[0].GetProperty("NextHops").GetProperty("NextHop")[0];

        Assert.Equal("RouterInterface", hop.GetProperty("NextHopType").GetString());
        Assert.Equal(pair.Right.VpcId, hop.GetProperty("NextHopRelatedInfo").GetProperty("InstanceId").GetString());
        Assert.Equal(1, result.GetProperty("TotalCount").GetInt32());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    public void DescribeRouteEntryList_MaxResultOutOfRange_IsInvalidParameter(string maxResult)
    {
        var vpc = _h.CreateVpc();

        Assert.Equal("InvalidParameter", _h.Fails("DescribeRouteEntryList", new() { ["RegionId"] = StateHarness.Region, ["RouteTableId"] = vpc.RouteTableId, ["MaxResult"] = maxResult }).Code);
    }

    [Fact]
    public void DescribeRouteTableList_ByVpcAndByVbr_FindsTheRightTables()
    {
        var vpc = _h.CreateVpc();
        _h.CreateVpc();
        var vbr = _h.Store.Write(s => Admin.SeedApplier.Apply(new Admin.SeedBody([new Admin.SeedVbr(StateHarness.Dev.AccountId, StateHarness.Region, null, null)], null, null), s)).Vbrs[0];

        var byVpc = _h.Call("DescribeRouteTableList", new() { ["RegionId"] = StateHarness.Region, ["VpcId"] = vpc.VpcId });
        var byVbr = _h.Call("DescribeRouteTableList", new() { ["RegionId"] = StateHarness.Region, ["RouterType"] = "VBR" });
        var all = _h.Call("DescribeRouteTableList", new() { ["RegionId"] = StateHarness.Region, ["PageSize"] = "1" });

        Assert.Equal(vpc.RouteTableId, byVpc.GetProperty("RouterTableList").GetProperty("RouterTableListType")[0].GetProperty("RouteTableId").GetString());
        Assert.Equal(vbr.RouteTableId, byVbr.GetProperty("RouterTableList").GetProperty("RouterTableListType")[0].GetProperty("RouteTableId").GetString());
        Assert.Equal(2, all.GetProperty("TotalCount").GetInt32());
        Assert.Equal(1, all.GetProperty("RouterTableList").GetProperty("RouterTableListType").GetArrayLength());
    }

    [Fact]
    public void CreateRouterInterface_OnSeededVbr_InheritsAccessPoint()
    {
        var vbr = _h.Store.Write(s => Admin.SeedApplier.Apply(new Admin.SeedBody([new Admin.SeedVbr(StateHarness.Dev.AccountId, StateHarness.Region, "vbr-test1", "ap-cn-hangzhou-test")], null, null), s)).Vbrs[0];

        var id = _h.Call("CreateRouterInterface", new()
        {
            ["RegionId"] = StateHarness.Region,
            ["Role"] = "InitiatingSide",
            ["RouterType"] = "VBR",
            ["RouterId"] = vbr.VbrId,
            ["Spec"] = "Small.1",
            ["OppositeRegionId"] = StateHarness.Region,
        }).GetProperty("RouterInterfaceId").GetString()!;

        Assert.Equal("ap-cn-hangzhou-test", _h.Describe(id).GetProperty("AccessPointId").GetString());
    }
}
