using System.Collections.Concurrent;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// Builds N connected Active cross-region pairs with route entries: VPCs through the VPC client, then the router
/// interfaces through the plugin's own <c>up</c> in two stacks (a resource lives in its provider's region): the acceptors
/// in cn-shanghai, then the initiators in cn-hangzhou with connect=true, force=true; then one custom route entry per end
/// (the other side's CIDR via the interface). The initiators' stack is the one destroyed and measured. Seeding runs with zero transition times and no rate limit;
/// nothing of it is measured.
/// </summary>
public sealed class FleetSeeder(EmulatorProcess emulator, BenchClients clients, string pluginBinary)
{
    private const string Type = "alicloud-routerinterface:index:RouterInterface";
    private const int SeedParallel = 32;

    public Task<Fleet> SeedAsync(int pairs, Func<int, int, (int Initiator, int Acceptor)> place, CancellationToken cancellationToken) =>
        SeedAsync(pairs, FleetTopology.InitiatorRegion, FleetTopology.AcceptorRegion, "", place, cancellationToken);

    /// <summary>
    /// A fleet with its initiators in <paramref name="initiatorRegion"/>; <paramref name="stackSuffix"/> names its stacks
    /// apart from others on the emulator; <paramref name="place"/> gives pair i of n its VPC indexes (<see cref="Scenario.Place"/>).
    /// </summary>
    public async Task<Fleet> SeedAsync(
        int pairs, string initiatorRegion, string acceptorRegion, string stackSuffix, Func<int, int, (int Initiator, int Acceptor)> place, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        await emulator.Admin.SetTransitionsAsync(new Dictionary<string, double> { [EmulatorTransitions.All] = 0 }, cancellationToken);
        await emulator.Admin.SetLimitsAsync(new EmulatorLimitSettings(Qps: 0), cancellationToken);
        var placements = Enumerable.Range(0, pairs).Select(i => place(i, pairs)).ToList();
        var initiatorVpcs = await CreateVpcsAsync(initiatorRegion, true, placements.Select(p => p.Initiator), cancellationToken);
        var acceptorVpcs = await CreateVpcsAsync(acceptorRegion, false, placements.Select(p => p.Acceptor), cancellationToken);

        var acceptorStack = await StackAsync("acceptors" + stackSuffix, acceptorRegion, cancellationToken);
        var engine = await StackAsync("initiators" + stackSuffix, initiatorRegion, cancellationToken);
        try
        {
            var acceptors = placements.Select((p, i) => Acceptor(i, acceptorVpcs[p.Acceptor], initiatorVpcs[p.Initiator])).ToList();
            Require(await acceptorStack.UpAsync(new StackProgram(acceptors), SeedParallel, cancellationToken), "up (acceptors)");
            var initiators = placements.Select((p, i) => Initiator(i, initiatorVpcs[p.Initiator], acceptorVpcs[p.Acceptor], acceptorStack.State.Find(AcceptorName(i))!.Id)).ToList();
            Require(await engine.UpAsync(new StackProgram(initiators), SeedParallel, cancellationToken), "up (initiators)");

            var fleet = new List<FleetPair>();
            var routes = new ConcurrentDictionary<int, IReadOnlyList<string>>();
            await Parallel.ForEachAsync(Enumerable.Range(0, pairs), Options(cancellationToken), async (i, ct) =>
            {
                var (a, b) = placements[i];
                var initiatorId = engine.State.Find(InitiatorName(i))!.Id;
                var acceptorId = acceptorStack.State.Find(AcceptorName(i))!.Id;
                var first = await RouteAsync(initiatorVpcs[a], acceptorVpcs[b].CidrBlock, initiatorId, ct);
                var second = await RouteAsync(acceptorVpcs[b], initiatorVpcs[a].CidrBlock, acceptorId, ct);
                routes[i] = [first, second];
            });
            for (var i = 0; i < pairs; i++)
            {
                var (a, b) = placements[i];
                fleet.Add(new FleetPair(i, initiatorVpcs[a], acceptorVpcs[b], InitiatorName(i), AcceptorName(i),
                    engine.State.Find(InitiatorName(i))!.Id, acceptorStack.State.Find(AcceptorName(i))!.Id, routes[i]));
            }

            await RequireAllActiveAsync(fleet, cancellationToken);
            return new Fleet(engine, acceptorStack, fleet);
        }
        catch
        {
            await engine.DisposeAsync();
            await acceptorStack.DisposeAsync();
            throw;
        }
    }

