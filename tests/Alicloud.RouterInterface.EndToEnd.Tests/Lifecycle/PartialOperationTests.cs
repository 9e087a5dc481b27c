using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Lifecycle;

/// <summary>
/// A create or update that changed the cloud and then failed is finished by the next <c>pulumi up</c>, through the
/// engine's own sequence (the Update after init errors, the old inputs kept after a partial update).
/// </summary>
public sealed class PartialOperationTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    private static readonly FaultRule ConnectRefused = new() { Action = "ConnectRouterInterface", Code = "Forbidden.FinancialLocked", Count = 1 };

    [Fact]
    public async Task Up_AfterACreateWhoseConnectWasRefused_ConnectsThePair()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var (program, acceptorId) = await PartialCreateAsync(engine, test.Token);
        var initiatorId = engine.State.Find(PairStack.InitiatorName)!.Id;
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Idle", initiatorId, acceptorId);

        var again = await engine.UpAsync(program, cancellationToken: test.Token);
        output.WriteLine(again.Render());

        Assert.True(again.Succeeded, again.ToString());
        Assert.Equal(StepKind.Update, again[PairStack.InitiatorName].Step);
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Active", initiatorId, acceptorId);
        var initiator = engine.State.Find(PairStack.InitiatorName)!;
        Assert.Empty(initiator.InitErrors);
        await OutputsAssert.MatchCloudAsync(fixture.Cloud, initiator, test.Token);

        // Finished: the unchanged program is a no-op.
        var third = await engine.UpAsync(program, cancellationToken: test.Token);
        Assert.All(third.Resources, r => Assert.Equal(StepKind.Same, r.Step));
    }

    [Fact]
    public async Task Up_AfterAPartialCreateAndARefresh_ConnectsThePair()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var (program, acceptorId) = await PartialCreateAsync(engine, test.Token);
        var initiatorId = engine.State.Find(PairStack.InitiatorName)!.Id;

        var refresh = await engine.RefreshAsync(test.Token);
        Assert.True(refresh.Succeeded, refresh.ToString());
        Assert.Empty(engine.State.Find(PairStack.InitiatorName)!.InitErrors);

        var up = await engine.UpAsync(program, cancellationToken: test.Token);
        output.WriteLine(up.Render());

        Assert.True(up.Succeeded, up.ToString());
        Assert.Equal(StepKind.Update, up[PairStack.InitiatorName].Step);
        Assert.Contains("connect", up[PairStack.InitiatorName].Diff!.Diffs);
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Active", initiatorId, acceptorId);
    }

    [Fact]
    public async Task Up_AfterAPartialUpdate_RunsTheUpdateAgainAndEndsAsTheProgramSays()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: false, test.Token);
        var changed = new StackProgram(pair.Program.Resources.Select(r => r.Name == PairStack.InitiatorName ? r.With(("connect", true), ("description", "moved")) : r));
        await fixture.Admin.AddFaultAsync(ConnectRefused, test.Token);

        var partial = await engine.UpAsync(changed, cancellationToken: test.Token);
        output.WriteLine(partial.Render());
        Assert.False(partial.Succeeded);
        Assert.NotEmpty(partial[PairStack.InitiatorName].InitErrors);
        var stored = engine.State.Find(PairStack.InitiatorName)!;
        Assert.Null(PropertyValues.GetString(stored.Inputs, "description")); // the old inputs, as the engine keeps them
        Assert.Equal("moved", (await fixture.StateAsync(test.Token)).Interface(pair.InitiatorId)!.Description);

        var requests = await fixture.MarkRequestsAsync(test.Token);
        var again = await engine.UpAsync(changed, cancellationToken: test.Token);
        output.WriteLine(again.Render());

        Assert.True(again.Succeeded, again.ToString());
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Active", pair.InitiatorId, pair.AcceptorId);
        Assert.Equal("moved", PropertyValues.GetString(engine.State.Find(PairStack.InitiatorName)!.Inputs, "description"));
        var calls = (await requests.ReadAsync(test.Token)).Where(r => r.Code is null).ToList();
        Assert.Contains(calls, r => r.Action == "ConnectRouterInterface");

        // The description already reached the cloud in the partial update: the live look does not send it again.
        Assert.DoesNotContain(calls, r => r.Action == "ModifyRouterInterfaceAttribute" && r.Parameters.GetValueOrDefault("RouterInterfaceId") == pair.InitiatorId);
    }

    /// <summary>The acceptor, then the initiator with connect, whose ConnectRouterInterface is refused once.</summary>
    private async Task<(StackProgram Program, string AcceptorId)> PartialCreateAsync(PulumiEngine engine, CancellationToken cancellationToken)
    {
        var acceptorRouter = await fixture.Cloud.NewRouterAsync(Regions.Home, cancellationToken);
        var initiatorRouter = await fixture.Cloud.NewRouterAsync(Regions.Home, cancellationToken);
        var acceptor = Declarations.Acceptor(PairStack.AcceptorName, acceptorRouter.RouterId);
        var first = await engine.UpAsync(new StackProgram(acceptor), cancellationToken: cancellationToken);
        Assert.True(first.Succeeded, first.ToString());
        var acceptorId = engine.State.Find(PairStack.AcceptorName)!.Id;
        var initiator = Declarations.Initiator(PairStack.InitiatorName, initiatorRouter.RouterId, acceptorId, Regions.Home, connect: true) with { DependsOn = [PairStack.AcceptorName] };
        var program = new StackProgram(acceptor, initiator);
        await fixture.Admin.AddFaultAsync(ConnectRefused, cancellationToken);

        var partial = await engine.UpAsync(program, cancellationToken: cancellationToken);
        output.WriteLine(partial.Render());

        Assert.False(partial.Succeeded);
        Assert.Equal(StepKind.Create, partial[PairStack.InitiatorName].Step);
        Assert.NotEmpty(partial[PairStack.InitiatorName].InitErrors);
        Assert.NotNull(engine.State.Find(PairStack.InitiatorName));
        return (program, acceptorId);
    }
}
