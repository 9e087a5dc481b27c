using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Engine;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Lifecycle;

/// <summary>
/// Replacing an end of a connected pair: the engine would create the replacement first and the old end's delete
/// would take the whole instance (pkg/resource/deploy/step_generator.go), so the provider refuses it in preview, and
/// the way the refusal names (both ends under new names) ends with a connected pair whose ends match the cloud.
/// </summary>
public sealed class PairReplacementTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    [Fact]
    public async Task ReplacingOneEndOfAConnectedPair_IsRefusedInPreview_AndReplacingThePairEndsConnected()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);
        var newRouter = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
        var moved = new StackProgram(pair.Program.Resources.Select(r => r.Name == PairStack.InitiatorName ? r.With(("routerId", newRouter.RouterId)) : r));
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var preview = await engine.PreviewAsync(moved, test.Token);
        output.WriteLine(preview.Render());
        var up = await engine.UpAsync(moved, cancellationToken: test.Token);
        output.WriteLine(up.Render());

        foreach (var refused in new[] { preview, up })
        {
            Assert.False(refused.Succeeded);
            var error = refused[PairStack.InitiatorName].Error!;
            Assert.StartsWith("ReplaceConnectedPair: ", error, StringComparison.Ordinal);
            Assert.Contains(pair.AcceptorId, error, StringComparison.Ordinal);
            Assert.Contains("new resource names", error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(await requests.ReadAsync(test.Token), RequestLog.IsMutating);
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Active", pair.InitiatorId, pair.AcceptorId);
        Assert.Equal([pair.AcceptorId, pair.InitiatorId], engine.State.Resources.Select(r => r.Id));

        // What the refusal says: both ends under new names. The new acceptor first (its ID feeds the initiator), then
        // the new initiator pointing at it; the old pair is deleted afterwards.
        var acceptor2 = Declarations.Acceptor("acceptor2", pair.AcceptorRouter.RouterId);
        var withNewAcceptor = await engine.UpAsync(new StackProgram([.. pair.Program.Resources, acceptor2]), cancellationToken: test.Token);
        Assert.True(withNewAcceptor.Succeeded, withNewAcceptor.ToString());
        var acceptor2Id = engine.State.Find("acceptor2")!.Id;
        var initiator2 = Declarations.Initiator("initiator2", newRouter.RouterId, acceptor2Id, Regions.Home, connect: true) with { DependsOn = ["acceptor2"] };

        var replaced = await engine.UpAsync(new StackProgram(acceptor2, initiator2), cancellationToken: test.Token);
        output.WriteLine(replaced.Render());

        Assert.True(replaced.Succeeded, replaced.ToString());
        var cloud = await fixture.StateAsync(test.Token);
        CloudAssert.Gone(cloud, pair.InitiatorId, pair.AcceptorId);
        var initiator2Id = engine.State.Find("initiator2")!.Id;
        CloudAssert.Status(cloud, "Active", initiator2Id, acceptor2Id);
        Assert.Equal(["acceptor2", "initiator2"], engine.State.Resources.Select(r => r.Name));

        // The acceptor's status was recorded at its create; a refresh brings both ends to what the cloud shows.
        var refresh = await engine.RefreshAsync(test.Token);
        Assert.True(refresh.Succeeded, refresh.ToString());
        foreach (var resource in engine.State.Resources)
        {
            await OutputsAssert.MatchCloudAsync(fixture.Cloud, resource, test.Token);
        }

        var again = await engine.UpAsync(new StackProgram(acceptor2, initiator2), cancellationToken: test.Token);
        Assert.All(again.Resources, r => Assert.Equal(StepKind.Same, r.Step));
    }
}
