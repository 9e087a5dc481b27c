using System.Collections.Concurrent;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Reads the route tables of routers on the <see cref="SharedPoller"/>, in one scope per region and router type whose
/// requests are router IDs, so that the routers whose deletes ask at the same moment share one serve:
/// <list type="bullet">
/// <item>one router: DescribeRouteTableList with its RouterId, all pages (one call as a rule);</item>
/// <item>several: the region's listing without RouterId when it pays: its first page, then further pages only while the
/// listing has no more pages than routers were asked; otherwise one read per router, so a serve never costs more than
/// one call over reading per router. A router absent from a complete listing has no tables; a partial listing proves
/// nothing (a router seen on it may have more tables on later pages).</item>
/// </list>
/// The page count last seen per region and router type sends a region known to be large per router at once.
/// </summary>
public sealed class RouteTableReader(IProviderContext context, SharedPoller shared)
{
    private readonly ConcurrentDictionary<(string Region, string RouterType), int> _pagesSeen = new();

    /// <summary>The route tables of <paramref name="routerId"/>, read together with those of the routers asked at the same moment.</summary>
    public async Task<IReadOnlyList<RouteTableInfo>> ReadAsync(string regionId, string routerId, string routerType, CancellationToken cancellationToken)
    {
        var perRouter = await shared.ReadAsync<string, IReadOnlyDictionary<string, Task<IReadOnlyList<RouteTableInfo>>>>(
            $"DescribeRouteTableList {regionId} {routerType}", routerId, TimeSpan.Zero,
            (routers, token) => ServeAsync(regionId, routerType, routers, token), cancellationToken);
        return await perRouter[routerId];
    }

    /// <summary>Every asked router's tables, each a completed task: a router's failed read fails only the deletes on that router.</summary>
    private async Task<IReadOnlyDictionary<string, Task<IReadOnlyList<RouteTableInfo>>>> ServeAsync(
        string regionId, string routerType, IReadOnlyList<string> requests, CancellationToken cancellationToken)
    {
        var routers = requests.Distinct(StringComparer.Ordinal).ToList();
        if (routers.Count > 1 && await ListRegionAsync(regionId, routerType, routers.Count, cancellationToken) is { } listed)
        {
            var byRouter = listed.ToLookup(t => t.RouterId, StringComparer.Ordinal);
            return routers.ToDictionary(r => r, r => Task.FromResult<IReadOnlyList<RouteTableInfo>>([.. byRouter[r]]), StringComparer.Ordinal);
        }

        var reads = routers.ToDictionary(r => r, r => context.VpcClient.DescribeRouteTablesAsync(regionId, r, routerType, cancellationToken), StringComparer.Ordinal);
        await Task.WhenAll(reads.Values.Cast<Task>()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        return reads;
    }

    /// <summary>
    /// The region's tables of the router type when the listing is complete within at most <paramref name="routers"/>
    /// pages; null when reading per router costs less (a large region) or the listing is not provably complete.
    /// </summary>
    private async Task<IReadOnlyList<RouteTableInfo>?> ListRegionAsync(string regionId, string routerType, int routers, CancellationToken cancellationToken)
    {
        var key = (regionId, routerType);
        if (_pagesSeen.TryGetValue(key, out var seen) && seen > routers)
        {
            return null;
        }

        var tables = new List<RouteTableInfo>();
        int? firstTotal = null;
        for (var pageNumber = 1; ; pageNumber++)
        {
            var page = await context.VpcClient.DescribeRouteTablePageAsync(regionId, routerType, pageNumber, cancellationToken);
            tables.AddRange(page.Tables);
            if (page.TotalCount is not { } total)
            {
                // no TotalCount: only a short first page shows its end
                return pageNumber == 1 && page.Tables.Count < page.PageSize ? tables : null;
            }

            var pages = Math.Max(1, (total + page.PageSize - 1) / page.PageSize);
            _pagesSeen[key] = pages;
            firstTotal ??= total;
            var distinct = tables.DistinctBy(t => t.RouteTableId).ToList();
            if (total != firstTotal || distinct.Count > total)
            {
                return null; // the region changed while it was listed: its pages may have shifted
            }

            if (distinct.Count == total)
            {
                return distinct;
            }

            if (pages > routers || pageNumber >= pages || page.Tables.Count == 0)
            {
                return null;
            }
        }
    }
}
