using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Bench;

/// <summary>A VPC the seeder created (its vRouter carries router interfaces, its system table the route entries).</summary>
public sealed record FleetVpc(string RegionId, string VpcId, string RouterId, string RouteTableId, string CidrBlock);

/// <summary>One connected pair: the initiator resource (connect=true) and the acceptor resource, with their route entries.</summary>
public sealed record FleetPair(
    int Index,
    FleetVpc InitiatorVpc,
    FleetVpc AcceptorVpc,
    string InitiatorName,
    string AcceptorName,
    string InitiatorId,
    string AcceptorId,
    IReadOnlyList<string> RouteEntryIds);

/// <summary>
/// A seeded fleet: the initiators' stack (destroyed and measured; DeleteExpressConnect takes both ends), the acceptors'
/// stack (left alone) and what is in the cloud.
/// </summary>
public sealed class Fleet(PulumiEngine engine, PulumiEngine? acceptorStack, IReadOnlyList<FleetPair> pairs) : IAsyncDisposable
{
    public PulumiEngine Engine { get; } = engine;

    public PulumiEngine? AcceptorStack { get; } = acceptorStack;

    public IReadOnlyList<FleetPair> Pairs { get; } = pairs;

    public IEnumerable<(string RegionId, string Id)> Interfaces =>
        Pairs.SelectMany(p => new[] { (p.InitiatorVpc.RegionId, p.InitiatorId), (p.AcceptorVpc.RegionId, p.AcceptorId) });

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        if (AcceptorStack is not null)
        {
            await AcceptorStack.DisposeAsync();
        }
    }
}
