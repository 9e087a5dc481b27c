namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Counts the operations in flight and turns that into how late a read may be served so that it can share its API
/// call with others (<see cref="LifecycleOptions.ReadSlackPerOperation"/> each), and at least as late as reads take
/// anyway (their recent duration: when the request budget queues calls, waiting a little longer costs nothing and
/// shares more), at most <see cref="LifecycleOptions.MaxReadSlack"/>. Alone, a look comes when asked; in a fleet,
/// looks and route lookups bunch up, which is what keeps a large teardown inside the account's request budget.
/// Thread-safe; one per process.
/// </summary>
public sealed class OperationGauge(LifecycleOptions options)
{
    private int _inFlight;
    private long _readTicks;

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>How late a read may be served now.</summary>
    public TimeSpan ReadSlack
    {
        get
        {
            var slack = options.ReadSlackPerOperation * Math.Max(1, InFlight);
            var reads = InFlight > 1 ? TimeSpan.FromTicks(Interlocked.Read(ref _readTicks)) : TimeSpan.Zero;
            slack = reads > slack ? reads : slack;
            return slack < options.MaxReadSlack ? slack : options.MaxReadSlack;
        }
    }

    /// <summary>A shared read took <paramref name="took"/> (send to answer, queueing for the request budget included).</summary>
    public void ReadTook(TimeSpan took)
    {
        // a moving average over roughly the last eight reads
        var previous = Interlocked.Read(ref _readTicks);
        Interlocked.Exchange(ref _readTicks, previous + ((took.Ticks - previous) / 8));
    }

    /// <summary>Counts an operation until the returned handle is disposed.</summary>
    public IDisposable Track()
    {
        Interlocked.Increment(ref _inFlight);
        return new Tracked(this);
    }

    private sealed class Tracked(OperationGauge gauge) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref gauge._inFlight);
            }
        }
    }
}
