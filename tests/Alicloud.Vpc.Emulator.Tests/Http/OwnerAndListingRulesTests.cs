using Alicloud.RouterInterface.Testing.Emulator;
using static Alicloud.Vpc.Emulator.Tests.Support.HttpEmulator;

namespace Alicloud.Vpc.Emulator.Tests.Http;

/// <summary>A5 (Forbbiden.InvaildOwner), A7 (DescribeRouterInterfaces' limits and filter logic), A10 (endpoint host names).</summary>
public sealed class OwnerAndListingRulesTests : HttpTestBase
{
    [Fact]
    public async Task Deactivate_AnotherAccountsInterface_IsForbbidenInvaildOwner()
    {
        var pair = await E.ActivePairAsync(crossAccount: true);

        var answer = await E.FailsAsync("DeactivateRouterInterface", On(pair.Acceptor, OtherRegion), 400, "Forbbiden.InvaildOwner");

        Assert.Contains("owener", answer.Text, StringComparison.Ordinal);
        Assert.Equal("Active", await E.StatusAsync(pair.Acceptor, OtherRegion, EmulatorCredentials.Peer));
    }

    [Fact]
    public async Task DeleteRouterInterface_AnotherAccountsInterface_IsForbbidenInvaildOwner()
    {
        var pair = await E.ConfiguredPairAsync(crossAccount: true);

        await E.FailsAsync("DeleteRouterInterface", On(pair.Acceptor, OtherRegion), 400, "Forbbiden.InvaildOwner");
    }

    [Fact]
    public async Task Deactivate_AnotherAccountsInterface_LenientRules_IsNotFound()
    {
        await E.VariantAsync(EmulatorVariants.Rules, EmulatorVariants.Lenient);
        var pair = await E.ActivePairAsync(crossAccount: true);

        await E.FailsAsync("DeactivateRouterInterface", On(pair.Acceptor, OtherRegion), 404, "InvalidRouterInterfaceId.NotFound");
    }

    [Fact]
    public async Task Deactivate_UnknownId_IsStillNotFound()
    {
        await E.FailsAsync("DeactivateRouterInterface", On("ri-nowhere"), 404, "InvalidRouterInterfaceId.NotFound");
    }

    [Theory]
    [InlineData("51")]
    [InlineData("0")]
    public async Task DescribeRouterInterfaces_PageSizeOutsideOneToFifty_IsInvalidParameter(string pageSize)
    {
        await E.FailsAsync("DescribeRouterInterfaces", new() { ["RegionId"] = Region, ["PageSize"] = pageSize }, 400, "InvalidParameter");
    }

    [Fact]
    public async Task DescribeRouterInterfaces_SixFilters_IsInvalidParameter()
    {
        var parameters = new Dictionary<string, string> { ["RegionId"] = Region };
        for (var i = 1; i <= 6; i++)
        {
            parameters[$"Filter.{i}.Key"] = "Status";
            parameters[$"Filter.{i}.Value.1"] = "Idle";
        }

        await E.FailsAsync("DescribeRouterInterfaces", parameters, 400, "InvalidParameter");
    }

    [Fact]
    public async Task DescribeRouterInterfaces_ValuesOfOneKeyOr_KeysAnd()
    {
        var active = await E.ActivePairAsync();
        var idle = await E.ConfiguredPairAsync(left: active.Left);

        var either = await E.ListAsync(Region, null, ("RouterInterfaceId", [active.Initiator, idle.Initiator]));
        var both = await E.ListAsync(Region, null, ("RouterInterfaceId", [active.Initiator, idle.Initiator]), ("Status", ["Idle"]));

        Assert.Equal(2, either.Length);
        Assert.Equal(idle.Initiator, Assert.Single(both).GetProperty("RouterInterfaceId").GetString());
    }

    [Theory]
    [InlineData("vpc.aliyuncs.com")]
    [InlineData("vpc.cn-shanghai.aliyuncs.com")]
    [InlineData("vpc-vpc.cn-hangzhou.aliyuncs.com")]
    public async Task Request_AddressedToARealEndpointHost_IsServedAndEchoedAsHostId(string host)
    {
        var key = EmulatorCredentials.Dev;
        using var request = TestSignerWithHost(host, key);

        var answer = await E.Api.SendAsync(request);

        answer.AssertEnvelope(404, "InvalidRegionId.NotFound");
        Assert.Equal(host, answer.Json.GetProperty("HostId").GetString());
    }

    private HttpRequestMessage TestSignerWithHost(string host, EmulatorCredential key)
    {
        var signed = Support.TestSigner.SignV1("GET", "DescribeVpcs", new Dictionary<string, string> { ["RegionId"] = "xx-nowhere-1" }, key.AccessKeyId, key.AccessKeySecret, E.Clock.GetUtcNow());
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(E.Api.BaseUri, "/?" + Support.TestSigner.Query(signed)));
        request.Headers.Host = host;
        return request;
    }
}
