using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Polling;
using Alicloud.Vpc.Client;

namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// Removes the fleet's route entries and waits until they are gone: what a Terraform user's separate
/// <c>alicloud_route_entry</c> resources do before the router interfaces can go. Untimed.
/// </summary>
public static class RouteEntryRemover
{
    public static async Task RemoveAsync(IVpcClient client, Fleet fleet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fleet);
        var entries = fleet.Pairs.SelectMany(p => new[]
        {
            (Vpc: p.InitiatorVpc, Id: p.RouteEntryIds[0], NextHop: p.InitiatorId),
            (Vpc: p.AcceptorVpc, Id: p.RouteEntryIds[1], NextHop: p.AcceptorId),
        }).ToList();
        await Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (e, ct) =>
            await RouteEntrySeeding.DeleteAsync(client, e.Vpc.RegionId, e.Id, TimeProvider.System, ct)); // one change at a time per table (A3/A4)
        var polling = new PollingOptions { Bound = TimeSpan.FromMinutes(2), Interval = TimeSpan.FromMilliseconds(200) };
        foreach (var table in entries.GroupBy(e => e.Vpc))
        {
            var nextHops = table.Select(e => e.NextHop).ToHashSet(StringComparer.Ordinal);
            await Eventually.HoldsAsync(
                async ct => !(await client.DescribeRouteEntriesAsync(table.Key.RegionId, table.Key.RouteTableId, null, ct)).Any(r => nextHops.Contains(r.NextHopId)),
                $"route entries through the fleet gone from {table.Key.RouteTableId}",
                cancellationToken,
                polling);
        }
    }
}
