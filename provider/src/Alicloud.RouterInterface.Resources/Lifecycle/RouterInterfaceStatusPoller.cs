using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Status looks of every operation in flight, batched on the <see cref="SharedPoller"/>: per region one serve,
/// DescribeRouterInterfaces filtered by all the IDs asked for, answers every look due at that tick. What counts as gone is
/// decided here, once for the whole provider (issue 15 item 6):
/// <list type="bullet">
/// <item>a row listed with <c>Status: Deleted</c> is gone (B4; Terraform's delete wait treats it so, A7);</item>
/// <item>an ID missing from an answer that asked for several is looked up again alone before it counts as gone, because an
/// API that honours fewer values per filter drops the rest silently (B6): a truncated answer never makes an existing
/// interface look gone. When the lone look finds it, the values per call are lowered to what that answer held;</item>
/// <item>a new interface not listed yet (create listing lag, B5) is absent like a gone one: the create's condition waits
/// for it to appear, within the create's deadline.</item>
/// </list>
/// IDs go at most <see cref="LifecycleOptions.IdsPerDescribe"/> per call (one RouterInterfaceId filter; the client reads all pages at PageSize 50).
/// </summary>
public sealed class RouterInterfaceStatusPoller
{
    private readonly IProviderContext _context;
    private readonly TimeProvider _time;
    private readonly ILogger<RouterInterfaceStatusPoller> _logger;
    private int _idsPerCall;

    public RouterInterfaceStatusPoller(IProviderContext context, TimeProvider time, IOptions<LifecycleOptions> options, ILogger<RouterInterfaceStatusPoller> logger, SharedPoller shared)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(shared);
        _context = context;
        _time = time;
        _logger = logger;
        _idsPerCall = options.Value.IdsPerDescribe;
        Shared = shared;
    }

    /// <summary>The batching every shared read rides on (route lookups too).</summary>
    public SharedPoller Shared { get; }

    /// <summary>How many IDs one DescribeRouterInterfaces carries now (lowered when an answer proved truncated).</summary>
    public int IdsPerCall => Volatile.Read(ref _idsPerCall);

    /// <summary>
    /// A snapshot of <paramref name="ids"/> in <paramref name="regionId"/> from a Describe that starts no earlier than
    /// <paramref name="delay"/> from now (and never before this call). Errors of that call are thrown to every look it serves.
    /// </summary>
    public Task<InterfaceSnapshot> PollAsync(string regionId, IReadOnlyCollection<string> ids, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(regionId);
        ArgumentNullException.ThrowIfNull(ids);
        return Shared.ReadAsync<IReadOnlyCollection<string>, InterfaceSnapshot>(
            "DescribeRouterInterfaces " + regionId, ids, delay, (looks, token) => ServeAsync(regionId, looks, token), cancellationToken);
    }

    /// <summary>A merged snapshot of interfaces in any regions: one <see cref="PollAsync"/> per region, concurrently.</summary>
    public async Task<InterfaceSnapshot> ObserveAsync(IReadOnlyCollection<InterfaceKey> keys, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var polls = keys.GroupBy(k => k.RegionId, StringComparer.Ordinal)
            .Select(g => PollAsync(g.Key, g.Select(k => k.Id).Distinct(StringComparer.Ordinal).ToList(), delay, cancellationToken))
            .ToList();
        var snapshots = await Task.WhenAll(polls);
        var found = snapshots.SelectMany(s => s.Found).ToDictionary(kv => kv.Key, kv => kv.Value);
        var observedAt = snapshots.Length == 0 ? _time.GetUtcNow() : snapshots.Max(s => s.ObservedAt);
        var requestedAt = snapshots.Length == 0 ? observedAt : snapshots.Min(s => s.RequestedAt);
        return new InterfaceSnapshot(found, observedAt, requestedAt);
    }

    private async Task<InterfaceSnapshot> ServeAsync(string regionId, IReadOnlyList<IReadOnlyCollection<string>> looks, CancellationToken cancellationToken)
    {
        var ids = looks.SelectMany(l => l).Distinct(StringComparer.Ordinal).ToList();
        var requestedAt = _time.GetUtcNow();
        try
        {
            var chunks = ids.Chunk(IdsPerCall).ToList();
            var answers = await Task.WhenAll(chunks.Select(c => DescribeAsync(regionId, c, cancellationToken)));
            var listed = new Dictionary<string, RouterInterfaceInfo>(StringComparer.Ordinal);
            var missing = new List<(string Id, int ListedInItsCall)>();
            for (var i = 0; i < chunks.Count; i++)
            {
                foreach (var row in answers[i].Values)
                {
                    listed[row.RouterInterfaceId] = row;
                }

                missing.AddRange(chunks[i].Where(id => !answers[i].ContainsKey(id) && chunks[i].Length > 1).Select(id => (id, answers[i].Count)));
            }

            var alone = await Task.WhenAll(missing.Select(m => DescribeAsync(regionId, [m.Id], cancellationToken)));
            for (var i = 0; i < missing.Count; i++)
            {
                if (alone[i].TryGetValue(missing[i].Id, out var row))
                {
                    listed[row.RouterInterfaceId] = row;
                    Truncated(regionId, missing[i].Id, missing[i].ListedInItsCall);
                }
            }

            // a Deleted row is gone, and proof of it: no second look needed
            var found = listed.Values
                .Where(r => !RouterInterfaceStatuses.IsGone(r.Status))
                .ToDictionary(r => new InterfaceKey(regionId, r.RouterInterfaceId));
            _logger.Polled(regionId, ids.Count, found.Count, looks.Count, chunks.Count + missing.Count);
            return new InterfaceSnapshot(found, _time.GetUtcNow(), requestedAt);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.PollFailed(regionId, ids.Count, ex.GetType().Name);
            throw;
        }
    }

    /// <summary>The rows of <paramref name="ids"/> one call lists (Deleted ones included), by ID.</summary>
    private async Task<IReadOnlyDictionary<string, RouterInterfaceInfo>> DescribeAsync(string regionId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var rows = await _context.VpcClient.DescribeRouterInterfacesAsync(regionId, ids, cancellationToken);
        return rows.Where(r => wanted.Contains(r.RouterInterfaceId)).GroupBy(r => r.RouterInterfaceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>An answer for several IDs left out one that exists: carry no more IDs per call than that answer held.</summary>
    private void Truncated(string regionId, string id, int listed)
    {
        var lower = Math.Max(1, listed);
        int current;
        do
        {
            current = Volatile.Read(ref _idsPerCall);
            if (lower >= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _idsPerCall, lower, current) != current);

        _logger.FilterTruncated(regionId, id, lower);
    }
}
