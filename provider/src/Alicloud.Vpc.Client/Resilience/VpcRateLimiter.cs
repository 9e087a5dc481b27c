using System.Threading.RateLimiting;

namespace Alicloud.Vpc.Client.Resilience;

/// <summary>
/// The client-side token bucket. It runs on the wall clock: the framework's TokenBucketRateLimiter measures elapsed
/// time with Stopwatch even when replenished by hand, so it cannot follow an injected TimeProvider.
/// </summary>
internal static class VpcRateLimiter
{
    private static readonly TimeSpan s_minimumPeriod = TimeSpan.FromMilliseconds(10);

    public static TokenBucketRateLimiter Create(double tokensPerSecond, int burst, int queueLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(tokensPerSecond, 0);

        // One token per period when that period is long enough; otherwise several tokens per 10 ms.
        var period = TimeSpan.FromSeconds(1 / tokensPerSecond);
        if (period < s_minimumPeriod)
        {
            period = s_minimumPeriod;
        }

        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = Math.Max(1, (int)Math.Round(tokensPerSecond * period.TotalSeconds)),
            ReplenishmentPeriod = period,
            AutoReplenishment = true,
            QueueLimit = queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }
}
