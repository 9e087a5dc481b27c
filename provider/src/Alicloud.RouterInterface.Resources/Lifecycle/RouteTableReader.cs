using System.Collections.Concurrent;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client.Models;
using Microsoft.Extensions.Options;

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
/// The page count last seen per region and router type sends a region known to be large per router at once. What was
/// read is kept for <see cref="LifecycleOptions.RouteTableCacheTime"/> (tables rarely change), for every router a
/// complete listing showed, so deletes that start later on other routers of the region read nothing.
/// </summary>
public sealed class RouteTableReader(IProviderContext context, SharedPoller shared, IOptions<LifecycleOptions> options)
{
    private readonly ConcurrentDictionary<(string Region, string RouterType), int> _pagesSeen = new();
    private readonly ConcurrentDictionary<(string Region, string RouterId, string RouterType), (IReadOnlyList<RouteTableInfo> Tables, DateTimeOffset At)> _known = new();
    private readonly ConcurrentDictionary<(string Region, string RouterId, string RouterType), Shown> _shown = new();

    /// <summary>The tables of a router as last read (empty when not read yet or the read failed).</summary>
    public IReadOnlyList<(string Region, string TableId)> Known(string regionId, string routerId, string routerType) =>
        _known.TryGetValue((regionId, routerId, routerType), out var known) ? [.. known.Tables.Select(t => (regionId, t.RouteTableId))] : [];

    /// <summary>The route tables of <paramref name="routerId"/>: as kept, or read together with those of the routers asked at the same moment.</summary>
    public async Task<IReadOnlyList<RouteTableInfo>> ReadAsync(string regionId, string routerId, string routerType, CancellationToken cancellationToken)
    {
        if (Fresh(regionId, routerId, routerType) is { } known)
        {
            return known;
        }

        // a listing in flight may show this router: then its answer needs no wait for the scope's next serve
        var shown = _shown.GetOrAdd((regionId, routerId, routerType), _ => new Shown());
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shown.Signal.Token);
        try
        {
            var perRouter = await shared.ReadAsync<string, IReadOnlyDictionary<string, Task<IReadOnlyList<RouteTableInfo>>>>(
                $"DescribeRouteTableList {regionId} {routerType}", routerId, TimeSpan.Zero,
                (routers, token) => ServeAsync(regionId, routerType, routers, token), stop.Token);
            return await perRouter[routerId];
        }
        catch (OperationCanceledException) when (shown.Signal.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return shown.Tables;
        }
    }

    private IReadOnlyList<RouteTableInfo>? Fresh(string regionId, string routerId, string routerType) =>
        _known.TryGetValue((regionId, routerId, routerType), out var known) && shared.Time.GetUtcNow() - known.At < options.Value.RouteTableCacheTime
            ? known.Tables
            : null;

    private void Keep(string regionId, string routerType, string routerId, IReadOnlyList<RouteTableInfo> tables, DateTimeOffset at)
    {
        _known[(regionId, routerId, routerType)] = (tables, at);
        if (_shown.TryRemove((regionId, routerId, routerType), out var waiting))
        {
            waiting.Tables = tables;
            waiting.Signal.Cancel();
        }
    }

    /// <summary>Every asked router's tables, each a completed task: a router's failed read fails only the deletes on that router.</summary>
    private async Task<IReadOnlyDictionary<string, Task<IReadOnlyList<RouteTableInfo>>>> ServeAsync(
        string regionId, string routerType, IReadOnlyList<string> requests, CancellationToken cancellationToken)
    {
        // asked while the serve before this one was in flight: what that serve kept needs no call
        var asked = requests.Distinct(StringComparer.Ordinal).ToList();
        var kept = asked.Select(r => (Router: r, Tables: Fresh(regionId, r, routerType))).Where(k => k.Tables is not null)
            .ToDictionary(k => k.Router, k => Task.FromResult(k.Tables!), StringComparer.Ordinal);
        var routers = asked.Where(r => !kept.ContainsKey(r)).ToList();
        if (routers.Count == 0)
        {
            return kept;
        }

        var at = shared.Time.GetUtcNow();
        if (routers.Count > 1 && await ListRegionAsync(regionId, routerType, routers.Count, cancellationToken) is { } listed)
        {
            var byRouter = listed.ToLookup(t => t.RouterId, StringComparer.Ordinal);
            foreach (var router in byRouter.Select(g => g.Key).Union(routers, StringComparer.Ordinal))
            {
                Keep(regionId, routerType, router, [.. byRouter[router]], at);
            }

            return routers.ToDictionary(r => r, r => Task.FromResult<IReadOnlyList<RouteTableInfo>>([.. byRouter[r]]), StringComparer.Ordinal)
                .Concat(kept).ToDictionary(StringComparer.Ordinal);
        }

        var reads = routers.ToDictionary(r => r, r => context.VpcClient.DescribeRouteTablesAsync(regionId, r, routerType, cancellationToken), StringComparer.Ordinal);
        await Task.WhenAll(reads.Values.Cast<Task>()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        foreach (var (router, read) in reads.Where(r => r.Value.IsCompletedSuccessfully))
        {
            Keep(regionId, routerType, router, read.Result, at);
        }

        return reads.Concat(kept).ToDictionary(StringComparer.Ordinal);
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

    /// <summary>A router's tables as a serve kept them, signalled to its deletes still queued for the scope's next serve.</summary>
    private sealed class Shown
    {
        public CancellationTokenSource Signal { get; } = new();

        public IReadOnlyList<RouteTableInfo> Tables { get; set; } = [];
    }
}
