using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>
/// B1: an API whose DeleteExpressConnect takes only fast-link instances refuses an ordinary pair with a code outside
/// the seed's table, or says NotFound while the pair is listed. The delete then goes per end: with force the route
/// entries with DeleteRouteEntry (each reported by ID), then DeleteRouterInterface for both ends.
/// </summary>
public sealed class DestroyPerEndTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    [Theory]
    [InlineData("fast-link-only", "OperationUnsupported.NotFastLinkMode")]
    [InlineData("fast-link-only-not-found", "InvalidRouterInterfaceId.NotFound")]
    [InlineData("initiator-only", null)]
    public async Task Destroy_ExpressConnectRefusedForThePair_RemovesRoutesAndBothEndsPerEnd(string scope, string? refusal)
    {
        using var test = TestBounds.Start();
        await using var variant = await fixture.PlayAsync(EmulatorVariants.ExpressConnectScope, scope, test.Token);
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token, acceptorInputs: [("force", true)], initiatorInputs: [("force", true)]);
        var toInitiator = await fixture.Cloud.CreateRouteToAsync(pair.InitiatorRouter, "10.61.0.0/16", pair.InitiatorId, test.Token);
        var toAcceptor = await fixture.Cloud.CreateRouteToAsync(pair.AcceptorRouter, "10.62.0.0/16", pair.AcceptorId, test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(destroy.Render());
        var log = await requests.ReadAsync(test.Token);
        output.WriteLine(RequestLog.Describe(log));

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Empty(engine.State.Resources);
        var cloud = await fixture.StateAsync(test.Token);
        CloudAssert.Gone(cloud, pair.InitiatorId, pair.AcceptorId);
        Assert.Null(cloud.RouteEntry(toInitiator));
        Assert.Null(cloud.RouteEntry(toAcceptor));
        var expressConnect = log.Where(r => r.Action == "DeleteExpressConnect").ToList();
        if (refusal is not null)
        {
            // the initiator's delete pays the refusal; the acceptor's then finds the instance gone
            Assert.Equal(refusal, Assert.Single(expressConnect).Code);
            Assert.Equal(
                new[] { pair.InitiatorId, pair.AcceptorId }.Order(),
                log.Where(r => r.Action == "DeleteRouterInterface" && r.Code is null).Select(r => r.Parameters["RouterInterfaceId"]).Order());
            Assert.Equal(
                new[] { toInitiator, toAcceptor }.Order(),
                log.Where(r => r.Action == "DeleteRouteEntry" && r.Code is null).Select(r => r.Parameters["RouteEntryId"]).Order());
        }
        else
        {
            // initiator-only: the initiator's own DeleteExpressConnect is accepted, so no per-end calls are needed
            Assert.Contains(expressConnect, r => r.Code is null && r.Parameters["RouterInterfaceId"] == pair.InitiatorId);
        }

        var warnings = destroy.Diagnostics(engine.Urn(PairStack.InitiatorName), LogSeverity.Warning);
        Assert.Contains(warnings, w => w.StartsWith("RouteEntriesRemoved:", StringComparison.Ordinal) && w.Contains(toInitiator, StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("RouteEntriesRemoved:", StringComparison.Ordinal) && w.Contains(toAcceptor, StringComparison.Ordinal));
        Assert.DoesNotContain(destroy.Logs, l => l.Severity == LogSeverity.Error);
    }

    [Fact]
    public async Task Destroy_PerEndRoutesWithoutForce_RefusedAndLeftActive()
    {
        using var test = TestBounds.Start();
        await using var variant = await fixture.PlayAsync(EmulatorVariants.ExpressConnectScope, "fast-link-only", test.Token);
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);
        var entry = await fixture.Cloud.CreateRouteToAsync(pair.InitiatorRouter, "10.63.0.0/16", pair.InitiatorId, test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(destroy.Render());

        var failure = Assert.Single(destroy.Failed);
        Assert.StartsWith("RouteEntriesPresent:", failure.Error, StringComparison.Ordinal);
        Assert.Contains(entry, failure.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(await requests.ReadAsync(test.Token), RequestLog.IsMutating);
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Active", pair.InitiatorId, pair.AcceptorId);
    }
}
