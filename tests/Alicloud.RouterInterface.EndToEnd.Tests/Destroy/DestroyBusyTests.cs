using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>
/// Busy and throttling answers (A3) from every call of the delete are waited through with backoff: injected into
/// the strict emulator one after another, the destroy still removes the pair and reports no error.
/// </summary>
public sealed class DestroyBusyTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    private static readonly string[] BusyCodes = ["TaskConflict", "IncorrectVpcStatus", "OperationFailed.DistibuteLock", "SystemBusy", "Rejected.Throttling"];

    [Fact]
    public async Task Destroy_ThroughInjectedBusyAndThrottlingAnswers_Succeeds()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);
        // Rules fire in the order added, each once: every busy code meets DeleteExpressConnect in turn; the looks,
        // the route lookup and the deactivation each meet one too. Both routers are in one region, so the route
        // lookup reads them together through the region's listing, which names no router.
        FaultRule[] rules =
        [
            new() { Action = "DescribeRouterInterfaces", ResourceId = pair.InitiatorId, Code = "SystemBusy", Count = 1 },
            new() { Action = "DescribeRouteTableList", Code = "IncorrectStatus.RouteTableStatus", Count = 1 },
            new() { Action = "DeactivateRouterInterface", ResourceId = pair.InitiatorId, Code = "TaskConflict", Count = 1 },
            .. BusyCodes.Select(code => new FaultRule { Action = "DeleteExpressConnect", ResourceId = pair.InitiatorId, Code = code, Count = 1 }),
        ];
        foreach (var rule in rules)
        {
            await fixture.Admin.AddFaultAsync(rule, test.Token);
        }

        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(destroy.Render());
        var log = await requests.ReadAsync(test.Token);
        output.WriteLine(RequestLog.Describe(log));

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Empty(engine.State.Resources);
        CloudAssert.Gone(await fixture.StateAsync(test.Token), pair.InitiatorId, pair.AcceptorId);
        var deletes = log.Where(r => r.Action == "DeleteExpressConnect").Select(r => r.Code ?? "ok").ToList();
        Assert.Equal([.. BusyCodes, "ok"], deletes.Where(c => c != "IncorrectStatus.RouterInterface"));
        Assert.Contains(log, r => r.Action == "DescribeRouterInterfaces" && r.Code == "SystemBusy");
        Assert.Contains(log, r => r.Action == "DescribeRouteTableList" && r.Code == "IncorrectStatus.RouteTableStatus");
        Assert.Contains(log, r => r.Action == "DeactivateRouterInterface" && r.Code == "TaskConflict");
        Assert.DoesNotContain(destroy.Logs, l => l.Severity == LogSeverity.Error);
    }
}
