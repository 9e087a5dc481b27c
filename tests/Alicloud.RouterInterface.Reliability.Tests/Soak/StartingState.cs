using System.Globalization;
using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Reliability.Tests.Soak;

/// <summary>
/// Builds a starting state: VPCs with the setup key, the interfaces through the provider itself (<c>pulumi up</c>, so
/// the stack state is what the provider recorded), then changes outside the stack (route entries, a deactivation, an
/// out-of-band delete).
/// </summary>
internal static class StartingState
{
    public static readonly CustomTimeouts DeleteTimeout = CustomTimeouts.Parse(delete: "90s");

    /// <summary>Deactivating long enough that the destroy still meets it.</summary>
    private const double DeactivatingSeconds = 1.5;

    public static async Task<IReadOnlyList<DeployedPart>> BuildAsync(Cloud cloud, PulumiEngine engine, IReadOnlyList<PartPlan> plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(plans);
        var vpcs = new List<(CreateVpcResult Initiator, CreateVpcResult? Acceptor)>();
        foreach (var plan in plans)
        {
            var initiatorVpc = await cloud.CreateVpcAsync("10.0.0.0/16", cancellationToken);
            var acceptorVpc = plan.IsPair ? await cloud.CreateVpcAsync("10.1.0.0/16", cancellationToken) : null;
            vpcs.Add((initiatorVpc, acceptorVpc));
        }

        var acceptors = plans.Select((plan, i) => (plan, vpc: vpcs[i]))
            .Where(p => p.plan.IsPair)
            .Select(p => new ResourceDeclaration(
                RouterInterfaceInputs.Token,
                p.plan.AcceptorName,
                RouterInterfaceInputs.Acceptor(p.vpc.Acceptor!.VRouterId, p.vpc.Initiator.VRouterId, p.plan.AcceptorName, p.plan.AcceptorForce))
            {
                CustomTimeouts = DeleteTimeout,
            })
            .ToList();
        if (acceptors.Count > 0)
        {
            await UpAsync(engine, new StackProgram(acceptors), cancellationToken);
        }

        var initiators = plans.Select((plan, i) => Initiator(engine, plan, vpcs[i].Initiator, vpcs[i].Acceptor));
        await UpAsync(engine, new StackProgram(acceptors.Concat(initiators)), cancellationToken);

        var deployed = plans.Select((plan, i) => new DeployedPart(
            plan,
            Stacks.IdOf(engine, plan.InitiatorName),
            plan.IsPair ? Stacks.IdOf(engine, plan.AcceptorName) : null,
            vpcs[i].Initiator,
            vpcs[i].Acceptor)).ToList();
        foreach (var part in deployed)
        {
            await ChangeOutsideTheStackAsync(cloud, part, cancellationToken);
        }

        return deployed;
    }

    private static ResourceDeclaration Initiator(PulumiEngine engine, PartPlan plan, CreateVpcResult vpc, CreateVpcResult? acceptorVpc)
    {
        if (!plan.IsPair)
        {
            return new ResourceDeclaration(
                RouterInterfaceInputs.Token,
                plan.InitiatorName,
                RouterInterfaceInputs.Single(vpc.VRouterId, plan.InitiatorName, plan.InitiatorForce, plan.PrepaidInitiator))
            {
                CustomTimeouts = DeleteTimeout,
            };
        }

        var inputs = RouterInterfaceInputs.Initiator(
            vpc.VRouterId,
            acceptorVpc!.VRouterId,
            Stacks.IdOf(engine, plan.AcceptorName),
            plan.InitiatorName,
            plan.InitiatorForce,
            plan.Connected,
            plan.PrepaidInitiator);

        // it references the acceptor's ID, so the engine orders it after the acceptor (and deletes it first)
        return new ResourceDeclaration(RouterInterfaceInputs.Token, plan.InitiatorName, inputs)
        {
            DependsOn = [plan.AcceptorName],
            CustomTimeouts = DeleteTimeout,
        };
    }

    private static async Task UpAsync(PulumiEngine engine, StackProgram program, CancellationToken cancellationToken)
    {
        var up = await engine.UpAsync(program, cancellationToken: cancellationToken);
        if (!up.Succeeded)
        {
            throw new InvalidOperationException($"Building the starting state failed: {up}");
        }
    }

    private static async Task ChangeOutsideTheStackAsync(Cloud cloud, DeployedPart part, CancellationToken cancellationToken)
    {
        var plan = part.Plan;
        for (var k = 0; k < plan.InitiatorRoutes; k++)
        {
            await cloud.AddRouteEntryAsync(part.InitiatorVpc.RouteTableId, Cidr(plan.Index, k), part.InitiatorId, cancellationToken);
        }

        for (var k = 0; k < plan.AcceptorRoutes; k++)
        {
            await cloud.AddRouteEntryAsync(part.AcceptorVpc!.RouteTableId, Cidr(plan.Index, 10 + k), part.AcceptorId!, cancellationToken);
        }

        switch (plan.Kind)
        {
            case StartKind.DeactivatingPair:
                await cloud.Admin.SetTransitionsAsync(new Dictionary<string, double> { [EmulatorTransitions.Deactivating] = DeactivatingSeconds }, cancellationToken);
                await cloud.Setup.DeactivateRouterInterfaceAsync(Cloud.Region, plan.DeactivateInitiator ? part.InitiatorId : part.AcceptorId!, cancellationToken);
                break;
            case StartKind.AlreadyGone:
                // another tool deletes the idle initiator the way every variant allows (B1: DeleteExpressConnect may
                // take fast-link instances only): DeleteRouterInterface
                await cloud.Setup.DeleteRouterInterfaceAsync(Cloud.Region, part.InitiatorId, $"soak-oob-{Guid.NewGuid():N}", cancellationToken);
                break;
        }
    }

    private static string Cidr(int part, int entry) =>
        string.Create(CultureInfo.InvariantCulture, $"192.{168 + (part % 80)}.{entry}.0/24");
}
