using Alicloud.RouterInterface.Testing.Emulator;
using static Alicloud.Vpc.Emulator.Tests.Support.HttpEmulator;

namespace Alicloud.Vpc.Emulator.Tests.Http;

/// <summary>CreateRouterInterface with FastLinkMode=true on a VBR initiator (SDK CreateRouterInterfaceRequest.ts).</summary>
public sealed class FastLinkTests : HttpTestBase
{
    internal async Task<(string Initiator, string Acceptor, Support.HttpEmulator.Vpc Vpc)> FastLinkAsync(EmulatorCredential? vpcOwner = null)
    {
        var owner = vpcOwner ?? EmulatorCredentials.Dev;
        var vbr = (await E.Admin.SeedAsync(new EmulatorSeed { Vbrs = [new SeedVbr(EmulatorCredentials.Dev.AccountId, Region)] }, CancellationToken.None)).Vbrs[0];
        var vpc = await E.CreateVpcAsync(owner, OtherRegion);
        var created = await E.OkAsync("CreateRouterInterface", FastLinkRequest(vbr, vpc));
        var initiator = created.GetProperty("RouterInterfaceId").GetString()!;
        var item = (await E.ListAsync(Region, null, ("RouterInterfaceId", [initiator])))[0];
        return (initiator, item.GetProperty("OppositeInterfaceId").GetString()!, vpc);
    }

    private static Dictionary<string, string> FastLinkRequest(SeededVbr vbr, Support.HttpEmulator.Vpc vpc) => new()
    {
        ["RegionId"] = Region,
        ["Role"] = "InitiatingSide",
        ["RouterType"] = "VBR",
        ["RouterId"] = vbr.VbrId,
        ["AccessPointId"] = vbr.AccessPointId,
        ["Spec"] = "Large.1",
        ["OppositeRegionId"] = OtherRegion,
        ["OppositeRouterType"] = "VRouter",
        ["OppositeRouterId"] = vpc.RouterId,
        ["OppositeInterfaceOwnerId"] = vpc.AccountId,
        ["FastLinkMode"] = "true",
    };

    [Fact]
    public async Task FastLink_CreatesBothEndsAndConnectsThem()
    {
        var (initiator, acceptor, _) = await FastLinkAsync();

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
        var (_, acceptor, _) = await FastLinkAsync(EmulatorCredentials.Peer);

        Assert.Equal("AcceptingConnecting", await E.StatusAsync(acceptor, OtherRegion, EmulatorCredentials.Peer));
    }

    [Theory]
    [InlineData("AccessPointId")]
    [InlineData("OppositeRouterType")]
    [InlineData("OppositeRouterId")]
    [InlineData("OppositeInterfaceOwnerId")]
    public async Task FastLink_WithoutARequiredParameter_IsMissingParameter(string name)
    {
        var vbr = (await E.Admin.SeedAsync(new EmulatorSeed { Vbrs = [new SeedVbr(EmulatorCredentials.Dev.AccountId, Region)] }, CancellationToken.None)).Vbrs[0];
        var vpc = await E.CreateVpcAsync(region: OtherRegion);
        var request = FastLinkRequest(vbr, vpc);
        request.Remove(name);

        var answer = await E.FailsAsync("CreateRouterInterface", request, 400, "MissingParameter");

        Assert.Contains(name, answer.Text, StringComparison.Ordinal);
        Assert.Empty(await E.ListAsync(Region, null));
    }

    [Fact]
    public async Task FastLink_OnAVRouterInitiator_IsInvalidParameter()
    {
        var vpc = await E.CreateVpcAsync();
        var other = await E.CreateVpcAsync(region: OtherRegion);

        await E.FailsAsync("CreateRouterInterface", new()
        {
            ["RegionId"] = Region, ["Role"] = "InitiatingSide", ["RouterType"] = "VRouter", ["RouterId"] = vpc.RouterId, ["Spec"] = "Large.1",
            ["OppositeRegionId"] = OtherRegion, ["OppositeRouterType"] = "VRouter", ["OppositeRouterId"] = other.RouterId,
            ["OppositeInterfaceOwnerId"] = other.AccountId, ["AccessPointId"] = "ap-x", ["FastLinkMode"] = "true",
        }, 400, "InvalidParameter");
    }
}
