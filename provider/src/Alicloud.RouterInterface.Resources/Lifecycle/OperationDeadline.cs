namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// The bound of one operation: the caller's token (Cancel RPC) linked with a deadline on the injected clock
/// (<c>customTimeouts</c> when set, else the documented default). Tells the two causes of cancellation apart.
/// </summary>
public sealed class OperationDeadline : IDisposable
{
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationTokenSource _linked;
    private readonly CancellationToken _caller;

    public OperationDeadline(TimeSpan? requested, TimeSpan fallback, TimeProvider time, CancellationToken caller)
    {
        Timeout = requested is { } t && t > TimeSpan.Zero ? t : fallback;
        IsDefault = !(requested is { } r && r > TimeSpan.Zero);
        _caller = caller;
        _deadline = new CancellationTokenSource(Timeout, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(caller, _deadline.Token);
    }

    public TimeSpan Timeout { get; }

    /// <summary>True when the timeout is the provider's default (no customTimeouts).</summary>
    public bool IsDefault { get; }

    public CancellationToken Token => _linked.Token;

    public CancellationToken CallerToken => _caller;

    /// <summary>The deadline passed (and the caller did not cancel).</summary>
    public bool IsExpired => _deadline.IsCancellationRequested && !_caller.IsCancellationRequested;

    public bool IsCancelledByCaller => _caller.IsCancellationRequested;

    public void Dispose()
    {
        _linked.Dispose();
        _deadline.Dispose();
    }
}
