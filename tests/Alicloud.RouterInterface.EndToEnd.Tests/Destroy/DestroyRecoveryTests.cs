using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Polling;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>Destroys that meet a cloud not as the stack left it: deleted out of band, locked, a VPC not steady.</summary>
public sealed class DestroyRecoveryTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    private const string OperationLocked = "OperationFailed.OperationLocked";
    private const string IncorrectVpcStatus = "IncorrectStatus.Vpc";

    [Fact]
    public async Task Destroy_InterfaceDeletedOutOfBand_SucceedsWithAnInfoMessage()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var router = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
        var up = await engine.UpAsync(new StackProgram(Declarations.Initiator("lonely", router.RouterId, acceptorId: null, Regions.Remote, connect: false)), cancellationToken: test.Token);
        Assert.True(up.Succeeded, up.ToString());
        var id = engine.State.Find("lonely")!.Id;
        await fixture.Cloud.DeleteRouterInterfaceAsync(Regions.Home, id, Guid.NewGuid().ToString(), test.Token);
        // gone from the listing too (B5: a deleted interface stays listed for a while, and until then it is still there)
        await Eventually.HoldsAsync(
            async ct => (await fixture.StateAsync(ct)).IsGone(id) && await fixture.Cloud.DescribeRouterInterfaceAsync(Regions.Home, id, ct) is null,
            $"{id} deleted out of band and no longer listed",
            test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Empty(engine.State.Resources);
        var info = Assert.Single(destroy.Diagnostics(engine.Urn("lonely"), LogSeverity.Info));
        Assert.StartsWith("AlreadyGone:", info, StringComparison.Ordinal);
        Assert.Contains(id, info, StringComparison.Ordinal);
        Assert.DoesNotContain(destroy.Logs, l => l.Severity is LogSeverity.Error or LogSeverity.Warning);
        Assert.DoesNotContain(await requests.ReadAsync(test.Token), RequestLog.IsMutating);
    }

    [Fact]
    public async Task Destroy_OperationLockedAndVpcNotSteadyForAFewCalls_WaitsThroughAndSucceeds()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);
        // The instance is locked for maintenance (every change refused) and, once unlocked, its VPC is briefly not steady;
        // on top, DeleteExpressConnect's first attempt meets a lock of its own.
        await fixture.Admin.SeedAsync(new EmulatorSeed { RouterInterfaces = [new SeedRouterInterfaceFlags(pair.InitiatorId, OperationLocked: true)] }, test.Token);
        await fixture.Admin.AddFaultAsync(new FaultRule { Action = "DeleteExpressConnect", ResourceId = pair.InitiatorId, Code = OperationLocked, Count = 1 }, test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var destroying = engine.DestroyAsync(cancellationToken: test.Token);
        await requests.WaitForAsync(r => r.Action == "DeactivateRouterInterface" && r.Code == OperationLocked, 2, "two locked deactivations", test.Token);
        await fixture.Admin.SeedAsync(
            new EmulatorSeed
            {
                RouterInterfaces = [new SeedRouterInterfaceFlags(pair.InitiatorId, OperationLocked: false)],
                Vpcs = [new SeedVpcFlags(pair.InitiatorRouter.VpcId, NonSteady: true)],
            },
            test.Token);
        await requests.WaitForAsync(r => r.Action == "DeleteExpressConnect" && r.Code == IncorrectVpcStatus, 2, "two refusals for the VPC's status", test.Token);
        await fixture.Admin.SeedAsync(new EmulatorSeed { Vpcs = [new SeedVpcFlags(pair.InitiatorRouter.VpcId, NonSteady: false)] }, test.Token);
        var destroy = await destroying;
        output.WriteLine(destroy.Render());
        var log = await requests.ReadAsync(test.Token);
        output.WriteLine(RequestLog.Describe(log));

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Empty(engine.State.Resources);
        CloudAssert.Gone(await fixture.StateAsync(test.Token), pair.InitiatorId, pair.AcceptorId);
        var deletes = log.Where(r => r.Action == "DeleteExpressConnect").Select(r => r.Code ?? "ok").ToList();
        Assert.Equal(OperationLocked, deletes[0]);
        Assert.Equal("ok", deletes[^1]);
        Assert.True(deletes.Count(c => c == IncorrectVpcStatus) >= 2, string.Join(", ", deletes));
        var status = destroy.StatusLines(engine.Urn(PairStack.InitiatorName));
        Assert.Contains(status, l => l.StartsWith($"retrying after {OperationLocked} from DeactivateRouterInterface", StringComparison.Ordinal));
        Assert.Contains(status, l => l.StartsWith($"waiting to retry DeleteExpressConnect after {OperationLocked}", StringComparison.Ordinal));
        Assert.Contains(status, l => l.StartsWith($"waiting to retry DeleteExpressConnect after {IncorrectVpcStatus}", StringComparison.Ordinal));
        Assert.DoesNotContain(destroy.Logs, l => l.Severity == LogSeverity.Error);
    }
}
