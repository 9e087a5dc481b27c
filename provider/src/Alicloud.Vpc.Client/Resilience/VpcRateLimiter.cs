using System.Threading.RateLimiting;

namespace Alicloud.Vpc.Client.Resilience;

/// <summary>
/// The client-side budget: <c>burst</c> calls in any window of <c>burst / requestsPerSecond</c> seconds. That never
/// starts more calls in an interval than a token bucket of the same burst and rate would allow, so a server bucket of
/// that size never refuses, yet a quiet client's calls go out at once instead of one per refill period.
/// </summary>
internal static class VpcRateLimiter
{
    public static RateLimiter Create(double requestsPerSecond, int burst, int queueLimit, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(requestsPerSecond, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        return new SlidingWindowLogRateLimiter(burst, TimeSpan.FromSeconds(burst / requestsPerSecond), queueLimit, time);
    }
}
