using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client.Models;
using Microsoft.Extensions.Options;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Finds the custom route entries whose next hop is a router interface, shared by every delete in flight: the route
/// tables of a router are reused for <see cref="LifecycleOptions.RouteTableCacheTime"/>; the entries of a table are
/// read afresh for each batch, one DescribeRouteEntryList serving every delete that asked during the batch window (the
/// larger of <see cref="LifecycleOptions.PollBatchWindow"/> and the gauge's read slack). An entry counts when any of its
/// next hops is the interface (ECMP, A2); the listing is never filtered by NextHopId, because the API does not say whether
/// that filter matches an ECMP entry's other hops. A batch starts after every request it serves, so nothing older is returned.
/// It also remembers which tables a forced delete of ours is emptying: the API refuses DeleteExpressConnect
/// (IncorrectStatus.VSwitchOrRouteEntry) while any entry of either end's tables is changing, so other deletes on the
/// same routers wait until those entries are expected gone (RouteEntry.Deleting, learnt like other transitions).
/// </summary>
public sealed class RouteEntryLookup : IDisposable
{
    private readonly IProviderContext _context;
    private readonly TimeProvider _time;
    private readonly LifecycleOptions _options;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Region, string RouterId, string RouterType), (Task<IReadOnlyList<RouteTableInfo>> Tables, DateTimeOffset At)> _tables = [];
    private readonly Dictionary<(string Region, string TableId), TableBatch> _batches = [];
    private readonly Dictionary<(string Region, string TableId), Removal> _removals = [];
    private readonly CancellationTokenSource _lifetime = new();
    private readonly OperationGauge _gauge;
    private readonly TransitionLearner _learner;

    public RouteEntryLookup(IProviderContext context, TimeProvider time, IOptions<LifecycleOptions> options, OperationGauge gauge, TransitionLearner learner)
    {
        ArgumentNullException.ThrowIfNull(options);
        _context = context;
        _time = time;
        _options = options.Value;
        _gauge = gauge;
        _learner = learner;
    }

    /// <summary>The learnt-transition name of route entries being removed.</summary>
    public const string RouteEntryDeleting = "RouteEntry.Deleting";

    /// <summary>The tables of a router as last read (empty when not read yet or the read failed).</summary>
    public IReadOnlyList<(string Region, string TableId)> KnownTables(string regionId, string routerId, string routerType)
    {
        lock (_gate)
        {
            return _tables.TryGetValue((regionId, routerId, routerType), out var cached) && cached.Tables.IsCompletedSuccessfully
                ? [.. cached.Tables.Result.Select(t => (regionId, t.RouteTableId))]
                : [];
        }
    }

    /// <summary>A forced delete of ours, answered at <paramref name="at"/>, is removing entries of these tables.</summary>
    public void Removing(IEnumerable<(string Region, string TableId)> tables, DateTimeOffset at)
    {
        lock (_gate)
        {
            foreach (var table in tables)
            {
                _removals[table] = new Removal(at);
            }
        }
    }

    /// <summary>When the entries our deletes are removing from these tables are expected gone; null when none are.</summary>
    public DateTimeOffset? SteadyAt(IEnumerable<(string Region, string TableId)> tables)
    {
        var lasts = _learner.Expected(RouteEntryDeleting) ?? _options.TransitionFirstLook;
        lock (_gate)
        {
            var marks = tables.Select(t => _removals.GetValueOrDefault(t)).OfType<Removal>().ToList();
            return marks.Count == 0 ? null : marks.Max(m => m.Since) + lasts + _options.TransitionSlack;
        }
    }

    /// <summary>A DeleteExpressConnect over these tables, sent at <paramref name="sent"/>, was refused because entries still change.</summary>
    /// <remarks>
    /// The refusal proves only that one of the tables still changes: it is put on the newest removal of ours among
    /// them. Marking every one would teach an old removal's "still running" from a newer one's and inflate the learnt
    /// time (seen in fleets: waits of minutes).
    /// </remarks>
    public void Refused(IEnumerable<(string Region, string TableId)> tables, DateTimeOffset sent)
    {
        lock (_gate)
        {
            if (Newest(tables) is { } mark)
            {
                mark.StillAt = mark.StillAt is { } still && still > sent ? still : sent;
            }
        }
    }

    /// <summary>A DeleteExpressConnect over these tables was accepted at <paramref name="answered"/>: their removals are over (and teach how long they take).</summary>
    /// <remarks>Only the newest removal teaches: the older ones ended before it, so their "at most" says little.</remarks>
    public void Accepted(IEnumerable<(string Region, string TableId)> tables, DateTimeOffset answered)
    {
        ArgumentNullException.ThrowIfNull(tables);
        lock (_gate)
        {
            var list = tables.ToList();
            if (Newest(list) is { } mark)
            {
                _learner.Record(RouteEntryDeleting, (mark.StillAt ?? mark.Since) - mark.Since, answered - mark.Since);
            }

            foreach (var table in list)
            {
                _removals.Remove(table);
            }
        }
    }

    /// <summary>The newest removal of ours in these tables (caller holds the gate).</summary>
    private Removal? Newest(IEnumerable<(string Region, string TableId)> tables) =>
        tables.Select(t => _removals.GetValueOrDefault(t)).OfType<Removal>().MaxBy(m => m.Since);

    /// <summary>The custom entries (in any table of the router) with <paramref name="nextHopId"/> among their next hops.</summary>
    public async Task<IReadOnlyList<RouteEntryRef>> FindAsync(string regionId, string routerId, string routerType, string nextHopId, CancellationToken cancellationToken)
    {
        // not WaitAsync: its continuation would run on the thread pool, outside a caller's synchronization context
        var tables = await TablesAsync(regionId, routerId, routerType);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new List<RouteEntryRef>();
        foreach (var table in tables)
        {
            var entries = await EntriesAsync(regionId, table.RouteTableId, cancellationToken);
            found.AddRange(entries
                .Where(e => e.RoutesThrough(nextHopId) && IsCustom(e.Type))
                .Select(e => new RouteEntryRef(regionId, e.RouteTableId, e.DestinationCidrBlock, e.RouteEntryId, nextHopId)
                {
                    NextHopIds = [.. e.NextHops.Select(h => h.NextHopId)],
                }));
        }

        return found;
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }

    private static bool IsCustom(string type) => type.Length == 0 || string.Equals(type, "Custom", StringComparison.OrdinalIgnoreCase);

    private Task<IReadOnlyList<RouteTableInfo>> TablesAsync(string regionId, string routerId, string routerType)
    {
        var key = (regionId, routerId, routerType);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_tables.TryGetValue(key, out var cached) && !cached.Tables.IsFaulted && !cached.Tables.IsCanceled && now - cached.At < _options.RouteTableCacheTime)
            {
                return cached.Tables;
            }

            var tables = _context.VpcClient.DescribeRouteTablesAsync(regionId, routerId, routerType, _lifetime.Token);
            _tables[key] = (tables, now);
            return tables;
        }
    }

    private async Task<IReadOnlyList<RouteEntryInfo>> EntriesAsync(string regionId, string tableId, CancellationToken cancellationToken)
    {
        var key = (regionId, tableId);
        TableBatch batch;
        var start = false;
        var waiter = new TaskCompletionSource<IReadOnlyList<RouteEntryInfo>>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (!_batches.TryGetValue(key, out batch!))
            {
                _batches[key] = batch = new TableBatch();
                start = true;
            }

            batch.Waiters.Add(waiter);
        }

        if (start)
        {
            _ = RunAsync(key, batch);
        }

        using (cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)))
        {
            return await waiter.Task;
        }
    }

    private async Task RunAsync((string Region, string TableId) key, TableBatch batch)
    {
        try
        {
            var window = _gauge.ReadSlack > _options.PollBatchWindow ? _gauge.ReadSlack : _options.PollBatchWindow;
            if (window > TimeSpan.Zero)
            {
                await Task.Delay(window, _time, _lifetime.Token);
            }

            lock (_gate)
            {
                _batches.Remove(key);
            }

            var sent = _time.GetUtcNow();
            var entries = await _context.VpcClient.DescribeRouteEntriesAsync(key.Region, key.TableId, null, _lifetime.Token);
            _gauge.ReadTook(_time.GetUtcNow() - sent);
            foreach (var waiter in batch.Waiters)
            {
                waiter.TrySetResult(entries);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            lock (_gate)
            {
                if (_batches.TryGetValue(key, out var current) && ReferenceEquals(current, batch))
                {
                    _batches.Remove(key);
                }
            }

            foreach (var waiter in batch.Waiters)
            {
                waiter.TrySetException(ex);
            }
        }
    }

    private sealed class Removal(DateTimeOffset since)
    {
        public DateTimeOffset Since { get; } = since;

        /// <summary>The latest time a delete over the table was still refused.</summary>
        public DateTimeOffset? StillAt { get; set; }
    }

    private sealed class TableBatch
    {
        /// <summary>Filled under the lookup's lock until the batch starts; read only after.</summary>
        public List<TaskCompletionSource<IReadOnlyList<RouteEntryInfo>>> Waiters { get; } = [];
    }
}
