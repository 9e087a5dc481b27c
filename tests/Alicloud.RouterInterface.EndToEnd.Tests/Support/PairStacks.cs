using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Polling;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>Pairs through the engine, on routers made out of band (<see cref="Topology"/>).</summary>
internal static class PairStacks
{
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
        var acceptorRouter = await fixture.Cloud.NewRouterAsync(Regions.Home, cancellationToken);
        var initiatorRouter = await fixture.Cloud.NewRouterAsync(Regions.Home, cancellationToken);
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
