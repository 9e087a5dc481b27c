using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Finds the custom route entries whose next hop is a router interface, for every delete in flight, on the
/// <see cref="SharedPoller"/>: the route tables of a router are read and kept by <see cref="RouteTableReader"/> (routers
/// asked at the same moment share their reads), the entries of a table one shared read per table, always afresh, so
/// deletes that ask at the same time share one DescribeRouteEntryList and none gets an answer older than its question. An entry counts when any of its next hops
/// is the interface (ECMP, A2); the listing is never filtered by NextHopId, because the API does not say whether that
/// filter matches an ECMP entry's other hops.
/// It only reads: which tables our deletes are emptying is <see cref="RouterInterface.Delete.RouteTableTurnLock"/>'s.
/// </summary>
public sealed class RouteEntryLookup(IProviderContext context, SharedPoller shared, RouteTableReader tableReader)
{
    /// <summary>The tables of a router as last read (empty when not read yet or the read failed).</summary>
    public IReadOnlyList<(string Region, string TableId)> KnownTables(string regionId, string routerId, string routerType) =>
        tableReader.Known(regionId, routerId, routerType);

    /// <summary>The custom entries (in any table of the router) with <paramref name="nextHopId"/> among their next hops.</summary>
    public async Task<IReadOnlyList<RouteEntryRef>> FindAsync(string regionId, string routerId, string routerType, string nextHopId, CancellationToken cancellationToken)
    {
        var tables = await tableReader.ReadAsync(regionId, routerId, routerType, cancellationToken);
        var perTable = await Task.WhenAll(tables.Select(t => shared.ReadAsync<string, IReadOnlyList<RouteEntryInfo>>(
            $"DescribeRouteEntryList {regionId} {t.RouteTableId}", nextHopId, TimeSpan.Zero,
            (_, token) => context.VpcClient.DescribeRouteEntriesAsync(regionId, t.RouteTableId, null, token), cancellationToken)));
        return [.. perTable.SelectMany(entries => entries)
            .Where(e => e.RoutesThrough(nextHopId) && IsCustom(e.Type))
            .Select(e => new RouteEntryRef(regionId, e.RouteTableId, e.DestinationCidrBlock, e.RouteEntryId, nextHopId)
            {
                NextHopIds = [.. e.NextHops.Select(h => h.NextHopId)],
            })];
    }

    private static bool IsCustom(string type) => type.Length == 0 || string.Equals(type, "Custom", StringComparison.OrdinalIgnoreCase);
}
