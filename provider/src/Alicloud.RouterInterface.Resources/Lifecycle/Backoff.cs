namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>Exponential delays with a cap and jitter: short first polls, then steady polls at the cap.</summary>
public sealed class Backoff(LifecycleOptions options, Func<double>? random = null)
{
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;

    /// <summary>The delay before poll number <paramref name="attempt"/> (0-based) of one wait.</summary>
    public TimeSpan Delay(int attempt)
    {
        var exponent = Math.Clamp(attempt, 0, 64);
        var raw = options.FirstPollDelay.TotalMilliseconds * Math.Pow(options.BackoffFactor, exponent);
        var capped = Math.Min(raw, options.MaxPollDelay.TotalMilliseconds);
        var jitter = 1 + (options.JitterRatio * ((2 * _random()) - 1));
        return TimeSpan.FromMilliseconds(Math.Max(1, capped * jitter));
    }
}
