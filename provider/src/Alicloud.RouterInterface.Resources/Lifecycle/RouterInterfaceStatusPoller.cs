using System.Collections.Concurrent;
using Alicloud.RouterInterface.Resources.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Coalesces status polls across every operation in flight: waiters ask for a fresh look at some interfaces
/// (after a delay of their choosing, served at most the gauge's read slack later); per region one
/// DescribeRouterInterfaces call, filtered by all the IDs asked for, serves every waiter that is due at that tick. A
/// region is ticked when the most pressing waiter's slack runs out (woken early when a more urgent waiter arrives),
/// never more often than <see cref="LifecycleOptions.MinPollInterval"/>; a waiter is never served before its due time,
/// so a look timed for the end of a transition is not spent early.
/// </summary>
public sealed class RouterInterfaceStatusPoller : IDisposable
{
    private readonly IProviderContext _context;
    private readonly TimeProvider _time;
    private readonly LifecycleOptions _options;
    private readonly ILogger<RouterInterfaceStatusPoller> _logger;
    private readonly ConcurrentDictionary<string, RegionQueue> _regions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _lifetime = new();

    public RouterInterfaceStatusPoller(IProviderContext context, TimeProvider time, IOptions<LifecycleOptions> options, ILogger<RouterInterfaceStatusPoller> logger, OperationGauge? gauge = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _context = context;
        _time = time;
        _options = options.Value;
        _logger = logger;
        Gauge = gauge ?? new OperationGauge(options.Value);
    }

    /// <summary>Operations in flight; sets how late a look may be served.</summary>
    public OperationGauge Gauge { get; }

    /// <summary>
    /// A snapshot of <paramref name="ids"/> in <paramref name="regionId"/> from a Describe call that starts no earlier than
    /// <paramref name="delay"/> from now (and never before this call). Errors of that call are thrown to every waiter it serves.
    /// </summary>
    public Task<InterfaceSnapshot> PollAsync(string regionId, IReadOnlyCollection<string> ids, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(regionId);
        ArgumentNullException.ThrowIfNull(ids);
        ObjectDisposedException.ThrowIf(_lifetime.IsCancellationRequested, this);
        var queue = _regions.GetOrAdd(regionId, r => new RegionQueue(this, r));
        return queue.EnqueueAsync(ids, delay, cancellationToken);
    }

    /// <summary>
    /// A merged snapshot of interfaces in any regions: one <see cref="PollAsync"/> per region, concurrently.
    /// </summary>
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

    /// <summary>Stops every region loop; waiters still queued fail. The token source is only cancelled, as loops may still read it.</summary>
    public void Dispose() => _lifetime.Cancel();

    private sealed class PollRequest(IReadOnlyCollection<string> ids, DateTimeOffset due, DateTimeOffset latest)
    {
        public IReadOnlyCollection<string> Ids { get; } = ids;

        public DateTimeOffset Due { get; } = due;

        /// <summary>When the waiter should be served at the latest (its due time plus the read slack).</summary>
        public DateTimeOffset Latest { get; } = latest;

        public TaskCompletionSource<InterfaceSnapshot> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The waiters of one region and the loop that serves them; the loop runs only while someone waits.</summary>
    private sealed class RegionQueue(RouterInterfaceStatusPoller owner, string regionId)
    {
        private readonly Lock _gate = new();
        private readonly List<PollRequest> _pending = [];
        private bool _running;
        private DateTimeOffset? _lastTick;
        private DateTimeOffset _batchWindowEnd;
        private DateTimeOffset _plannedTick = DateTimeOffset.MaxValue;
        private CancellationTokenSource? _sleep;

