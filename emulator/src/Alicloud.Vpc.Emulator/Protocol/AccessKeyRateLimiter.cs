using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>
/// A token bucket per AccessKeyId (capacity = qps, refilled at qps tokens per second) on the injected clock, so
/// tests can drive it; --qps 0 means no limit.
/// </summary>
internal sealed class AccessKeyRateLimiter(EmulatorLimits limits, TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    public bool TryAcquire(string accessKeyId)
    {
        var qps = limits.Qps;
        if (qps <= 0)
        {
            return true;
        }

        var now = timeProvider.GetTimestamp();
        lock (_lock)
        {
            if (!_buckets.TryGetValue(accessKeyId, out var bucket) || bucket.Qps != qps)
            {
                bucket = new Bucket(qps, qps, now);
                _buckets[accessKeyId] = bucket;
            }

            var elapsed = timeProvider.GetElapsedTime(bucket.LastRefill, now).TotalSeconds;
            bucket.Tokens = Math.Min(qps, bucket.Tokens + (elapsed * qps));
            bucket.LastRefill = now;
            if (bucket.Tokens < 1)
            {
                return false;
            }

            bucket.Tokens -= 1;
            return true;
        }
    }

    private sealed class Bucket(int qps, double tokens, long lastRefill)
    {
        public int Qps { get; } = qps;

        public double Tokens { get; set; } = tokens;

        public long LastRefill { get; set; } = lastRefill;
    }
}
