namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The send rate of one quota key after throttling answers, as in the AWS SDKs' adaptive retry mode (botocore
/// <c>retries/throttling.py</c> and <c>retries/adaptive.py</c>; the rate controller of RFC 8312's CUBIC): unlimited
/// until the first throttling answer; then β × the measured rate, growing back along
/// <c>C·(t − K)³ + Wmax</c> with <c>K = ∛(Wmax·(1 − β)/C)</c>: fast at first, flat near the rate that was throttled,
/// then probing beyond it. Unlike botocore, an answer to a call sent before the last decrease does not decrease again
/// (the calls already in flight when the quota ran out would otherwise divide the rate by 1/β each), as TCP reacts
/// once per round trip.
/// </summary>
internal sealed class CubicRate(VpcQuotaOptions options)
{
    private readonly Lock _gate = new();
    private double _wMax;
    private double _k;
    private long _lastDecreaseMs = long.MinValue;
    private bool _enabled;

    /// <summary>Calls per second allowed at <paramref name="nowMs"/>; null while no throttling answer has been seen or once it grew past <paramref name="ceiling"/>.</summary>
    public double? RateAt(long nowMs, double ceiling)
    {
        lock (_gate)
        {
            if (!_enabled)
            {
                return null;
            }

            var rate = Curve(nowMs);
            if (rate >= ceiling)
            {
                _enabled = false; // recovered: back to the static quota alone
                return null;
            }

            return Math.Max(options.MinRate, rate);
        }
    }

    /// <summary>A throttling answer to a call sent at <paramref name="sentMs"/>; returns the new rate, or null when it was already accounted for.</summary>
    public double? Throttled(long sentMs, long nowMs, double measuredRate, double ceiling)
    {
        lock (_gate)
        {
            if (_enabled && sentMs < _lastDecreaseMs)
            {
                return null;
            }

            var current = _enabled ? Curve(nowMs) : ceiling;
            _wMax = Math.Max(options.MinRate, Math.Min(measuredRate, current));
            _k = Math.Cbrt(_wMax * (1 - options.ThrottleBeta) / options.CubicScale);
            _lastDecreaseMs = nowMs;
            _enabled = true;
            return Math.Max(options.MinRate, _wMax * options.ThrottleBeta);
        }
    }

    private double Curve(long nowMs) => (options.CubicScale * Math.Pow(((nowMs - _lastDecreaseMs) / 1000.0) - _k, 3)) + _wMax;
}
