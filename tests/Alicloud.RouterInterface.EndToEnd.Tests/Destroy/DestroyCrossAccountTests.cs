using System.Threading.RateLimiting;
using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Polling;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Models;
using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>
/// Item 7: a pair whose acceptor belongs to the emulator's peer account (created and pointed back by that account out
/// of band), the initiator in the stack. The delete never waits silently: with the other end Active and no credentials
/// of its account it refuses before changing anything, naming the account; with <c>oppositeAccessKey</c>/<c>oppositeSecretKey</c>
/// it finishes both ends. Under each B7 variant, with a 5-minute deadline, it settles within 45 s (the bound:
/// settled, not waited to the deadline).
/// </summary>
public sealed class DestroyCrossAccountTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(45);

    [Theory]
    [InlineData("own-end")]
    [InlineData("both-ends")]
    [InlineData("refused")]
    public async Task Destroy_OtherAccountsEndActive_NoCredentialsForIt_RefusedNamingTheAccountNothingChanged(string variant)
    {
        using var test = TestBounds.Start();
        await using var peer = await PeerAsync(variant, test.Token);
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var (initiatorId, acceptorId) = await UpCrossAccountPairAsync(engine, peer.Client, test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(destroy.Render());

        var failure = Assert.Single(destroy.Failed);
        Assert.Equal(StatusCode.FailedPrecondition, failure.Code);
        Assert.StartsWith("CrossAccountEndNotInactive:", failure.Error, StringComparison.Ordinal);
        Assert.Contains(acceptorId, failure.Error, StringComparison.Ordinal);
        Assert.Contains(EmulatorCredentials.Peer.AccountId, failure.Error, StringComparison.Ordinal);
        Assert.Contains("Active", failure.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", failure.Error, StringComparison.Ordinal);
        Assert.True(destroy.Duration < Settled, $"took {destroy.Duration}");
        Assert.DoesNotContain(await requests.ReadAsync(test.Token), RequestLog.IsMutating);
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Active", initiatorId, acceptorId);
        Assert.Single(engine.State.Resources);
    }

    [Theory]
    [InlineData("own-end")]
    [InlineData("both-ends")]
    [InlineData("refused")]
    public async Task Destroy_OtherAccountsEndActive_WithItsCredentials_DeletesBothEnds(string variant)
    {
        using var test = TestBounds.Start();
        await using var peer = await PeerAsync(variant, test.Token);
        await using var engine = await fixture.StartEngineAsync(test.Token);
        engine.Config["oppositeAccessKey"] = ConfigValue.Secret(EmulatorCredentials.Peer.AccessKeyId);
        engine.Config["oppositeSecretKey"] = ConfigValue.Secret(EmulatorCredentials.Peer.AccessKeySecret);
        var (initiatorId, acceptorId) = await UpCrossAccountPairAsync(engine, peer.Client, test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(destroy.Render());
        output.WriteLine(RequestLog.Describe(await requests.ReadAsync(test.Token)));

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Empty(engine.State.Resources);
        Assert.True(destroy.Duration < Settled, $"took {destroy.Duration}");
        CloudAssert.Gone(await fixture.StateAsync(test.Token), initiatorId, acceptorId);
        var log = await requests.ReadAsync(test.Token);
        Assert.Contains(log, r => r.Action == "DeleteRouterInterface" && r.Code is null && r.AccessKeyId == EmulatorCredentials.Peer.AccessKeyId && r.Parameters["RouterInterfaceId"] == acceptorId);
        Assert.DoesNotContain(destroy.Logs, l => l.Severity == LogSeverity.Error);
    }

    [Theory]
    [InlineData("own-end")]
    [InlineData("both-ends")]
    [InlineData("refused")]
    public async Task Destroy_OtherAccountDeactivatedItsEnd_DeletesOurEnd(string variant)
    {
        using var test = TestBounds.Start();
        await using var peer = await PeerAsync(variant, test.Token);
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var (initiatorId, acceptorId) = await UpCrossAccountPairAsync(engine, peer.Client, test.Token);
        await peer.Client.DeactivateRouterInterfaceAsync(Regions.Remote, acceptorId, test.Token);
        await Eventually.HoldsAsync(async ct => (await fixture.StateAsync(ct)).Interface(acceptorId)?.Status == "Inactive", $"{acceptorId} Inactive", test.Token);

        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.True(destroy.Duration < Settled, $"took {destroy.Duration}");
        CloudAssert.Gone(await fixture.StateAsync(test.Token), initiatorId);
        Assert.DoesNotContain(destroy.Logs, l => l.Severity == LogSeverity.Error);
    }

    /// <summary>The peer account's client, the B7 variant set for the test (strict again when disposed).</summary>
    private async Task<Peer> PeerAsync(string variant, CancellationToken cancellationToken)
    {
        var played = await fixture.PlayAsync(EmulatorVariants.CrossAccountExpressConnect, variant, cancellationToken);
        return new Peer(new EmulatorVpcClient(fixture.Emulator.Endpoint, Regions.Remote, EmulatorCredentials.Peer), played);
    }

    /// <summary>The peer's acceptor, our initiator in the stack naming it (owner, router), pointed back by the peer and connected: both Active.</summary>
    private async Task<(string InitiatorId, string AcceptorId)> UpCrossAccountPairAsync(PulumiEngine engine, IVpcClient peer, CancellationToken cancellationToken)
    {
        var home = await fixture.Cloud.NewRouterAsync(Regions.Home, cancellationToken);
        var peerVpc = await peer.CreateVpcAsync(new CreateVpcRequest { RegionId = Regions.Remote, CidrBlock = "10.0.0.0/8" }, cancellationToken);
        var acceptorId = await peer.CreateRouterInterfaceAsync(
            new CreateRouterInterfaceRequest
            {
                RegionId = Regions.Remote, Role = "AcceptingSide", RouterType = "VRouter", RouterId = peerVpc.VRouterId, Spec = "Negative",
                OppositeRegionId = Regions.Home, OppositeRouterType = "VRouter", OppositeRouterId = home.RouterId,
                OppositeInterfaceOwnerId = EmulatorCredentials.Dev.AccountId,
            },
            cancellationToken);
        var initiator = Declarations.Initiator(PairStack.InitiatorName, home.RouterId, acceptorId, Regions.Remote, connect: false,
            ("oppositeInterfaceOwnerId", EmulatorCredentials.Peer.AccountId), ("oppositeRouterId", peerVpc.VRouterId), ("oppositeRouterType", "VRouter"))
            with { CustomTimeouts = new CustomTimeouts(Delete: TimeSpan.FromMinutes(5)) };
        var up = await engine.UpAsync(new StackProgram(initiator), cancellationToken: cancellationToken);
        Assert.True(up.Succeeded, up.ToString());
        var initiatorId = engine.State.Find(PairStack.InitiatorName)!.Id;
        await peer.ModifyRouterInterfaceAttributeAsync(
            new ModifyRouterInterfaceAttributeRequest { RegionId = Regions.Remote, RouterInterfaceId = acceptorId, OppositeInterfaceId = initiatorId },
            cancellationToken);
        await fixture.Cloud.ConnectRouterInterfaceAsync(Regions.Home, initiatorId, cancellationToken);
        await Eventually.HoldsAsync(
            async ct => (await fixture.StateAsync(ct)) is var cloud && cloud.Interface(initiatorId)?.Status == "Active" && cloud.Interface(acceptorId)?.Status == "Active",
            "the cross-account pair Active",
            cancellationToken);
        return (initiatorId, acceptorId);
    }

    private sealed class Peer(EmulatorVpcClient cloud, IAsyncDisposable variant) : IAsyncDisposable
    {
        public IVpcClient Client => cloud.Client;

        public async ValueTask DisposeAsync()
        {
            cloud.Dispose();
            await variant.DisposeAsync();
        }
    }
}
