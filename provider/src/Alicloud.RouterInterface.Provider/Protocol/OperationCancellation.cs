using Microsoft.Extensions.Hosting;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>
/// The root of every call's cancellation. The Cancel RPC cancels all operations in flight (and only those: a
/// provider attached for debugging serves several engine runs, each ending with Cancel); host shutdown cancels
/// everything for good.
/// </summary>
internal sealed class OperationCancellation : IDisposable
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly OperationOptions _options;
    private readonly CancellationToken _stopping;
    private CancellationTokenSource _root = new();

    public OperationCancellation(IHostApplicationLifetime lifetime, TimeProvider timeProvider, OperationOptions options)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        _timeProvider = timeProvider;
        _options = options;
        _stopping = lifetime.ApplicationStopping;
    }

    /// <summary>Starts the scope of one call: cancelled by Cancel, shutdown or the call's own cancellation.</summary>
    public OperationScope Begin(CancellationToken callToken)
    {
        lock (_gate)
        {
            return new OperationScope(
                CancellationTokenSource.CreateLinkedTokenSource(_root.Token, _stopping, callToken),
                _root.Token,
                _timeProvider,
                _options.TimeoutGrace);
        }
    }

    /// <summary>Cancels every operation in flight; later operations start with a fresh root.</summary>
    public void CancelAll()
    {
        CancellationTokenSource cancelled;
        lock (_gate)
        {
            cancelled = _root;
            _root = new CancellationTokenSource();
        }

        cancelled.Cancel();
        cancelled.Dispose();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _root.Dispose();
        }
    }
}
