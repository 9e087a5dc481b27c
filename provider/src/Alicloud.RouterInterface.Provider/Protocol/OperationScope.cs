using Grpc.Core;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>
/// The cancellation of one gRPC call: linked to the Cancel RPC, host shutdown and the call itself, plus a safety
/// deadline when the engine sent a timeout. Remembers why it was cancelled so the boundary picks the right code.
/// </summary>
internal sealed class OperationScope : IDisposable
{
    private static readonly object s_userStateKey = new();

    private readonly CancellationTokenSource _linked;
    private readonly CancellationToken _engineCancel;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _grace;
    private CancellationTokenSource? _deadline;
    private CancellationTokenSource? _combined;

    internal OperationScope(CancellationTokenSource linked, CancellationToken engineCancel, TimeProvider timeProvider, TimeSpan grace)
    {
        _linked = linked;
        _engineCancel = engineCancel;
        _timeProvider = timeProvider;
        _grace = grace;
        Token = linked.Token;
    }

    public CancellationToken Token { get; private set; }

    /// <summary>The timeout the engine asked for (null = none).</summary>
    public TimeSpan? Timeout { get; private set; }

    /// <summary>True when the safety deadline (timeout + grace) fired.</summary>
    public bool TimedOut => _deadline?.IsCancellationRequested == true && !_linked.IsCancellationRequested;

    /// <summary>True when the engine's Cancel RPC cancelled this operation.</summary>
    public bool CancelledByEngine => _engineCancel.IsCancellationRequested;

    /// <summary>The scope the boundary created for this call.</summary>
    public static OperationScope From(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserState.TryGetValue(s_userStateKey, out var scope) && scope is OperationScope operation
            ? operation
            : throw new InvalidOperationException("No operation scope: the call did not pass through the exception interceptor.");
    }

    internal void Attach(ServerCallContext context) => context.UserState[s_userStateKey] = this;

    /// <summary>Adds the safety deadline for an engine timeout (seconds; 0 or invalid = none) and returns the timeout.</summary>
    public TimeSpan? ApplyTimeout(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds <= 0 || _deadline is not null)
        {
            return Timeout;
        }

        Timeout = TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2));
        _deadline = new CancellationTokenSource(Timeout.Value + _grace, _timeProvider);
        _combined = CancellationTokenSource.CreateLinkedTokenSource(_linked.Token, _deadline.Token);
        Token = _combined.Token;
        return Timeout;
    }

    public void Dispose()
    {
        _combined?.Dispose();
        _deadline?.Dispose();
        _linked.Dispose();
    }
}
