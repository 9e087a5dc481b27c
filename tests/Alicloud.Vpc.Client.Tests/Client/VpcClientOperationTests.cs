using System.Globalization;
using System.Net;
using System.Text.Json;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Alicloud.Vpc.Client.Tests.Support;
using RegionInfo = Alicloud.RouterInterface.Testing.Cloud.RegionInfo;

namespace Alicloud.Vpc.Client.Tests.Client;

public sealed class VpcClientOperationTests
{
    private readonly ObservedTimeProvider _time = new();

    private static string RouterInterfacesPage(IEnumerable<string> ids, int totalCount, int pageNumber = 1) =>
        JsonSerializer.Serialize(new
        {
            RequestId = "R",
            TotalCount = totalCount,
            PageNumber = pageNumber,
            PageSize = 50,
            RouterInterfaceSet = new
            {
                RouterInterfaceType = ids.Select(id => new { RouterInterfaceId = id, Status = "Active", ChargeType = "AfterPay", Bandwidth = 10, Spec = "Small.1", OppositeInterfaceOwnerId = 1000000000000002L }).ToArray(),
            },
        });

    [Fact]
    public async Task AnyCall_RpcV1_SendsCommonParametersAsPostQueryToRegionalEndpoint()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Ok());
        var client = TestClients.Create(handler, _time);

        await client.ConnectRouterInterfaceAsync("ap-southeast-1", "ri-9", CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://vpc.ap-southeast-1.aliyuncs.com/", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("ConnectRouterInterface", request.Param("Action"));
        Assert.Equal("2016-04-28", request.Param("Version"));
        Assert.Equal("JSON", request.Param("Format"));
        Assert.Equal(TestClients.AccessKeyId, request.Param("AccessKeyId"));
        Assert.Equal("HMAC-SHA1", request.Param("SignatureMethod"));
        Assert.Equal("1.0", request.Param("SignatureVersion"));
        Assert.True(Guid.TryParse(request.Param("SignatureNonce"), out _));
        Assert.Equal(_time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), request.Param("Timestamp"));
        Assert.Equal("ap-southeast-1", request.Param("RegionId"));
        Assert.Equal("ri-9", request.Param("RouterInterfaceId"));
        Assert.Null(request.Param("SecurityToken"));
        Assert.False(string.IsNullOrEmpty(request.Param("Signature")));
        Assert.Equal(TestClients.Options.UserAgent, request.Headers["user-agent"]);
    }

    [Fact]
    public async Task AnyCall_SignatureOnTheWire_VerifiesWithTheSecret()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Ok());
        var client = TestClients.Create(handler, _time);

        await client.DeleteExpressConnectAsync("cn-hangzhou", "ri-1 *~é", force: true, "token+/=", CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        var unsigned = request.Query.Where(p => p.Key != "Signature").ToList();
        Assert.Equal(Alicloud.Vpc.Client.Signing.RpcSignatureV1.Sign("POST", unsigned, TestClients.AccessKeySecret), request.Param("Signature"));
        Assert.Equal("ri-1 *~é", request.Param("RouterInterfaceId"));
        Assert.Equal("token+/=", request.Param("ClientToken"));
        Assert.Equal("true", request.Param("Force"));
    }

    [Fact]
    public async Task AnyCall_StsCredentials_SendSecurityToken()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Ok());
        var client = TestClients.Create(handler, _time, settings: TestClients.Settings(securityToken: "sts-token-1"));

        await client.ActivateRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None);

        Assert.Equal("sts-token-1", Assert.Single(handler.Requests).Param("SecurityToken"));
    }

    [Fact]
    public async Task AnyCall_Acs3Selected_SendsAuthorizationHeaderAndBusinessQueryOnly()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Ok());
        var client = TestClients.Create(
            handler,
            _time,
            TestClients.Options,
            TestClients.Settings("http://127.0.0.1:5555", securityToken: "sts-2", VpcSignatureVersion.Acs3HmacSha256));

        await client.DeactivateRouterInterfaceAsync("cn-hangzhou", "ri-3", CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("http://127.0.0.1:5555/", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal(["RegionId", "RouterInterfaceId"], request.Query.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("DeactivateRouterInterface", request.Headers["x-acs-action"]);
        Assert.Equal("2016-04-28", request.Headers["x-acs-version"]);
        Assert.Equal("sts-2", request.Headers["x-acs-security-token"]);
        Assert.StartsWith(
            $"ACS3-HMAC-SHA256 Credential={TestClients.AccessKeyId},SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,Signature=",
            request.Headers["authorization"],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeRouterInterfaces_ManyIds_BatchedIntoOneFilterPerChunk()
    {
        var ids = Enumerable.Range(1, 120).Select(i => $"ri-{i:D3}").ToList();
        var handler = new StubHttpHandler(request =>
        {
            var values = request.Query.Where(p => p.Key.StartsWith("Filter.1.Value.", StringComparison.Ordinal)).Select(p => p.Value).ToList();
            return StubHttpHandler.Ok(RouterInterfacesPage(values, values.Count));
        });
        var client = TestClients.Create(handler, _time);

        var found = await client.DescribeRouterInterfacesAsync("cn-hangzhou", [.. ids, .. ids.Take(5)], CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count); // 50 + 50 + 20, duplicates removed
        Assert.All(handler.Requests, r => Assert.Equal("RouterInterfaceId", r.Param("Filter.1.Key")));
        Assert.Equal("ri-050", handler.Requests[0].Param("Filter.1.Value.50"));
        Assert.Null(handler.Requests[0].Param("Filter.1.Value.51"));
        Assert.Equal("ri-120", handler.Requests[2].Param("Filter.1.Value.20"));
        Assert.Equal(ids, found.Select(ri => ri.RouterInterfaceId));
        Assert.All(found, ri => Assert.Equal("cn-hangzhou", ri.RegionId));
    }

    [Fact]
    public async Task DescribeRouterInterfaces_ChunkSizeFromOptions_IsUsed()
    {
        var handler = new StubHttpHandler(_ => StubHttpHandler.Ok(RouterInterfacesPage([], 0)));
        var client = TestClients.Create(handler, _time, TestClients.Options with { MaxIdsPerDescribe = 7 });

        await client.DescribeRouterInterfacesAsync("cn-hangzhou", Enumerable.Range(0, 15).Select(i => $"ri-{i}").ToList(), CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task DescribeRouterInterfaces_NoIds_MakesNoCall()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Ok());
        var client = TestClients.Create(handler, _time);

        Assert.Empty(await client.DescribeRouterInterfacesAsync("cn-hangzhou", [], CancellationToken.None));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task ListRouterInterfaces_MoreThanOnePage_ReadsAllPagesWithPageSize50()
    {
        var all = Enumerable.Range(1, 123).Select(i => $"ri-{i}").ToList();
        var handler = new StubHttpHandler(request =>
        {
            var page = int.Parse(request.Param("PageNumber")!, CultureInfo.InvariantCulture);
            var size = int.Parse(request.Param("PageSize")!, CultureInfo.InvariantCulture);
            return StubHttpHandler.Ok(RouterInterfacesPage(all.Skip((page - 1) * size).Take(size), all.Count, page));
        });
        var client = TestClients.Create(handler, _time);

        var found = await client.ListRouterInterfacesAsync(
            "cn-hangzhou",
            new Dictionary<string, IReadOnlyList<string>> { ["RouterId"] = ["vrt-1"], ["Status"] = ["Active", "Inactive"] },
            CancellationToken.None);

        Assert.Equal(all, found.Select(ri => ri.RouterInterfaceId));
        Assert.Equal(["1", "2", "3"], handler.Requests.Select(r => r.Param("PageNumber")));
        Assert.All(handler.Requests, r => Assert.Equal("50", r.Param("PageSize")));
        Assert.Equal("Inactive", handler.Requests[0].Param("Filter.2.Value.2"));
    }

    [Fact]
    public async Task DescribeRouterInterface_Found_MapsFieldsAndSetsRegion()
    {
        const string Body = """
            {"RequestId":"R","TotalCount":1,"RouterInterfaceSet":{"RouterInterfaceType":[{
              "RouterInterfaceId":"ri-1","Name":"n","Description":"d","Role":"InitiatingSide","RouterId":"vrt-1","RouterType":"VRouter",
              "Spec":"Large.2","Status":"Inactive","BusinessStatus":"Normal","ChargeType":"Prepaid","Bandwidth":"2000",
              "CreationTime":"2026-01-01T00:00:00Z","ConnectedTime":"c","EndTime":"2999-09-08T16:00:00Z","AccessPointId":"ap-1",
              "OppositeAccessPointId":"ap-2","OppositeRegionId":"cn-shanghai","OppositeRouterId":"vrt-2","OppositeRouterType":"VRouter",
              "OppositeInterfaceId":"ri-2","OppositeInterfaceOwnerId":1000000000000002,"OppositeInterfaceStatus":"Inactive",
              "OppositeInterfaceBusinessStatus":"Normal","OppositeInterfaceSpec":"Negative","HealthCheckSourceIp":"1.1.1.1",
              "HealthCheckTargetIp":"2.2.2.2","VpcInstanceId":"vpc-1","OppositeVpcInstanceId":"vpc-2","Unknown":{"x":1}}]}}
            """;
        var client = TestClients.Create(StubHttpHandler.Sequence(() => StubHttpHandler.Ok(Body)), _time);

        var ri = await client.DescribeRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None);

        Assert.NotNull(ri);
        Assert.Equal(
            new RouterInterfaceInfo
            {
                RouterInterfaceId = "ri-1", RegionId = "cn-hangzhou", Name = "n", Description = "d", Role = "InitiatingSide", RouterId = "vrt-1",
                RouterType = "VRouter", Spec = "Large.2", Status = "Inactive", BusinessStatus = "Normal", ChargeType = "Prepaid", Bandwidth = 2000,
                CreationTime = "2026-01-01T00:00:00Z", ConnectedTime = "c", EndTime = "2999-09-08T16:00:00Z", AccessPointId = "ap-1",
                OppositeAccessPointId = "ap-2", OppositeRegionId = "cn-shanghai", OppositeRouterId = "vrt-2", OppositeRouterType = "VRouter",
                OppositeInterfaceId = "ri-2", OppositeInterfaceOwnerId = "1000000000000002", OppositeInterfaceStatus = "Inactive",
                OppositeInterfaceBusinessStatus = "Normal", OppositeInterfaceSpec = "Negative", HealthCheckSourceIp = "1.1.1.1",
                HealthCheckTargetIp = "2.2.2.2", VpcInstanceId = "vpc-1", OppositeVpcInstanceId = "vpc-2",
            },
            ri);
    }

    [Theory]
    [InlineData("""{"RequestId":"R","TotalCount":0,"RouterInterfaceSet":{"RouterInterfaceType":[]}}""")]
    [InlineData("""{"RequestId":"R","TotalCount":1,"RouterInterfaceSet":{"RouterInterfaceType":[{"RouterInterfaceId":"ri-other"}]}}""")]
    [InlineData("""{"RequestId":"R"}""")]
    [InlineData("""{"RequestId":"R","TotalCount":1,"RouterInterfaceSet":{"RouterInterfaceType":[{"RouterInterfaceId":"ri-1","Status":"Deleted"}]}}""")] // B4
    public async Task DescribeRouterInterface_AbsentFromAnswerOrListedDeleted_ReturnsNull(string body)
    {
        var client = TestClients.Create(StubHttpHandler.Sequence(() => StubHttpHandler.Ok(body)), _time);
        Assert.Null(await client.DescribeRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None));
    }

    [Theory]
    [InlineData(AlibabaErrorCodes.InvalidRouterInterfaceIdNotFound)]
    [InlineData(AlibabaErrorCodes.InvalidInstanceIdNotFound)]
    public async Task DescribeRouterInterface_NotFoundError_ReturnsNull(string code)
    {
        var client = TestClients.Create(StubHttpHandler.Sequence(() => StubHttpHandler.Error(HttpStatusCode.NotFound, code)), _time);
        Assert.Null(await client.DescribeRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None));
    }

    [Fact]
    public async Task DescribeRouterInterface_OtherError_Throws()
    {
        var client = TestClients.Create(StubHttpHandler.Sequence(() => StubHttpHandler.Error(HttpStatusCode.NotFound, AlibabaErrorCodes.InvalidRegionIdNotFound)), _time);
        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() => client.DescribeRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None));
        Assert.Equal(AlibabaErrorCodes.InvalidRegionIdNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task DescribeRouteEntries_NextTokenPaging_ReadsUntilEmptyTokenWithMaxResult100()
    {
        var handler = new StubHttpHandler(request =>
        {
            var token = request.Param("NextToken");
            var (entryId, next) = token switch { null => ("rte-1", "t1"), "t1" => ("rte-2", "t2"), _ => ("rte-3", "") };
            return StubHttpHandler.Ok(JsonSerializer.Serialize(new
            {
                RequestId = "R",
                NextToken = next,
                RouteEntrys = new
                {
                    RouteEntry = new[]
                    {
                        new
                        {
                            RouteEntryId = entryId, RouteTableId = "vtb-1", DestinationCidrBlock = "10.0.0.0/24", Type = "Custom", Status = "Available",
                            NextHops = new { NextHop = new[] { new { NextHopId = "ri-7", NextHopType = "RouterInterface", Enabled = 1 } } },
                        },
                    },
                },
            }));
        });
        var client = TestClients.Create(handler, _time);

        var entries = await client.DescribeRouteEntriesAsync("cn-hangzhou", "vtb-1", "ri-7", CancellationToken.None);

        Assert.Equal(["rte-1", "rte-2", "rte-3"], entries.Select(e => e.RouteEntryId));
        Assert.All(entries, e => Assert.Equal(("RouterInterface", "ri-7"), (e.NextHopType, e.NextHopId)));
        Assert.All(handler.Requests, r => Assert.Equal("100", r.Param("MaxResult")));
        Assert.All(handler.Requests, r => Assert.Equal("ri-7", r.Param("NextHopId")));
        Assert.Equal([null, "t1", "t2"], handler.Requests.Select(r => r.Param("NextToken")));
    }

    // A2: the SDK's DescribeRouteEntryListResponseBody carries every hop of an ECMP entry in NextHops.NextHop[].
    [Fact]
    public async Task DescribeRouteEntries_EcmpEntry_ReadsEveryNextHop()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Ok("""
            {"RequestId":"R","NextToken":"","RouteEntrys":{"RouteEntry":[
              {"RouteEntryId":"rte-e","RouteTableId":"vtb-1","DestinationCidrBlock":"10.8.0.0/16","Type":"Custom","Status":"Available",
               "NextHops":{"NextHop":[
                 {"NextHopId":"ri-a","NextHopType":"RouterInterface","Enabled":1,"Weight":100},
                 {"NextHopId":"ri-b","NextHopType":"RouterInterface","Enabled":1,"Weight":100}]}},
              {"RouteEntryId":"rte-flat","RouteTableId":"vtb-1","DestinationCidrBlock":"10.9.0.0/16","Type":"Custom","Status":"Available",
               "NextHopType":"RouterInterface","NextHopId":"ri-c"}]}}
            """));
        var client = TestClients.Create(handler, _time);

        var entries = await client.DescribeRouteEntriesAsync("cn-hangzhou", "vtb-1", null, CancellationToken.None);

        var ecmp = entries.Single(e => e.RouteEntryId == "rte-e");
        Assert.Equal([new RouteNextHop("RouterInterface", "ri-a"), new RouteNextHop("RouterInterface", "ri-b")], ecmp.NextHops);
        Assert.Equal("ri-a", ecmp.NextHopId);
        Assert.True(ecmp.RoutesThrough("ri-b"));
        Assert.False(ecmp.RoutesThrough("ri-c"));
        var flat = entries.Single(e => e.RouteEntryId == "rte-flat");
        Assert.Equal([new RouteNextHop("RouterInterface", "ri-c")], flat.NextHops);
        Assert.True(flat.RoutesThrough("ri-c"));
    }

    [Fact]
    public async Task DescribeRouteEntries_ServerRepeatsToken_FailsInsteadOfLooping()
    {
        var client = TestClients.Create(
            new StubHttpHandler(_ => StubHttpHandler.Ok("""{"RequestId":"R","NextToken":"same","RouteEntrys":{"RouteEntry":[]}}""")),
            _time);

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() => client.DescribeRouteEntriesAsync("cn-hangzhou", "vtb-1", null, CancellationToken.None));

        Assert.Equal(AlibabaErrorCodes.UnexpectedResponse, error.ErrorCode);
    }

    [Fact]
    public async Task DescribeRouteTables_Answer_MapsRouterTableList()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Ok("""
            {"RequestId":"R","TotalCount":1,"RouterTableList":{"RouterTableListType":[
              {"RouteTableId":"vtb-1","RouteTableType":"System","RouterId":"vrt-1","RouterType":"VRouter","VpcId":"vpc-1","Status":"Available"}]}}
            """));
        var client = TestClients.Create(handler, _time);

        var tables = await client.DescribeRouteTablesAsync("cn-hangzhou", "vrt-1", "VRouter", CancellationToken.None);

        Assert.Equal([new RouteTableInfo("vtb-1", "System", "vrt-1", "VRouter", "vpc-1", "Available")], tables);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(("DescribeRouteTableList", "vrt-1", "VRouter", "50"), (request.Action, request.Param("RouterId"), request.Param("RouterType"), request.Param("PageSize")));
    }

    [Fact]
    public async Task DescribeRouteTablePage_AsksOnePageOfTheRegionWithoutRouterId()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Ok("""
            {"RequestId":"R","PageNumber":2,"PageSize":50,"TotalCount":51,"RouterTableList":{"RouterTableListType":[
              {"RouteTableId":"vtb-51","RouteTableType":"Custom","RouterId":"vrt-9","RouterType":"VRouter","VpcId":"vpc-9","Status":"Available"}]}}
            """));
        var client = TestClients.Create(handler, _time);

        var page = await client.DescribeRouteTablePageAsync("cn-hangzhou", "VRouter", 2, CancellationToken.None);

        Assert.Equal([new RouteTableInfo("vtb-51", "Custom", "vrt-9", "VRouter", "vpc-9", "Available")], page.Tables);
        Assert.Equal((51, 50), (page.TotalCount, page.PageSize));
        var request = Assert.Single(handler.Requests);
        Assert.Equal(("DescribeRouteTableList", null, "VRouter", "2", "50"), (request.Action, request.Param("RouterId"), request.Param("RouterType"), request.Param("PageNumber"), request.Param("PageSize")));
    }

    [Fact]
    public async Task DescribeVpcsAndRegions_Answers_MapWrappedLists()
    {
        var handler = new StubHttpHandler(request => StubHttpHandler.Ok(request.Action == "DescribeRegions"
            ? """{"RequestId":"R","Regions":{"Region":[{"RegionId":"cn-hangzhou","LocalName":"华东1（杭州）"},{"RegionId":"cn-shanghai","LocalName":"Shanghai"}]}}"""
            : """{"RequestId":"R","TotalCount":1,"Vpcs":{"Vpc":[{"VpcId":"vpc-1","RegionId":"cn-hangzhou","Status":"Available","VRouterId":"vrt-1","CidrBlock":"10.0.0.0/8","VpcName":"v"}]}}"""));
        var client = TestClients.Create(handler, _time);

        var regions = await client.DescribeRegionsAsync(CancellationToken.None);
        var vpcs = await client.DescribeVpcsAsync("cn-hangzhou", "vpc-1", CancellationToken.None);

        Assert.Equal([new RegionInfo("cn-hangzhou", "华东1（杭州）"), new RegionInfo("cn-shanghai", "Shanghai")], regions);
        Assert.Equal([new VpcInfo("vpc-1", "cn-hangzhou", "Available", "vrt-1", "10.0.0.0/8", "v")], vpcs);
        Assert.Equal(TestClients.Region, handler.Requests[0].Param("RegionId"));
        Assert.Equal("vpc-1", handler.Requests[1].Param("VpcId"));
    }

    [Fact]
    public async Task CreateCalls_Answers_ReturnIds()
    {
        var handler = new StubHttpHandler(request => StubHttpHandler.Ok(request.Action switch
        {
            "CreateVpc" => """{"RequestId":"R","VpcId":"vpc-9","VRouterId":"vrt-9","RouteTableId":"vtb-9"}""",
            "CreateRouterInterface" => """{"RequestId":"R","RouterInterfaceId":"ri-9"}""",
            _ => """{"RequestId":"R","RouteEntryId":"rte-9"}""",
        }));
        var client = TestClients.Create(handler, _time);

        var vpc = await client.CreateVpcAsync(new CreateVpcRequest { RegionId = "cn-hangzhou", CidrBlock = "10.0.0.0/8", ClientToken = "c1" }, CancellationToken.None);
        var ri = await client.CreateRouterInterfaceAsync(
            new CreateRouterInterfaceRequest
            {
                RegionId = "cn-hangzhou", Role = "InitiatingSide", RouterType = "VRouter", RouterId = "vrt-9", Spec = "Small.1",
                OppositeRegionId = "cn-shanghai", InstanceChargeType = "PrePaid", Period = 1, AutoPay = true, ClientToken = "c2",
            },
            CancellationToken.None);
        var rte = await client.CreateRouteEntryAsync(
            new CreateRouteEntryRequest { RegionId = "cn-hangzhou", RouteTableId = "vtb-9", DestinationCidrBlock = "192.168.0.0/16", NextHopType = "RouterInterface", NextHopId = "ri-9" },
            CancellationToken.None);

        Assert.Equal(new CreateVpcResult("vpc-9", "vrt-9", "vtb-9"), vpc);
        Assert.Equal("ri-9", ri);
        Assert.Equal("rte-9", rte);
        var create = handler.Requests[1];
        Assert.Equal(("PrePaid", "1", "true", "c2"), (create.Param("InstanceChargeType"), create.Param("Period"), create.Param("AutoPay"), create.Param("ClientToken")));
        Assert.Null(create.Param("OppositeRouterId"));
    }

    [Fact]
    public async Task CreateRouteEntry_NextHopList_SendsOneRouterInterfaceHopEachAndNoSingleHop()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Ok("""{"RequestId":"R","RouteEntryId":"rte-e"}"""));
        var client = TestClients.Create(handler, _time);

        var id = await client.CreateRouteEntryAsync(
            new CreateRouteEntryRequest { RegionId = "cn-hangzhou", RouteTableId = "vtb-9", DestinationCidrBlock = "10.8.0.0/16", NextHopList = ["ri-a", "ri-b"] },
            CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("rte-e", id);
        Assert.Equal(("ri-a", "RouterInterface", "ri-b", "RouterInterface"),
            (request.Param("NextHopList.1.NextHopId"), request.Param("NextHopList.1.NextHopType"), request.Param("NextHopList.2.NextHopId"), request.Param("NextHopList.2.NextHopType")));
        Assert.Null(request.Param("NextHopId"));
        Assert.Null(request.Param("NextHopType"));
    }

    [Fact]
    public async Task CreateRouterInterface_AnswerWithoutId_IsUnexpectedResponse()
    {
        var client = TestClients.Create(StubHttpHandler.Sequence(() => StubHttpHandler.Ok()), _time);
        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() => client.CreateRouterInterfaceAsync(
            new CreateRouterInterfaceRequest { RegionId = "r", Role = "InitiatingSide", RouterType = "VRouter", RouterId = "vrt", Spec = "Small.1", OppositeRegionId = "r" },
            CancellationToken.None));
        Assert.Equal(AlibabaErrorCodes.UnexpectedResponse, error.ErrorCode);
    }

    [Fact]
    public async Task MutatingCalls_SendDocumentedParameters()
    {
        var handler = new StubHttpHandler(_ => StubHttpHandler.Ok());
        var client = TestClients.Create(handler, _time);

        await client.ModifyRouterInterfaceAttributeAsync(
            new ModifyRouterInterfaceAttributeRequest { RegionId = "cn-hangzhou", RouterInterfaceId = "ri-1", OppositeInterfaceId = "ri-2", OppositeInterfaceOwnerId = "100" },
            CancellationToken.None);
        await client.ModifyRouterInterfaceSpecAsync("cn-hangzhou", "ri-1", "Large.1", "c3", CancellationToken.None);
        await client.DeleteRouterInterfaceAsync("cn-hangzhou", "ri-1", "c4", CancellationToken.None);
        await client.DeleteRouteEntryAsync("cn-hangzhou", "rte-1", CancellationToken.None);
        await client.DeleteVpcAsync("cn-hangzhou", "vpc-1", CancellationToken.None);

        var r = handler.Requests;
        Assert.Equal(["ModifyRouterInterfaceAttribute", "ModifyRouterInterfaceSpec", "DeleteRouterInterface", "DeleteRouteEntry", "DeleteVpc"], r.Select(x => x.Action));
        Assert.Equal(("ri-2", "100"), (r[0].Param("OppositeInterfaceId"), r[0].Param("OppositeInterfaceOwnerId")));
        Assert.Null(r[0].Param("Name"));
        Assert.Equal(("Large.1", "c3"), (r[1].Param("Spec"), r[1].Param("ClientToken")));
        Assert.Equal("c4", r[2].Param("ClientToken"));
        Assert.Null(r[2].Param("Force"));
        Assert.Equal("rte-1", r[3].Param("RouteEntryId"));
        Assert.Equal("vpc-1", r[4].Param("VpcId"));
    }

    [Fact]
    public async Task AnyCall_BlankRegion_IsRefusedBeforeSending()
    {
        var handler = new StubHttpHandler(_ => StubHttpHandler.Ok());
        var client = TestClients.Create(handler, _time);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.ConnectRouterInterfaceAsync(" ", "ri-1", CancellationToken.None));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void Create_SettingsWithoutSecret_IsAConfigurationError()
    {
        var settings = TestClients.Settings() with { AccessKeySecret = null, Missing = [new MissingSetting("secretKey", "d")] };
        var error = Assert.Throws<VpcClientConfigurationException>(() => TestClients.Create(new StubHttpHandler(_ => StubHttpHandler.Ok()), _time, settings: settings));
        Assert.Contains("secretKey", error.Message, StringComparison.Ordinal);
    }
}
