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
        var delay = firstDelay;
        var attempt = 0;
        while (true)
        {
            try
            {
                var snapshot = await services.Poller.ObserveAsync(keys, delay, deadline.Token);
                Last = snapshot;
                PendingReason = pendingReason(snapshot);
                if (PendingReason is null)
                {
                    return snapshot;
                }

                await status.ReportAsync(PendingReason, deadline.Token);
            }
            catch (AlibabaCloudException ex) when (ApiErrors.IsTransient(ex))
            {
                logger.WaitRetrying(string.Join(", ", keys), ex.ErrorCode);
                await status.ReportAsync($"retrying after {ex.ErrorCode} from DescribeRouterInterfaces", deadline.Token);
            }

            delay = _backoff.Delay(attempt++);
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
