using System.Collections.Concurrent;
using System.Globalization;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// A replay of terraform-provider-alicloud's legacy <c>alicloud_router_interface</c> delete (reference §6.1), one
/// resource per end, run with the same parallelism as our destroy: describe (gone → done); Active → Deactivate once;
/// DeleteRouterInterface with one ClientToken, on IncorrectStatus / DependencyViolation.RouterInterfaceReferedByRouteEntry /
/// OperationConflict sleep 5 s and retry (5 min); NotFound → done; any other final error is swallowed (as in TF); then
/// describe every 5 s until gone (1000 s). Terraform deletes route entries as separate resources first; the replay gets
/// a fleet whose route entries were already removed (untimed), which only flatters Terraform. A resource whose delete
/// was swallowed and that is not Deleting would have Terraform wait out its 1000 s and fail: the replay records that
/// failure at the first look instead of waiting (which only shortens the replay's wall).
/// </summary>
public sealed class TerraformLegacyReplay(IVpcClient client, TerraformTimings timings, TimeProvider time)
{
    private static readonly string[] RetriedCodes = ["IncorrectStatus", AlibabaErrorCodes.DependencyViolationRouteEntry, "OperationConflict"];

    public async Task<DestroyFigures> RunAsync(EmulatorProcess emulator, Fleet fleet, int parallel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(fleet);
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentBag<string>();
        var started = time.GetUtcNow();
        var wallStarted = time.GetTimestamp();
        await Parallel.ForEachAsync(fleet.Interfaces, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (ri, ct) =>
        {
            var oneStarted = time.GetTimestamp();
            try
            {
                await DeleteAsync(ri.RegionId, ri.Id, ct);
            }
            catch (Exception ex) when (ex is AlibabaCloudException or TimeoutException)
            {
                failures.Add($"{ri.Id}: {ex.Message}");
            }

            latencies.Add(time.GetElapsedTime(oneStarted).TotalSeconds);
        });
        var wall = time.GetElapsedTime(wallStarted);
        var requests = await emulator.Admin.GetRequestsAsync(null, cancellationToken);
        var stats = RequestLogStats.From(requests.Where(r => r.Time >= started));
        return new DestroyFigures
        {
            Algorithm = "terraform-legacy",
            Succeeded = failures.IsEmpty,
            WallSeconds = wall.TotalSeconds,
            Requests = stats,
            P50DeleteSeconds = Percentiles.Of(latencies, 50),
            P95DeleteSeconds = Percentiles.Of(latencies, 95),
            ThrottlingSurfaced = failures.Count(f => f.Contains("Throttling", StringComparison.OrdinalIgnoreCase)),
            Failures = [.. failures],
        };
    }

    private async Task DeleteAsync(string region, string id, CancellationToken cancellationToken)
    {
        var info = await client.DescribeRouterInterfaceAsync(region, id, cancellationToken);
        if (info is null)
        {
            return;
        }

        if (info.Status == "Active")
        {
            await client.DeactivateRouterInterfaceAsync(region, id, cancellationToken);
        }

        var token = ClientToken("DeleteRouterInterface");
        var retryStarted = time.GetTimestamp();
        string? swallowed = null;
        while (true)
        {
            try
            {
                await client.DeleteRouterInterfaceAsync(region, id, token, cancellationToken);
                break;
            }
            catch (AlibabaCloudException ex) when (RetriedCodes.Contains(ex.ErrorCode, StringComparer.Ordinal) && time.GetElapsedTime(retryStarted) < timings.DeleteRetryTimeout)
            {
                await Task.Delay(timings.Interval, time, cancellationToken);
            }
            catch (AlibabaCloudException ex) when (ex.ErrorCode == AlibabaErrorCodes.InvalidInstanceIdNotFound)
            {
                return;
            }
            catch (AlibabaCloudException ex)
            {
                // terraform wraps this error but does not return it: on to the wait
                swallowed = ex.ErrorCode;
                break;
            }
        }

        var waitStarted = time.GetTimestamp();
        while (true)
        {
            var now = await client.DescribeRouterInterfaceAsync(region, id, cancellationToken);
            if (now is null || now.Status == "Deleted")
            {
                return;
            }

            if (swallowed is not null && now.Status != "Deleting")
            {
                throw new TimeoutException($"{id}: DeleteRouterInterface answered {swallowed} (swallowed) and the interface stays {now.Status}: Terraform would wait {timings.WaitTimeout.TotalSeconds:0} s for Deleted and fail");
            }

            if (time.GetElapsedTime(waitStarted) > timings.WaitTimeout)
            {
                throw new TimeoutException($"{id}: waiting for Deleted timed out (now {now.Status})");
            }

            await Task.Delay(timings.Interval, time, cancellationToken);
        }
    }

    /// <summary>TF's buildClientToken: TF-&lt;action&gt;-&lt;unix seconds&gt;-&lt;uuid&gt;, at most 64 characters.</summary>
    private string ClientToken(string action)
    {
        var token = $"TF-{action}-{time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid()}";
        return token.Length > 64 ? token[..64] : token;
    }
}

/// <summary>Terraform's constants (alicloud/common.go): DefaultIntervalShort 5 s, the 5 min retry, DefaultLongTimeout 1000 s.</summary>
public sealed record TerraformTimings
{
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan DeleteRetryTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan WaitTimeout { get; init; } = TimeSpan.FromSeconds(1000);
}
