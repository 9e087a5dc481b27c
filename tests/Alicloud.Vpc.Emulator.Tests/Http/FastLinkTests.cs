using Alicloud.RouterInterface.Testing.Emulator;
using static Alicloud.Vpc.Emulator.Tests.Support.HttpEmulator;

namespace Alicloud.Vpc.Emulator.Tests.Http;

/// <summary>CreateRouterInterface with FastLinkMode=true on a VBR initiator (SDK CreateRouterInterfaceRequest.ts).</summary>
public sealed class FastLinkTests : HttpTestBase
{
    [Fact]
    public async Task FastLink_CreatesBothEndsAndConnectsThem()
    {
        var (initiator, acceptor) = await E.FastLinkAsync();

        var during = (await E.StatusAsync(initiator), await E.StatusAsync(acceptor, OtherRegion));
        E.Advance(2);

        Assert.Equal(("Connecting", "AcceptingConnecting"), during);
        var items = new[] { (await E.ListAsync(Region, null, ("RouterInterfaceId", [initiator])))[0], (await E.ListAsync(OtherRegion, null, ("RouterInterfaceId", [acceptor])))[0] };
        Assert.All(items, i => Assert.Equal("Active", i.GetProperty("Status").GetString()));
        Assert.All(items, i => Assert.True(i.GetProperty("FastLinkMode").GetBoolean()));
        Assert.Equal("AcceptingSide", items[1].GetProperty("Role").GetString());
        Assert.Equal(initiator, items[1].GetProperty("OppositeInterfaceId").GetString());
        var attribute = await E.OkAsync("DescribeRouterInterfaceAttribute", new() { ["RegionId"] = OtherRegion, ["InstanceId"] = acceptor });
        Assert.Equal("true", attribute.GetProperty("FastLinkMode").GetString());
    }

    [Fact]
    public async Task FastLink_AcceptorInAnotherAccount_BelongsToThatAccount()
    {
        var (_, acceptor) = await E.FastLinkAsync(EmulatorCredentials.Peer);

        Assert.Equal("AcceptingConnecting", await E.StatusAsync(acceptor, OtherRegion, EmulatorCredentials.Peer));
    }

    [Theory]
    [InlineData("AccessPointId")]
    [InlineData("OppositeRouterType")]
    [InlineData("OppositeRouterId")]
    [InlineData("OppositeInterfaceOwnerId")]
    public async Task FastLink_WithoutARequiredParameter_IsMissingParameter(string name)
    {
        var request = await E.FastLinkRequestAsync();
        request.Remove(name);

        var answer = await E.FailsAsync("CreateRouterInterface", request, 400, "MissingParameter");

        Assert.Contains(name, answer.Text, StringComparison.Ordinal);
        Assert.Empty(await E.ListAsync(Region, null));
    }

    [Fact]
    public async Task FastLink_OnAVRouterInitiator_IsIgnored()
    {
        // SDK CreateRouterInterfaceRequest.ts: FastLinkMode "takes effect only when RouterType is set to VBR and OppositeRouterType is set to VRouter"
        var vpc = await E.CreateVpcAsync();
        var other = await E.CreateVpcAsync(region: OtherRegion);

        var created = await E.OkAsync("CreateRouterInterface", new()
        {
            ["RegionId"] = Region, ["Role"] = "InitiatingSide", ["RouterType"] = "VRouter", ["RouterId"] = vpc.RouterId, ["Spec"] = "Large.1",
            ["OppositeRegionId"] = OtherRegion, ["OppositeRouterType"] = "VRouter", ["OppositeRouterId"] = other.RouterId,
            ["OppositeInterfaceOwnerId"] = other.AccountId, ["AccessPointId"] = "ap-x", ["FastLinkMode"] = "true",
        });

        var item = Assert.Single(await E.ListAsync(Region, null, ("RouterInterfaceId", [created.GetProperty("RouterInterfaceId").GetString()!])));
        Assert.Equal("Idle", item.GetProperty("Status").GetString());
        Assert.False(item.GetProperty("FastLinkMode").GetBoolean());
        Assert.Empty(await E.ListAsync(OtherRegion, null));
    }
}
