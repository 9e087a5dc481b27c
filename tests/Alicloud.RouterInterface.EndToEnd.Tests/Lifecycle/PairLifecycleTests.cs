using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Lifecycle;

/// <summary>A connected pair built with this provider alone (acceptor + initiator with connect) across repeated up/refresh.</summary>
public sealed class PairLifecycleTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    [Fact]
    public async Task Up_ConnectedPair_IsActiveAndStaysUnchangedAcrossRefreshAndUp()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Active", pair.InitiatorId, pair.AcceptorId);
        Assert.Equal("Active", PropertyValues.GetString(engine.State.Find(PairStack.InitiatorName)!.Outputs, "status"));

        var refresh = await engine.RefreshAsync(test.Token);
        output.WriteLine(refresh.Render());
        Assert.True(refresh.Succeeded, refresh.ToString());
        foreach (var resource in engine.State.Resources)
        {
            await OutputsAssert.MatchCloudAsync(fixture.Cloud, resource, test.Token);
        }

        // The unchanged program after a refresh: nothing to do, nothing sent to the cloud.
        var requests = await fixture.MarkRequestsAsync(test.Token);
        var again = await engine.UpAsync(pair.Program, cancellationToken: test.Token);
        output.WriteLine(again.Render());
        Assert.True(again.Succeeded, again.ToString());
        Assert.All(again.Resources, r => Assert.Equal(StepKind.Same, r.Step));
        Assert.DoesNotContain(await requests.ReadAsync(test.Token), RequestLog.IsMutating);
    }

    [Fact]
    public async Task Up_ConnectWithoutAnOwnerGiven_EndsActiveWithTheOwnerSetOnBothEnds()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);

        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);

        var cloud = await fixture.StateAsync(test.Token);
        CloudAssert.Status(cloud, "Active", pair.InitiatorId, pair.AcceptorId);
        var account = Alicloud.RouterInterface.Testing.Emulator.EmulatorCredentials.Dev.AccountId;
        Assert.Equal(account, cloud.Interface(pair.InitiatorId)!.OppositeInterfaceOwnerId);
        Assert.Equal(account, cloud.Interface(pair.AcceptorId)!.OppositeInterfaceOwnerId);
        Assert.Equal(pair.InitiatorId, cloud.Interface(pair.AcceptorId)!.OppositeInterfaceId);
    }

    [Fact]
    public async Task Up_ConnectSwitchedOnForAnIdlePair_ConnectsInPlaceAndWaitsUntilActive()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: false, test.Token);
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Idle", pair.InitiatorId, pair.AcceptorId);
        var connected = new StackProgram(pair.Program.Resources.Select(r => r.Name == PairStack.InitiatorName ? r.With(("connect", true)) : r));
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var up = await engine.UpAsync(connected, cancellationToken: test.Token);
        output.WriteLine(up.Render());

        Assert.True(up.Succeeded, up.ToString());
        Assert.Equal(StepKind.Update, up[PairStack.InitiatorName].Step);
        Assert.Equal(StepKind.Same, up[PairStack.AcceptorName].Step);
        Assert.Equal(pair.InitiatorId, engine.State.Find(PairStack.InitiatorName)!.Id);
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Active", pair.InitiatorId, pair.AcceptorId);
        Assert.Equal("Active", PropertyValues.GetString(engine.State.Find(PairStack.InitiatorName)!.Outputs, "status"));
        Assert.Contains("ConnectRouterInterface", (await requests.ReadAsync(test.Token)).Where(r => r.Code is null).Select(r => r.Action));
    }
}