        public async Task<InterfaceSnapshot> EnqueueAsync(IReadOnlyCollection<string> ids, TimeSpan delay, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = owner._time.GetUtcNow();
            var due = now + (delay > TimeSpan.Zero ? delay : TimeSpan.Zero);
            var request = new PollRequest(ids, due, due + owner.Gauge.ReadSlack);
            bool start;
            CancellationTokenSource? wake = null;
            lock (_gate)
            {
                _pending.Add(request);
                start = !_running;
                _running = true;
                if (start)
                {
                    _batchWindowEnd = now + owner._options.PollBatchWindow;
                }

                if (!start && request.Latest < _plannedTick)
                {
                    wake = _sleep;
                }
            }

            if (start)
            {
                _ = RunAsync();
            }

            Wake(wake);
            using (cancellationToken.Register(() => request.Completion.TrySetCanceled(cancellationToken)))
            {
                return await request.Completion.Task;
            }
        }

        private static void Wake(CancellationTokenSource? sleep)
        {
            try
            {
                sleep?.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // the loop woke up by itself meanwhile
            }
        }

        private async Task RunAsync()
        {
            try
            {
                while (await NextBatchAsync() is { } batch)
                {
                    await ServeAsync(batch);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                FailAll(ex);
            }
        }

        /// <summary>Sleeps until the next tick and takes the requests due by then; null when nobody waits any more.</summary>
        private async Task<List<PollRequest>?> NextBatchAsync()
        {
            while (true)
            {
                TimeSpan wait;
                CancellationTokenSource sleep;
                lock (_gate)
                {
                    _pending.RemoveAll(r => r.Completion.Task.IsCompleted);
                    if (_pending.Count == 0 || owner._lifetime.IsCancellationRequested)
                    {
                        _running = false;
                        FailPendingLocked(new ObjectDisposedException(nameof(RouterInterfaceStatusPoller)));
                        return null;
                    }

                    var now = owner._time.GetUtcNow();
                    var pressing = _pending.Min(r => r.Latest);
                    var tickAt = Latest(pressing, _batchWindowEnd, _lastTick is { } last ? last + owner._options.MinPollInterval : pressing);
                    wait = tickAt - now;
                    if (wait <= TimeSpan.Zero)
                    {
                        // the most pressing waiter is due by now (due ≤ latest ≤ tick), so the batch is never empty
                        var batch = _pending.Where(r => r.Due <= now).ToList();
                        _pending.RemoveAll(r => r.Due <= now);
                        _plannedTick = DateTimeOffset.MaxValue;
                        _lastTick = now;
                        return batch;
                    }

                    _plannedTick = tickAt;
                    sleep = CancellationTokenSource.CreateLinkedTokenSource(owner._lifetime.Token);
                    _sleep = sleep;
                }

                await Task.Delay(wait, owner._time, sleep.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
                lock (_gate)
                {
                    _sleep = null;
                }

                sleep.Dispose();
            }
        }

        private static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b, DateTimeOffset c) => a > b ? (a > c ? a : c) : (b > c ? b : c);

        private async Task ServeAsync(List<PollRequest> batch)
        {
            var ids = batch.SelectMany(r => r.Ids).ToHashSet(StringComparer.Ordinal);
            var requestedAt = owner._time.GetUtcNow();
            try
            {
                var infos = await owner._context.VpcClient.DescribeRouterInterfacesAsync(regionId, ids, owner._lifetime.Token);
                var found = infos
                    .Where(i => ids.Contains(i.RouterInterfaceId))
                    .GroupBy(i => new InterfaceKey(regionId, i.RouterInterfaceId))
                    .ToDictionary(g => g.Key, g => g.First());
                var snapshot = new InterfaceSnapshot(found, owner._time.GetUtcNow(), requestedAt);
                owner.Gauge.ReadTook(snapshot.ObservedAt - requestedAt);
                owner._logger.Polled(regionId, ids.Count, found.Count, batch.Count);
                foreach (var request in batch)
                {
                    request.Completion.TrySetResult(snapshot);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                owner._logger.PollFailed(regionId, ids.Count, ex.GetType().Name);
                foreach (var request in batch)
                {
                    request.Completion.TrySetException(ex);
                }
            }
        }

        private void FailAll(Exception ex)
        {
            lock (_gate)
            {
                _running = false;
                FailPendingLocked(ex);
            }
        }

        private void FailPendingLocked(Exception ex)
        {
            foreach (var request in _pending)
            {
                request.Completion.TrySetException(ex);
            }

            _pending.Clear();
        }
    }
}
