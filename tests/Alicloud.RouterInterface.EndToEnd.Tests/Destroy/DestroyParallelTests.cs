using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Engine;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>Deletes running at once: a CI teardown of many cross-region pairs, and both ends of one pair.</summary>
public sealed class DestroyParallelTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    private const int Pairs = 10;
    private const int Parallel = 8;

    [Fact]
    public async Task Destroy_TenActiveCrossRegionPairsInParallel_DeletesAllAndSharesStatusPolls()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        // Five router interfaces per router at most, and one connected pair per two routers (Forbidden.OnlyOneConnection):
        // pair i joins home router i % 3 with remote router i / 3.
        var homeRouters = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fixture.Cloud.NewRouterAsync(Regions.Home, test.Token)));
        var remoteRouters = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.Cloud.NewRouterAsync(Regions.Remote, test.Token)));
        var acceptors = await Task.WhenAll(Enumerable.Range(0, Pairs).Select(i => fixture.Cloud.CreateAcceptorAsync(remoteRouters[i / 3], Regions.Home, $"peer-{i}", test.Token)));
        var program = new StackProgram(Enumerable.Range(0, Pairs).Select(i =>
            Declarations.Initiator($"link-{i}", homeRouters[i % 3].RouterId, acceptors[i], Regions.Remote, connect: true)));
        var up = await engine.UpAsync(program, parallel: Parallel, cancellationToken: test.Token);
        Assert.True(up.Succeeded, up.ToString());
        var initiators = engine.State.Resources.Select(r => r.Id).ToList();
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Active", [.. initiators, .. acceptors]);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var destroy = await engine.DestroyAsync(parallel: Parallel, cancellationToken: test.Token);
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Empty(engine.State.Resources);
        CloudAssert.Gone(await fixture.StateAsync(test.Token), [.. initiators, .. acceptors]);

        var polls = (await requests.ReadAsync(test.Token)).Where(r => r.Action == "DescribeRouterInterfaces").ToList();
        var observations = polls.Sum(p => RequestLog.DescribedIds(p).Count);
        output.WriteLine($"{polls.Count} DescribeRouterInterfaces calls carried {observations} interface look-ups " +
            $"(at most {polls.Max(p => RequestLog.DescribedIds(p).Count)} in one call); destroy took {destroy.Duration.TotalSeconds:0.0} s");
        // A waiter polling on its own asks for its own end in each region: one interface per call, so as many calls as
        // look-ups. Shared polls ask for every waiting end of a region at once. Loose bounds: at least two look-ups per
        // call on average, and some calls serving half the parallel deletes.
        Assert.True(polls.Count * 2 <= observations, $"{polls.Count} calls for {observations} look-ups: polls are not shared");
        Assert.Contains(polls, p => RequestLog.DescribedIds(p).Count >= Parallel / 2);
    }

    [Fact]
    public async Task Destroy_BothEndsOfAPairAtOnce_DeletesTheInstanceOnceAndBothSucceed()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);
        // A program that hard-codes the acceptor's ID has no dependency between the two: the engine deletes both at once.
        foreach (var resource in engine.State.Resources)
        {
            engine.State.Upsert(resource with { Dependencies = [] });
        }

        var requests = await fixture.MarkRequestsAsync(test.Token);
        var destroy = await engine.DestroyAsync(parallel: 2, cancellationToken: test.Token);
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Empty(engine.State.Resources);
        CloudAssert.Gone(await fixture.StateAsync(test.Token), pair.InitiatorId, pair.AcceptorId);
        var log = await requests.ReadAsync(test.Token);
        output.WriteLine(RequestLog.Describe(log));
        Assert.Single(log, r => r.Action == "DeleteExpressConnect" && r.Code is null);
        Assert.DoesNotContain(destroy.Logs, l => l.Severity == Pulumirpc.LogSeverity.Error);
    }
}