    /// <summary>A stack whose default provider works in <paramref name="region"/> (a resource lives in its provider's region).</summary>
    private async Task<PulumiEngine> StackAsync(string stack, string region, CancellationToken cancellationToken)
    {
        var engine = await PulumiEngine.StartAsync(new PulumiEngineOptions { Stack = stack, PluginBinary = pluginBinary, Parallel = SeedParallel }, cancellationToken);
        engine.Config["region"] = region;
        engine.Config["accessKey"] = EmulatorCredentials.Dev.AccessKeyId;
        engine.Config["secretKey"] = ConfigValue.Secret(EmulatorCredentials.Dev.AccessKeySecret);
        engine.Config["endpoint"] = clients.Endpoint;
        return engine;
    }

    private static string InitiatorName(int i) => $"initiator-{i:D3}";

    private static string AcceptorName(int i) => $"acceptor-{i:D3}";

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = SeedParallel, CancellationToken = cancellationToken };

    private async Task<Dictionary<int, FleetVpc>> CreateVpcsAsync(string region, bool initiatorSide, IEnumerable<int> indexes, CancellationToken cancellationToken)
    {
        var created = new ConcurrentDictionary<int, FleetVpc>();
        await Parallel.ForEachAsync(indexes.Distinct(), Options(cancellationToken), async (index, ct) =>
        {
            var cidr = FleetTopology.Cidr(initiatorSide, index);
            var vpc = await clients.Client.CreateVpcAsync(new CreateVpcRequest { RegionId = region, CidrBlock = cidr, VpcName = $"bench-{(initiatorSide ? "a" : "b")}{index:D3}" }, ct);
            created[index] = new FleetVpc(region, vpc.VpcId, vpc.VRouterId, vpc.RouteTableId, cidr);
        });
        return new Dictionary<int, FleetVpc>(created);
    }

    /// <summary>Route changes in one table are serial (A3/A4): pairs on a shared router take turns through busy answers.</summary>
    private async Task<string> RouteAsync(FleetVpc vpc, string destination, string interfaceId, CancellationToken cancellationToken) =>
        await RouteEntrySeeding.CreateAsync(clients.Client, new CreateRouteEntryRequest
        {
            RegionId = vpc.RegionId,
            RouteTableId = vpc.RouteTableId,
            DestinationCidrBlock = destination,
            NextHopType = "RouterInterface",
            NextHopId = interfaceId,
        }, TimeProvider.System, cancellationToken);

    private static ResourceDeclaration Acceptor(int i, FleetVpc own, FleetVpc opposite) => new(Type, AcceptorName(i), PropertyValues.Object(
        ("routerId", own.RouterId),
        ("routerType", "VRouter"),
        ("role", "AcceptingSide"),
        ("spec", "Negative"),
        ("oppositeRegionId", opposite.RegionId),
        ("oppositeRouterId", opposite.RouterId),
        ("oppositeRouterType", "VRouter"),
        ("name", AcceptorName(i)),
        ("force", true)));

    private static ResourceDeclaration Initiator(int i, FleetVpc own, FleetVpc opposite, string acceptorId) => new(Type, InitiatorName(i), PropertyValues.Object(
        ("routerId", own.RouterId),
        ("routerType", "VRouter"),
        ("role", "InitiatingSide"),
        ("spec", "Mini.2"),
        ("oppositeRegionId", opposite.RegionId),
        ("oppositeRouterId", opposite.RouterId),
        ("oppositeRouterType", "VRouter"),
        ("oppositeInterfaceId", acceptorId),
        ("name", InitiatorName(i)),
        ("connect", true),
        ("force", true)));

    private static void Require(OperationResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"seeding failed at {what}: {result}\n{Tail(result.PluginStandardError)}");
        }
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

    private async Task RequireAllActiveAsync(IReadOnlyList<FleetPair> fleet, CancellationToken cancellationToken)
    {
        foreach (var region in fleet.SelectMany(p => new[] { p.InitiatorVpc.RegionId, p.AcceptorVpc.RegionId }).Distinct())
        {
            var ids = fleet.SelectMany(p => new[] { (p.InitiatorVpc.RegionId, p.InitiatorId), (p.AcceptorVpc.RegionId, p.AcceptorId) })
                .Where(e => e.RegionId == region).Select(e => e.Item2).ToList();
            var infos = await clients.Client.DescribeRouterInterfacesAsync(region, ids, cancellationToken);
            var notActive = ids.Count - infos.Count(i => i.Status == "Active");
            if (notActive > 0)
            {
                throw new InvalidOperationException($"seeding left {notActive} interfaces of {region} not Active");
            }
        }
    }
}
