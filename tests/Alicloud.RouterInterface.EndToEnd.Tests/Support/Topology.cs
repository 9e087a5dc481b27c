using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>Arranges cloud resources: VPCs and route entries out of band, router interfaces through the engine.</summary>
internal static class Topology
{
    public static async Task<Router> NewRouterAsync(this EmulatorFixture fixture, string regionId, CancellationToken cancellationToken)
    {
        var vpc = await fixture.Cloud.CreateVpcAsync(new CreateVpcRequest { RegionId = regionId, CidrBlock = "10.0.0.0/8" }, cancellationToken);
        return new Router(regionId, vpc.VpcId, vpc.VRouterId, vpc.RouteTableId);
    }

    /// <summary>
    /// <c>pulumi up</c> twice, as a program whose initiator refers to the acceptor's ID resolves: the acceptor first,
    /// then both (the initiator depends on the acceptor and points at it; with <paramref name="connect"/> it connects).
    /// </summary>
    public static async Task<PairStack> UpPairAsync(
        this EmulatorFixture fixture,
        PulumiEngine engine,
        bool connect,
        CancellationToken cancellationToken,
        (string Key, object? Value)[]? acceptorInputs = null,
        (string Key, object? Value)[]? initiatorInputs = null,
        CustomTimeouts? timeouts = null)
    {
        var acceptorRouter = await fixture.NewRouterAsync(Regions.Home, cancellationToken);
        var initiatorRouter = await fixture.NewRouterAsync(Regions.Home, cancellationToken);
        var acceptor = Declarations.Acceptor(PairStack.AcceptorName, acceptorRouter.RouterId, acceptorInputs ?? []) with { CustomTimeouts = timeouts };
        var first = await engine.UpAsync(new StackProgram(acceptor), cancellationToken: cancellationToken);
        Assert.True(first.Succeeded, first.ToString());
        var acceptorId = engine.State.Find(PairStack.AcceptorName)!.Id;

        var initiator = Declarations.Initiator(PairStack.InitiatorName, initiatorRouter.RouterId, acceptorId, Regions.Home, connect, initiatorInputs ?? []) with
        {
            DependsOn = [PairStack.AcceptorName],
            CustomTimeouts = timeouts,
        };
        var program = new StackProgram(acceptor, initiator);
        var second = await engine.UpAsync(program, cancellationToken: cancellationToken);
        Assert.True(second.Succeeded, second.ToString());
        return new PairStack(program, acceptorId, engine.State.Find(PairStack.InitiatorName)!.Id, acceptorRouter, initiatorRouter);
    }

    /// <summary>An acceptor created outside the stack (another team's VPC in the remote region), waiting for the initiator.</summary>
    public static Task<string> CreateRemoteAcceptorAsync(this EmulatorFixture fixture, Router remote, string name, CancellationToken cancellationToken) =>
        fixture.Cloud.CreateRouterInterfaceAsync(
            new CreateRouterInterfaceRequest
            {
                RegionId = remote.RegionId,
                Role = "AcceptingSide",
                RouterType = "VRouter",
                RouterId = remote.RouterId,
                Spec = "Negative",
                OppositeRegionId = Regions.Home,
                Name = name,
            },
            cancellationToken);

    /// <summary>A custom route entry in the router's system table whose next hop is a router interface; waits until it is Available.</summary>
    public static async Task<string> CreateRouteToAsync(this EmulatorFixture fixture, Router router, string destinationCidr, string routerInterfaceId, CancellationToken cancellationToken)
    {
        var id = await fixture.Cloud.CreateRouteEntryAsync(
            new CreateRouteEntryRequest
            {
                RegionId = router.RegionId,
                RouteTableId = router.RouteTableId,
                DestinationCidrBlock = destinationCidr,
                NextHopType = "RouterInterface",
                NextHopId = routerInterfaceId,
            },
            cancellationToken);
        await Eventually.HoldsAsync(async ct => (await fixture.StateAsync(ct)).RouteEntry(id)?.Status == "Available", $"route entry {id} Available", cancellationToken);
        return id;
    }

    /// <summary>Waits until none of the interfaces is in a transition (the deadline of a timed-out delete has no say over the cloud).</summary>
    public static Task WaitUntilSettledAsync(this EmulatorFixture fixture, IReadOnlyList<string> routerInterfaceIds, CancellationToken cancellationToken) =>
        Eventually.HoldsAsync(
            async ct =>
            {
                var cloud = await fixture.StateAsync(ct);
                return routerInterfaceIds.All(id => cloud.Interface(id)?.Status is "Active" or "Inactive" or "Idle");
            },
            $"{string.Join(", ", routerInterfaceIds)} settled",
            cancellationToken);
}
