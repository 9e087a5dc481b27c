using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>
/// Issue 28: the initiator's resource says <c>force: true</c>, the acceptor's <c>force: false</c>, and a route entry
/// goes through the acceptor; the first destroy fails under a fault, a fault-free re-run follows, in every delete way.
/// A connected pair is one instance: the initiator's delete (the engine deletes it first, it depends on the acceptor)
/// removes both ends, so its force removes the acceptor's route too. A pair never connected is two instances (the
/// acceptor never learnt the initiator's ID): the initiator's delete removes its own end only, so the acceptor's route
/// is the acceptor's resource's to protect, and its destroy is refused with <c>RouteEntriesPresent</c>.
/// </summary>
public sealed class DestroyAsymmetricForceTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    [Theory]
    [InlineData("any-pair", true)]
    [InlineData("any-pair", false)]
    [InlineData("fast-link-only", true)]
    [InlineData("fast-link-only", false)]
    [InlineData("fast-link-only-not-found", true)]
    [InlineData("fast-link-only-not-found", false)]
    [InlineData("initiator-only", true)]
    [InlineData("initiator-only", false)]
    public async Task Destroy_InitiatorForcedAcceptorNot_FailedThenRerun_RemovesAcceptorRoutesOnlyWithTheInstance(string scope, bool connected)
    {
        using var test = TestBounds.Start();
        await using var variant = await fixture.PlayAsync(EmulatorVariants.ExpressConnectScope, scope, test.Token);
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connected, test.Token, acceptorInputs: [("force", false)], initiatorInputs: [("force", true)]);
        var toAcceptor = await fixture.Cloud.CreateRouteToAsync(pair.AcceptorRouter, "10.71.0.0/16", pair.AcceptorId, test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        // the last changing call of each way fails for good once: the first destroy stops part way
        await fixture.Admin.AddFaultAsync(
            new FaultRule { Action = scope.StartsWith("fast-link-only", StringComparison.Ordinal) ? "DeleteRouterInterface" : "DeleteExpressConnect", Code = "Forbidden.RAM", HttpStatus = 403, Count = 1 },
            test.Token);
        var first = await engine.DestroyAsync(cancellationToken: test.Token);
        await fixture.Admin.ClearFaultsAsync(test.Token);
        var rerun = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(first.Render());
        output.WriteLine(rerun.Render());
        var log = await requests.ReadAsync(test.Token);
        output.WriteLine(RequestLog.Describe(log));

        Assert.False(first.Succeeded, first.ToString());
        var cloud = await fixture.StateAsync(test.Token);
        var acceptorUrn = engine.Urn(PairStack.AcceptorName);
        var warned = first.Diagnostics(engine.Urn(PairStack.InitiatorName), LogSeverity.Warning)
            .Concat(rerun.Diagnostics(engine.Urn(PairStack.InitiatorName), LogSeverity.Warning))
            .Where(w => w.StartsWith("RouteEntriesRemoved:", StringComparison.Ordinal) && w.Contains(toAcceptor, StringComparison.Ordinal));
        if (connected)
        {
            Assert.True(rerun.Succeeded, rerun.ToString());
            Assert.Empty(engine.State.Resources);
            CloudAssert.Gone(cloud, pair.InitiatorId, pair.AcceptorId);
            Assert.Null(cloud.RouteEntry(toAcceptor));
            Assert.NotEmpty(warned);
        }
        else
        {
            CloudAssert.Gone(cloud, pair.InitiatorId);
            CloudAssert.Status(cloud, "Idle", pair.AcceptorId);
            Assert.NotNull(cloud.RouteEntry(toAcceptor));
            Assert.Empty(warned);
            Assert.DoesNotContain(log, r => r.Action == "DeleteRouteEntry");
            Assert.StartsWith("RouteEntriesPresent:", Assert.Single(rerun.Failed).Error, StringComparison.Ordinal);
            Assert.Equal(acceptorUrn, engine.State.Resources.Single().Urn);
        }
    }
}
