namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>One wait's backoff (<see cref="DelaySchedule.Backoff"/>) for the create and connect steps, with its random source.</summary>
public sealed class Backoff(LifecycleOptions options, Func<double>? random = null)
{
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;

    /// <summary>The delay before poll number <paramref name="attempt"/> (0-based) of one wait.</summary>
    public TimeSpan Delay(int attempt) => DelaySchedule.Backoff(attempt, _random(), options);
}
