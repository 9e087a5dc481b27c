using Alicloud.RouterInterface.Testing.Emulator;
using static Alicloud.Vpc.Emulator.Tests.Support.HttpEmulator;

namespace Alicloud.Vpc.Emulator.Tests.Http;

/// <summary>A1: ConnectRouterInterface's documented refusals, through signed HTTP calls against the strict default.</summary>
public sealed class ConnectRulesTests : HttpTestBase
{
    [Fact]
    public async Task Connect_WithoutOppositeOwner_IsIncorrectOppositeInterfaceInfoNotSet()
    {
        var pair = await E.ConfiguredPairAsync(withOwner: false);

        var answer = await E.FailsAsync("ConnectRouterInterface", On(pair.Initiator), 400, "IncorrectOppositeInterfaceInfo.NotSet");

        Assert.Contains("OppositeInterfaceOwnerId", answer.Text, StringComparison.Ordinal);
        Assert.Equal("Idle", await E.StatusAsync(pair.Initiator));
    }

    [Fact]
    public async Task Connect_AcceptorWithoutOwner_IsNotSet()
    {
        var pair = await E.ConfiguredPairAsync();
        await E.PointAsync(OtherRegion, pair.Acceptor, pair.Initiator, null);
        var right = await E.CreateVpcAsync(region: OtherRegion);
        var acceptor = await E.CreateEndAsync(right, "AcceptingSide", Region);
        await E.PointAsync(OtherRegion, acceptor, pair.Initiator, pair.Left, withOwner: false);
        await E.PointAsync(Region, pair.Initiator, acceptor, right);

        await E.FailsAsync("ConnectRouterInterface", On(pair.Initiator), 400, "IncorrectOppositeInterfaceInfo.NotSet");
    }

    [Fact]
    public async Task Connect_OnTheAcceptor_IsIncorrectRoleNotInitiatingSide()
    {
        var pair = await E.ConfiguredPairAsync();

        await E.FailsAsync("ConnectRouterInterface", On(pair.Acceptor, OtherRegion), 400, "IncorrectRole.NotInitiatingSide");
    }

    [Fact]
    public async Task Connect_NotIdle_IsIncorrectRIStatus()
    {
        var pair = await E.ActivePairAsync();

        await E.FailsAsync("ConnectRouterInterface", On(pair.Initiator), 400, "IncorrectRIStatus");
    }

    [Fact]
    public async Task Connect_SecondPairBetweenTheSameRouters_IsForbiddenOnlyOneConnection()
    {
        var first = await E.ActivePairAsync();
        var second = await E.ConfiguredPairAsync(left: first.Left, right: first.Right);

        await E.FailsAsync("ConnectRouterInterface", On(second.Initiator), 400, "Forbidden.OnlyOneConnection");
    }

    [Fact]
    public async Task Connect_SecondPairToAnotherRouter_IsAccepted()
    {
        var first = await E.ActivePairAsync();
        var second = await E.ConfiguredPairAsync(left: first.Left);

        await E.OkAsync("ConnectRouterInterface", On(second.Initiator));
    }

    [Fact]
    public async Task Connect_OppositeRouterIsItsOwnRouter_IsIncorrectOppositeInterfaceInfo()
    {
        var pair = await E.ConfiguredPairAsync();
        await E.PointAsync(Region, pair.Initiator, pair.Acceptor, pair.Left);

        await E.FailsAsync("ConnectRouterInterface", On(pair.Initiator), 400, "IncorrectOppositeInterfaceInfo");
    }

    [Fact]
    public async Task Connect_EveryFieldSetOnBothEnds_ConnectsCrossAccount()
    {
        var pair = await E.ConfiguredPairAsync(crossAccount: true);

        await E.OkAsync("ConnectRouterInterface", On(pair.Initiator));
        var during = (await E.StatusAsync(pair.Initiator), await E.StatusAsync(pair.Acceptor, OtherRegion, EmulatorCredentials.Peer));
        E.Advance(2);

        Assert.Equal(("Connecting", "AcceptingConnecting"), during);
        Assert.Equal("Active", await E.StatusAsync(pair.Initiator));
        var acceptor = (await E.ListAsync(OtherRegion, EmulatorCredentials.Peer, ("RouterInterfaceId", [pair.Acceptor])))[0];
        Assert.Equal(EmulatorCredentials.Dev.AccountId, acceptor.GetProperty("OppositeInterfaceOwnerId").GetString());
    }

    [Fact]
    public async Task Connect_LenientRules_DefaultTheMissingOwner()
    {
        await E.VariantAsync(EmulatorVariants.Rules, EmulatorVariants.Lenient);
        var pair = await E.ConfiguredPairAsync(withOwner: false);

        await E.OkAsync("ConnectRouterInterface", On(pair.Initiator));
        E.Advance(2);

        Assert.Equal("Active", await E.StatusAsync(pair.Initiator));
    }
}
