namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// The one delay rule of every wait, as pure functions: exponential backoff with a cap and jitter, the look timed for a
/// transition's learnt end (<see cref="TransitionRun"/>), and a server-side hint (tables expected steady) capped at a poll.
/// </summary>
public static class DelaySchedule
{
    /// <summary>A transition's first look when none was learnt yet (nor any other transition's scale).</summary>
    public static readonly TimeSpan TransitionFirstLook = TimeSpan.FromSeconds(1);

    /// <summary>Added to a learnt transition duration (the status flips on the server a little after our clock says).</summary>
    public static readonly TimeSpan TransitionSlack = TimeSpan.FromMilliseconds(40);

    /// <summary>
    /// While a transition outlasts the first look, each next look comes this share of the time since the change later
    /// (so a look is never more than this share late), within MinPollInterval..MaxPollDelay.
    /// </summary>
    public const double TransitionCadence = 0.5;

    /// <summary>The same share once a duration was learnt: the end is near, so looks come closer together.</summary>
    public const double LearnedTransitionCadence = 0.15;

    /// <summary>The least pause between checks on a delete of ours that is on its way (no call: this process's own state).</summary>
    private static readonly TimeSpan InFlightRecheck = TimeSpan.FromMilliseconds(20);

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

    /// <summary>When to check again on a delete of ours that holds the route tables' turn and is on its way.</summary>
    public static TimeSpan InFlight(LifecycleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MinPollInterval > InFlightRecheck ? options.MinPollInterval : InFlightRecheck;
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
    /// <see cref="TransitionFirstLook"/>); later ones at a cadence proportional to the time since the
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
            target = run.StartedAt + TransitionSlack + bracket switch
            {
                { } b when probe && run.ProbesFirst(learnt) => b.Lower + ((b.Upper - b.Lower) / 2),
                { } b => b.Upper,
                null => learnt.OfAny ?? TransitionFirstLook - TransitionSlack,
            };
        }
        else
        {
            DateTimeOffset? latest = bracket is { } b ? run.StartedAt + b.Upper + TransitionSlack : null;
            if (!probe && latest > still)
            {
                target = latest.Value;
            }
            else
            {
                var cadence = bracket is null ? TransitionCadence : LearnedTransitionCadence;
                var step = TimeSpan.FromTicks((long)((still - run.StartedAt).Ticks * cadence));
                step = step < options.MinPollInterval ? options.MinPollInterval : step > options.MaxPollDelay ? options.MaxPollDelay : step;
                target = latest > still && latest < still + step ? latest.Value : still + step;
            }
        }

        var delay = target - now;
        return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
    }
}
