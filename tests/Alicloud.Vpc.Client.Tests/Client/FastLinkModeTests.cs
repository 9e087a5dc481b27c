using Alicloud.Vpc.Client.Models;
using Alicloud.Vpc.Client.Tests.Support;

namespace Alicloud.Vpc.Client.Tests.Client;

/// <summary>FastLinkMode on the wire (official SDK models CreateRouterInterfaceRequest and DescribeRouterInterfacesResponseBody).</summary>
public sealed class FastLinkModeTests
{
    private readonly ObservedTimeProvider _time = new();

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"False\"", false)]
    [InlineData(null, null)]
    public async Task DescribeRouterInterface_FastLinkMode_IsReadAsBooleanOrStringAndNullWhenAbsent(string? json, bool? expected)
    {
        var field = json is null ? "" : $",\"FastLinkMode\":{json}";
        var body = "{\"RequestId\":\"R\",\"TotalCount\":1,\"RouterInterfaceSet\":{\"RouterInterfaceType\":[{\"RouterInterfaceId\":\"ri-1\",\"Status\":\"Active\"" + field + "}]}}";
        var client = TestClients.Create(StubHttpHandler.Sequence(() => StubHttpHandler.Ok(body)), _time);

        var ri = await client.DescribeRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None);

        Assert.Equal(expected, ri!.FastLinkMode);
    }

    [Fact]
    public async Task CreateRouterInterface_FastLink_SendsTheFlagOnlyWhenSet()
    {
        var handler = new StubHttpHandler(_ => StubHttpHandler.Ok("""{"RequestId":"R","RouterInterfaceId":"ri-9"}"""));
        var client = TestClients.Create(handler, _time);
        var request = new CreateRouterInterfaceRequest
        {
            RegionId = "cn-hangzhou", Role = "InitiatingSide", RouterType = "VBR", RouterId = "vbr-9", Spec = "Large.1", OppositeRegionId = "cn-hangzhou",
            OppositeRouterType = "VRouter", OppositeRouterId = "vrt-9", OppositeInterfaceOwnerId = "1000000000000001", AccessPointId = "ap-1", FastLinkMode = true,
        };

        await client.CreateRouterInterfaceAsync(request, CancellationToken.None);
        await client.CreateRouterInterfaceAsync(request with { FastLinkMode = null }, CancellationToken.None);

        Assert.Equal("true", handler.Requests[0].Param("FastLinkMode"));
        Assert.Null(handler.Requests[1].Param("FastLinkMode"));
    }
}
