namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// The one delay rule of every wait, as pure functions: exponential backoff with a cap and jitter, the look timed for a
/// transition's learnt end (<see cref="TransitionRun"/>), and a server-side hint (tables expected steady) capped at a poll.
/// </summary>
public static class DelaySchedule
{
    /// <summary>
    /// The delay before poll number <paramref name="attempt"/> (0-based) of one wait; <paramref name="random"/> is a
    /// uniform sample in [0, 1) that spreads parallel waits (±<see cref="LifecycleOptions.JitterRatio"/>).
    /// </summary>
    public static TimeSpan Backoff(int attempt, double random, LifecycleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var exponent = Math.Clamp(attempt, 0, 64);
        var raw = options.FirstPollDelay.TotalMilliseconds * Math.Pow(options.BackoffFactor, exponent);
        var capped = Math.Min(raw, options.MaxPollDelay.TotalMilliseconds);
        var jitter = 1 + (options.JitterRatio * ((2 * random) - 1));
        return TimeSpan.FromMilliseconds(Math.Max(1, capped * jitter));
    }

    /// <summary>A wait for something the process expects at <paramref name="steady"/>, never longer than a poll.</summary>
    public static TimeSpan AtMostAPoll(TimeSpan wait, LifecycleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return wait < options.MaxPollDelay ? wait : options.MaxPollDelay;
    }

    /// <summary>The backoff, or the wait until <paramref name="steady"/> (at most a poll) when that is later.</summary>
    public static TimeSpan BackoffOrSteady(TimeSpan backoff, DateTimeOffset? steady, DateTimeOffset now, LifecycleOptions options) =>
        steady is { } at && at - now > backoff ? AtMostAPoll(at - now, options) : backoff;

    /// <summary>
    /// The delay from <paramref name="now"/> until the next look at <paramref name="run"/> (<paramref name="probe"/>: the
    /// first look may probe a rough bracket's middle; otherwise later looks too wait for the learnt upper end). The
    /// first look comes at the expected end (learnt, else the longest transition seen, else
    /// <see cref="LifecycleOptions.TransitionFirstLook"/>); later ones at a cadence proportional to the time since the
    /// change, never after the learnt upper end.
    /// </summary>
    public static TimeSpan Transition(TransitionRun run, TransitionTimes learnt, DateTimeOffset now, LifecycleOptions options, bool probe = true)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(learnt);
        ArgumentNullException.ThrowIfNull(options);
        var bracket = learnt.Of(run.Status);
        DateTimeOffset target;
        if (run.LastStill is not { } still)
        {
            target = run.StartedAt + options.TransitionSlack + bracket switch
            {
                { } b when probe && run.ProbesFirst(learnt) => b.Lower + ((b.Upper - b.Lower) / 2),
                { } b => b.Upper,
                null => learnt.OfAny ?? options.TransitionFirstLook - options.TransitionSlack,
            };
        }
        else
        {
            DateTimeOffset? latest = bracket is { } b ? run.StartedAt + b.Upper + options.TransitionSlack : null;
            if (!probe && latest > still)
            {
                target = latest.Value;
            }
            else
            {
                var cadence = bracket is null ? options.TransitionCadence : options.LearnedTransitionCadence;
                var step = TimeSpan.FromTicks((long)((still - run.StartedAt).Ticks * cadence));
                step = step < options.MinPollInterval ? options.MinPollInterval : step > options.MaxPollDelay ? options.MaxPollDelay : step;
                target = latest > still && latest < still + step ? latest.Value : still + step;
            }
        }

        var delay = target - now;
        return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
    }
}
