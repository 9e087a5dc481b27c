using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Engine;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>
/// Issue 15 item 6 under B6: with DescribeRouterInterfaces honouring only five IDs per filter, a fleet destroy never
/// counts an existing interface as gone (the shared poller looks a missing ID up alone, then sends fewer per call).
/// </summary>
public sealed class DestroyFilterCapTests(FilterCapEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FilterCapEmulatorFixture>
{
    private const int Pairs = 10;
    private const int Parallel = 8;

    [Fact]
    public async Task Destroy_FleetWhileTheApiTruncatesFilterValues_DeletesEveryPairAndNoneCountedGoneEarly()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        // at most five interfaces per router, one connected pair per two routers: pair i joins home i % 3 with remote i / 3
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
        // every delete found its pair and deleted it: an end counted gone early would end "already gone" with no delete
        Assert.DoesNotContain(destroy.Logs, l => l.Message.Contains("AlreadyGone", StringComparison.Ordinal));
        var log = await requests.ReadAsync(test.Token);
        Assert.Equal(Pairs, log.Count(r => r.Action == "DeleteExpressConnect" && r.Code is null));
        var polls = log.Where(r => r.Action == "DescribeRouterInterfaces").Select(r => RequestLog.DescribedIds(r).Count).ToList();
        output.WriteLine($"{polls.Count} DescribeRouterInterfaces calls carrying {string.Join(", ", polls)} IDs");
        // before the first truncation is proven each region may send one call over the cap; after it, none
        Assert.InRange(polls.Count(n => n > FilterCapEmulatorFixture.Cap), 0, 2);
    }
}
