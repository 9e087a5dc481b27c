namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Counts the operations in flight and turns that into how late a read may be served so that it can share its API
/// call with others (<see cref="LifecycleOptions.ReadSlackPerOperation"/> each, at most
/// <see cref="LifecycleOptions.MaxReadSlack"/>): alone, a look comes when asked; in a fleet, looks and route lookups
/// bunch up, which is what keeps a large teardown inside the account's request budget. Thread-safe; one per process.
/// </summary>
public sealed class OperationGauge(LifecycleOptions options)
{
    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>How late a read may be served now.</summary>
    public TimeSpan ReadSlack
    {
        get
        {
            var slack = options.ReadSlackPerOperation * Math.Max(1, InFlight);
            return slack < options.MaxReadSlack ? slack : options.MaxReadSlack;
        }
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
