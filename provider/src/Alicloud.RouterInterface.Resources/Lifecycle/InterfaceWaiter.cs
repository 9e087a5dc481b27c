using Alicloud.Vpc.Client.Errors;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Waits (through the shared poller, with backoff) until a condition over some interfaces holds, showing why it
/// waits as status. One instance per operation; it remembers the last snapshot for error messages. Transient
/// describe errors are waited through; the deadline and the caller's token bound everything.
/// </summary>
public sealed class InterfaceWaiter(LifecycleServices services, WaitStatusReporter status, OperationDeadline deadline, ILogger logger)
{
    private readonly Backoff _backoff = new(services.Options);
    private readonly LifecycleServices _services = services;
    private readonly ILogger _logger = logger;

    /// <summary>The most recent snapshot any wait of this operation saw.</summary>
    public InterfaceSnapshot? Last { get; private set; }

    /// <summary>The reason the last wait was still pending.</summary>
    public string? PendingReason { get; private set; }

    /// <summary>
    /// Polls until <paramref name="pendingReason"/> answers null, and returns that snapshot. The first poll happens
    /// after <paramref name="firstDelay"/> (zero: at the next tick of the region).
    /// </summary>
    public async Task<InterfaceSnapshot> WaitAsync(IReadOnlyCollection<InterfaceKey> keys, Func<InterfaceSnapshot, string?> pendingReason, TimeSpan firstDelay)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(pendingReason);
        var wait = new Wait(this, keys, pendingReason, firstDelay);
        await OperationRunner.RunAsync(wait, status, _services.Time, deadline.Token);
        return wait.Result!;
    }

    /// <summary>One wait as an operation step: a look, and the condition over it.</summary>
    private sealed class Wait(InterfaceWaiter owner, IReadOnlyCollection<InterfaceKey> keys, Func<InterfaceSnapshot, string?> pendingReason, TimeSpan firstDelay) : IOperationStep
    {
        private int _attempt;
        private bool _first = true;

        public InterfaceSnapshot? Result { get; private set; }

        public async Task<StepOutcome> StepAsync(TimeSpan lookDelay, CancellationToken cancellationToken)
        {
            var delay = _first ? firstDelay : lookDelay;
            _first = false;
            try
            {
                var snapshot = await owner._services.Poller.ObserveAsync(keys, delay, cancellationToken);
                owner.Last = snapshot;
                owner.PendingReason = pendingReason(snapshot);
                if (owner.PendingReason is null)
                {
                    Result = snapshot;
                    return StepOutcome.Completed;
                }

                return StepOutcome.LookAgain(owner.PendingReason, owner._backoff.Delay(_attempt++));
            }
            catch (AlibabaCloudException ex) when (ApiErrors.IsTransient(ex))
            {
                owner._logger.WaitRetrying(string.Join(", ", keys), ex.ErrorCode);
                return StepOutcome.LookAgain($"retrying after {ex.ErrorCode} from DescribeRouterInterfaces", owner._backoff.Delay(_attempt++));
            }
        }
    }

    /// <summary>The pending reason for "exists and is in none of the transitional states" (null once it holds).</summary>
    public static string? UntilStable(InterfaceSnapshot snapshot, InterfaceKey key)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Find(key) switch
        {
            null => $"waiting for {key.Id} to appear",
            var info when RouterInterfaceStatuses.IsTransitional(info.Status) => $"waiting for {key.Id} to leave {info.Status}",
            _ => null,
        };
    }

    /// <summary>The pending reason for "exists and is in <paramref name="status"/>".</summary>
    public static string? UntilStatus(InterfaceSnapshot snapshot, InterfaceKey key, string status)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Find(key) switch
        {
            null => $"waiting for {key.Id} to appear",
            var info when !RouterInterfaceStatuses.Is(info.Status, status) => $"waiting for {key.Id} to become {status} (now {info.Status})",
            _ => null,
        };
    }
}
