using Alicloud.RouterInterface.Testing.Cloud;
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
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(TimeSpan.FromMinutes(2));
        foreach (var table in entries.GroupBy(e => e.Vpc))
        {
            var nextHops = table.Select(e => e.NextHop).ToHashSet(StringComparer.Ordinal);
            while ((await client.DescribeRouteEntriesAsync(table.Key.RegionId, table.Key.RouteTableId, null, bound.Token)).Any(r => nextHops.Contains(r.NextHopId)))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), bound.Token);
            }
        }
    }
}
