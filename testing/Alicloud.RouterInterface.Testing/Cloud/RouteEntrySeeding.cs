using Alicloud.RouterInterface.Testing.Polling;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Testing.Cloud;

/// <summary>
/// Route entries for test, bench and demo topologies, as the real API allows them: one change at a time per route
/// table (real-api-behaviours.md A3/A4; the strict emulator answers TaskConflict), so a create or delete that meets a
/// busy table waits and tries again, and a create returns once its entry is Available. Throttling answers the
/// client's own retries did not outlast (a quota-bound variant such as <c>unlistedQuota=30</c>) are waited out the
/// same way: set-up must not fail where the product under test would be waiting. Bounded; time is injected.
/// </summary>
public static class RouteEntrySeeding
{
    public static readonly TimeSpan DefaultBound = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(100);

    /// <summary>An answer that says "not now": a busy table, a request in progress, or service trouble such as throttling.</summary>
    public static bool IsNotNow(AlibabaCloudException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return ApiCodes.KindOf(error.ErrorCode, error.HttpStatus) is ApiCodeKind.Busy or ApiCodeKind.InProgress or ApiCodeKind.Transient;
    }

    /// <summary>Creates the entry (through busy answers) and, unless told otherwise, waits until it is Available; returns its ID.</summary>
    public static async Task<string> CreateAsync(
        IVpcClient client, CreateRouteEntryRequest request, TimeProvider time, CancellationToken cancellationToken, TimeSpan? bound = null, bool untilAvailable = true)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(bound ?? DefaultBound);
        var id = await ThroughNotNowAsync(() => client.CreateRouteEntryAsync(request, deadline.Token), time, deadline.Token).ConfigureAwait(false);
        if (untilAvailable)
        {
            await WaitAvailableAsync(client, request.RegionId, request.RouteTableId, id, time, deadline.Token, bound).ConfigureAwait(false);
        }

        return id;
    }

    /// <summary>Waits (through busy answers) until the entry <paramref name="routeEntryId"/> of the table is Available.</summary>
    public static Task WaitAvailableAsync(
        IVpcClient client, string regionId, string routeTableId, string routeEntryId, TimeProvider time, CancellationToken cancellationToken, TimeSpan? bound = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(time);
        return Eventually.HoldsAsync(
            async ct => (await ThroughNotNowAsync(() => client.DescribeRouteEntriesAsync(regionId, routeTableId, null, ct), time, ct).ConfigureAwait(false))
                .Any(e => e.RouteEntryId == routeEntryId && e.Status == "Available"),
            $"route entry {routeEntryId} Available",
            cancellationToken,
            new PollingOptions { Bound = bound ?? DefaultBound, Interval = s_poll, Time = time });
    }

    /// <summary>Deletes the entry, waiting through busy answers (not for it to be gone).</summary>
    public static async Task DeleteAsync(IVpcClient client, string regionId, string routeEntryId, TimeProvider time, CancellationToken cancellationToken, TimeSpan? bound = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(bound ?? DefaultBound);
        await ThroughNotNowAsync(async () =>
        {
            await client.DeleteRouteEntryAsync(regionId, routeEntryId, deadline.Token).ConfigureAwait(false);
            return true;
        }, time, deadline.Token).ConfigureAwait(false);
    }

    private static async Task<T> ThroughNotNowAsync<T>(Func<Task<T>> call, TimeProvider time, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (AlibabaCloudException error) when (IsNotNow(error))
            {
                await Task.Delay(s_poll, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
