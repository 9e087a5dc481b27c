using System.Collections.Concurrent;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// The one place where reads wait: every read of every operation in flight (status looks, route tables, route entries)
/// joins the queue of its scope (one kind of read at one place: a region's DescribeRouterInterfaces, the route tables of a
/// region's routers of one type, a table's entries), and one serve of that scope answers all its requests that are due.
/// Batching comes from the requests themselves, with no count of operations fed in from outside:
/// <list type="bullet">
/// <item>single flight: one serve at a time per scope; what arrives meanwhile goes with the next one;</item>
/// <item>a scope that starts from idle waits <see cref="LifecycleOptions.PollBatchWindow"/> for requests sent at the same moment;</item>
/// <item>while more than one request waits in a scope, a tick may come up to a read slack after the most pressing due time
/// (<see cref="LifecycleOptions.ReadSlackPerWaiter"/> per waiting request, at least as long as reads took lately, at most
/// <see cref="LifecycleOptions.MaxReadSlack"/>), so that looks due close together share one call; a lone request is served when due;</item>
/// <item>ticks of one scope are at least <see cref="LifecycleOptions.MinPollInterval"/> apart.</item>
/// </list>
/// A request is never served before its due time, and always by a serve that starts after it arrived.
/// </summary>
public sealed class SharedPoller(TimeProvider time, LifecycleOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<string, object> _scopes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly ReadDuration _reads = new();

    /// <summary>Serves one batch: every request that was due at the tick, answered together (one answer for all).</summary>
    public delegate Task<TAnswer> Serve<TRequest, TAnswer>(IReadOnlyList<TRequest> requests, CancellationToken cancellationToken);

    public TimeProvider Time => time;

    private LifecycleOptions Options => options;

    /// <summary>
    /// The answer of the first serve of <paramref name="scope"/> that starts no earlier than <paramref name="delay"/> from
    /// now and includes <paramref name="request"/>. Every caller of one scope passes the same <paramref name="serve"/>.
    /// Errors of that serve are thrown to every request it served.
    /// </summary>
    public Task<TAnswer> ReadAsync<TRequest, TAnswer>(string scope, TRequest request, TimeSpan delay, Serve<TRequest, TAnswer> serve, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentNullException.ThrowIfNull(serve);
        ObjectDisposedException.ThrowIf(_lifetime.IsCancellationRequested, this);
        var queue = (Scope<TRequest, TAnswer>)_scopes.GetOrAdd(scope, _ => new Scope<TRequest, TAnswer>(this, serve));
        return queue.EnqueueAsync(request, delay, cancellationToken);
    }

    /// <summary>Stops every scope's loop; requests still queued fail. The token source is only cancelled, as loops may still read it.</summary>
    public void Dispose() => _lifetime.Cancel();

    /// <summary>How late a tick may come for the sake of sharing, with <paramref name="waiting"/> requests in its scope.</summary>
    private TimeSpan Slack(int waiting)
    {
        if (waiting <= 1)
        {
            return TimeSpan.Zero;
        }

        var slack = options.ReadSlackPerWaiter * waiting;
        var reads = _reads.Average;
        slack = reads > slack ? reads : slack;
        return slack < options.MaxReadSlack ? slack : options.MaxReadSlack;
    }

    private sealed class Waiter<TRequest, TAnswer>(TRequest request, DateTimeOffset due)
    {
        public TRequest Request { get; } = request;

        public DateTimeOffset Due { get; } = due;

        public TaskCompletionSource<TAnswer> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The requests of one scope and the loop that serves them; the loop runs only while someone waits.</summary>
    private sealed class Scope<TRequest, TAnswer>(SharedPoller owner, Serve<TRequest, TAnswer> serve)
    {
        private readonly Lock _gate = new();
        private readonly List<Waiter<TRequest, TAnswer>> _pending = [];
        private bool _running;
        private DateTimeOffset? _lastTick;
        private DateTimeOffset _batchWindowEnd;
        private DateTimeOffset _plannedTick = DateTimeOffset.MaxValue;
        private CancellationTokenSource? _sleep;

        public async Task<TAnswer> EnqueueAsync(TRequest request, TimeSpan delay, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = owner.Time.GetUtcNow();
            var waiter = new Waiter<TRequest, TAnswer>(request, now + (delay > TimeSpan.Zero ? delay : TimeSpan.Zero));
            bool start;
            CancellationTokenSource? wake = null;
            lock (_gate)
            {
                _pending.Add(waiter);
                start = !_running;
                _running = true;
                if (start)
                {
                    _batchWindowEnd = now + owner.Options.PollBatchWindow;
                }
                else if (waiter.Due < _plannedTick)
                {
                    wake = _sleep;
                }
            }

            if (start)
            {
                _ = RunAsync();
            }

            Wake(wake);
            using (cancellationToken.Register(() => waiter.Completion.TrySetCanceled(cancellationToken)))
            {
                return await waiter.Completion.Task;
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
                lock (_gate)
                {
                    _running = false;
                    FailPendingLocked(ex);
                }
            }
        }

        /// <summary>Sleeps until the next tick and takes the requests due by then; null when nobody waits any more.</summary>
        private async Task<List<Waiter<TRequest, TAnswer>>?> NextBatchAsync()
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
                        FailPendingLocked(new ObjectDisposedException(nameof(SharedPoller)));
                        return null;
                    }

                    var now = owner.Time.GetUtcNow();
                    var pressing = _pending.Min(r => r.Due) + owner.Slack(_pending.Count);
                    var tickAt = Latest(pressing, _batchWindowEnd, _lastTick is { } last ? last + owner.Options.MinPollInterval : pressing);
                    wait = tickAt - now;
                    if (wait <= TimeSpan.Zero)
                    {
                        // the most pressing request is due by now (due ≤ due + slack ≤ tick), so the batch is never empty
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

                await Task.Delay(wait, owner.Time, sleep.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
                lock (_gate)
                {
                    _sleep = null;
                }

                sleep.Dispose();
            }
        }

        private static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b, DateTimeOffset c) => a > b ? (a > c ? a : c) : (b > c ? b : c);

        private async Task ServeAsync(List<Waiter<TRequest, TAnswer>> batch)
        {
            var sent = owner.Time.GetUtcNow();
            try
            {
                var answer = await serve([.. batch.Select(w => w.Request)], owner._lifetime.Token);
                owner._reads.Add(owner.Time.GetUtcNow() - sent); // queueing for the call budget included
                foreach (var waiter in batch)
                {
                    waiter.Completion.TrySetResult(answer);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                foreach (var waiter in batch)
                {
                    waiter.Completion.TrySetException(ex);
                }
            }
        }

        private void FailPendingLocked(Exception ex)
        {
            foreach (var waiter in _pending)
            {
                waiter.Completion.TrySetException(ex);
            }

            _pending.Clear();
        }
    }
}
