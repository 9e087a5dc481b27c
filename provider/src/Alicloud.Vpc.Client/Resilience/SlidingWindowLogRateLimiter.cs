using System.Threading.RateLimiting;

namespace Alicloud.Vpc.Client.Resilience;

/// <summary>
/// At most <c>permitLimit</c> permits start in any window of <c>window</c> length: a log of the last grants, on an
/// injected clock. Unlike a token bucket, a quiet client may start its whole allowance at once (a single delete's
/// looks and lookups go out back to back) and still never exceeds the limit in any window, so a server's token bucket
/// of the same size and rate never has to refuse. Waiters are served first come, first served.
/// </summary>
internal sealed class SlidingWindowLogRateLimiter : RateLimiter
{
    private readonly int _permitLimit;
    private readonly TimeSpan _window;
    private readonly int _queueLimit;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Queue<long> _grants = new();
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly ITimer _timer;
    private int _queuedPermits;
    private long _lastGrant;
    private long _successful;
    private long _failed;
    private bool _disposed;

    public SlidingWindowLogRateLimiter(int permitLimit, TimeSpan window, int queueLimit, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        ArgumentNullException.ThrowIfNull(time);
        _permitLimit = permitLimit;
        _window = window;
        _queueLimit = queueLimit;
        _time = time;
        _lastGrant = time.GetTimestamp();
        _timer = time.CreateTimer(_ => ServeWaiters(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                return _waiters.Count == 0 ? _time.GetElapsedTime(_lastGrant) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Prune(_time.GetTimestamp());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _permitLimit - _grants.Count,
                CurrentQueuedCount = _queuedPermits,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckCount(permitCount);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return TryGrant(permitCount, _time.GetTimestamp()) ? Lease.Acquired : Refuse(_time.GetTimestamp());
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckCount(permitCount);
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _time.GetTimestamp();
            if (TryGrant(permitCount, now))
            {
                return ValueTask.FromResult<RateLimitLease>(Lease.Acquired);
            }

            if (_queuedPermits + permitCount > _queueLimit)
            {
                return ValueTask.FromResult(Refuse(now));
            }

            waiter = new Waiter(permitCount);
            waiter.Node = _waiters.AddLast(waiter);
            _queuedPermits += permitCount;
            ArmTimer(now);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Cancellation = cancellationToken.Register(() => Cancel(waiter, cancellationToken));
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        List<Waiter> abandoned;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            abandoned = [.. _waiters];
            _waiters.Clear();
            _queuedPermits = 0;
        }

        _timer.Dispose();
        foreach (var waiter in abandoned)
        {
            waiter.Cancellation.Dispose();
            waiter.Completion.TrySetResult(Lease.Refused(null));
        }
    }

    protected override ValueTask DisposeAsyncCore()
    {
        Dispose(true);
        return ValueTask.CompletedTask;
    }

    private void CheckCount(int permitCount)
    {
        if (permitCount < 0 || permitCount > _permitLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, $"permitCount must be between 0 and the permit limit {_permitLimit}.");
        }
    }

    /// <summary>Grants now when nobody waits ahead and the window has room (0 permits: only checks). Caller holds the gate.</summary>
    private bool TryGrant(int permitCount, long now)
    {
        Prune(now);
        if (_waiters.Count > 0 || _grants.Count + permitCount > _permitLimit || (permitCount == 0 && _grants.Count == _permitLimit))
        {
            return false;
        }

        Record(permitCount, now);
        return true;
    }

    private void Record(int permitCount, long now)
    {
        for (var i = 0; i < permitCount; i++)
        {
            _grants.Enqueue(now);
        }

        _lastGrant = now;
        _successful++;
    }

    private RateLimitLease Refuse(long now)
    {
        _failed++;
        return Lease.Refused(_grants.Count == 0 ? null : FreeIn(now));
    }

    private void Prune(long now)
    {
        while (_grants.Count > 0 && _time.GetElapsedTime(_grants.Peek(), now) >= _window)
        {
            _grants.Dequeue();
        }
    }

    /// <summary>How long until the oldest grant leaves the window.</summary>
    private TimeSpan FreeIn(long now)
    {
        var left = _window - _time.GetElapsedTime(_grants.Peek(), now);
        return left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1);
    }

    private void ArmTimer(long now)
    {
        if (_grants.Count > 0)
        {
            _timer.Change(FreeIn(now), Timeout.InfiniteTimeSpan);
        }
    }

    private void ServeWaiters()
    {
        var served = new List<Waiter>();
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var now = _time.GetTimestamp();
            Prune(now);
            while (_waiters.First is { } first && _grants.Count + first.Value.PermitCount <= _permitLimit)
            {
                _waiters.RemoveFirst();
                _queuedPermits -= first.Value.PermitCount;
                Record(first.Value.PermitCount, now);
                served.Add(first.Value);
            }

            if (_waiters.Count > 0)
            {
                ArmTimer(now);
            }
        }

        foreach (var waiter in served)
        {
            waiter.Cancellation.Dispose();
            waiter.Completion.TrySetResult(Lease.Acquired);
        }
    }

    private void Cancel(Waiter waiter, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (waiter.Node?.List is null)
            {
                return; // already served or abandoned
            }

            _waiters.Remove(waiter.Node);
            _queuedPermits -= waiter.PermitCount;
        }

        waiter.Completion.TrySetCanceled(cancellationToken);
        // the next waiter may fit now that this one left the head of the queue
        ServeWaiters();
    }

    private sealed class Waiter(int permitCount)
    {
        public int PermitCount { get; } = permitCount;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Cancellation { get; set; }
    }

    private sealed class Lease : RateLimitLease
    {
        private readonly TimeSpan? _retryAfter;

        private Lease(bool isAcquired, TimeSpan? retryAfter)
        {
            IsAcquired = isAcquired;
            _retryAfter = retryAfter;
        }

        public static Lease Acquired { get; } = new(true, null);

        public override bool IsAcquired { get; }

        public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public static Lease Refused(TimeSpan? retryAfter) => new(false, retryAfter);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (_retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = retryAfter;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
