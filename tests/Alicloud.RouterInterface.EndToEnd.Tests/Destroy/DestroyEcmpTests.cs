using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Polling;
using Alicloud.Vpc.Client.Models;
using Grpc.Core;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>
/// ECMP route entries (A2): an entry whose second next hop is an end of the pair blocks the delete like any other;
/// without force the pair is refused before anything changes and stays Active (traffic keeps flowing).
/// </summary>
public sealed class DestroyEcmpTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    [Fact]
    public async Task Destroy_PairIsSecondHopOfEcmpEntry_RefusedWithoutForceAndLeftActive_ThenForceSaysWhatMayHappen()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);
        var otherHop = await fixture.Cloud.CreateAcceptorAsync(pair.InitiatorRouter, Regions.Home, "other-hop", test.Token);
        var entry = await fixture.Cloud.CreateRouteEntryAsync(
            new CreateRouteEntryRequest
            {
                RegionId = pair.InitiatorRouter.RegionId,
                RouteTableId = pair.InitiatorRouter.RouteTableId,
                DestinationCidrBlock = "192.168.30.0/24",
                NextHopList = [otherHop, pair.InitiatorId],
            },
            test.Token);
        await Eventually.HoldsAsync(async ct => (await fixture.StateAsync(ct)).RouteEntry(entry)?.Status == "Available", $"route entry {entry} Available", test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var refused = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(refused.Render());

        var failure = Assert.Single(refused.Failed);
        Assert.Equal((PairStack.InitiatorName, StatusCode.FailedPrecondition), (failure.Name, failure.Code));
        Assert.StartsWith("RouteEntriesPresent:", failure.Error, StringComparison.Ordinal);
        // Said once: the refusal is the operation's error, not also an error log line.
        Assert.Empty(refused.Diagnostics(engine.Urn(PairStack.InitiatorName), LogSeverity.Error));
        Assert.Contains($"entry {entry} (ECMP next hops {otherHop}, {pair.InitiatorId})", failure.Error, StringComparison.Ordinal);
        var calls = await requests.ReadAsync(test.Token);
        Assert.DoesNotContain(calls, RequestLog.IsMutating);
        var cloud = await fixture.StateAsync(test.Token);
        CloudAssert.Status(cloud, "Active", pair.InitiatorId, pair.AcceptorId);
        Assert.Equal("Available", cloud.RouteEntry(entry)?.Status);
        Assert.Equal(2, engine.State.Resources.Count);

        // force: true, then destroy: the warning names the other hop and both things the API may do with the entry.
        var up = await engine.UpAsync(new StackProgram(pair.Program.Resources.Select(r => r.With(("force", true)))), cancellationToken: test.Token);
        Assert.True(up.Succeeded, up.ToString());
        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        CloudAssert.Gone(await fixture.StateAsync(test.Token), pair.InitiatorId, pair.AcceptorId);
        var warning = Assert.Single(
            destroy.Diagnostics(engine.Urn(PairStack.InitiatorName), LogSeverity.Warning),
            m => m.StartsWith("RouteEntriesRemoved:", StringComparison.Ordinal) && m.Contains(entry, StringComparison.Ordinal));
        Assert.Contains($"also routes 192.168.30.0/24 through {otherHop}", warning, StringComparison.Ordinal);
        Assert.Contains("removes the whole entry", warning, StringComparison.Ordinal);
        Assert.Contains($"only its hop through {pair.InitiatorId}", warning, StringComparison.Ordinal);
    }
}
