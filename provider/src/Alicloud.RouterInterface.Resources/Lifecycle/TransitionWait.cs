namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// When to look again while a transition runs that a change of ours started at <paramref name="startedAt"/>: first at
/// its expected end (learned, else <see cref="LifecycleOptions.TransitionFirstLook"/>), then at a cadence proportional to
/// the time since the change. What it sees is fed back to the <see cref="TransitionLearner"/> when the start is known.
/// One per wait; not thread-safe.
/// </summary>
public sealed class TransitionWait(string status, DateTimeOffset startedAt, bool startKnown, TransitionLearner learner, LifecycleOptions options)
{
    private DateTimeOffset? _lastStill;
    private bool _ended;

    public string Status => status;

    public DateTimeOffset StartedAt => startedAt;

    /// <summary>
    /// The delay from <paramref name="now"/> until the next look. With a learnt duration known only roughly (a bracket
    /// wider than a tenth of its upper end), the first look probes its middle, so that brackets narrow over a fleet;
    /// later looks never come after the learnt upper end.
    /// </summary>
    public TimeSpan NextDelay(DateTimeOffset now)
    {
        var learnt = learner.Bracket(status);
        var expected = learnt?.Upper ?? learner.ExpectedOfAny();
        DateTimeOffset target;
        if (_lastStill is not { } still)
        {
            target = startedAt + options.TransitionSlack + learnt switch
            {
                { } b when b.Upper - b.Lower > b.Upper / 10 => b.Lower + ((b.Upper - b.Lower) / 2),
                { } b => b.Upper,
                null => expected ?? options.TransitionFirstLook - options.TransitionSlack,
            };
        }
        else
        {
            var cadence = learnt is null ? options.TransitionCadence : options.LearnedTransitionCadence;
            var step = TimeSpan.FromTicks((long)((still - startedAt).Ticks * cadence));
            step = step < options.MinPollInterval ? options.MinPollInterval : step > options.MaxPollDelay ? options.MaxPollDelay : step;
            target = still + step;
            if (learnt is { } b && startedAt + b.Upper + options.TransitionSlack is var latest && latest > still && latest < target)
            {
                target = latest;
            }
        }

        var delay = target - now;
        return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
    }

    /// <summary>A look at <paramref name="at"/> found the transition still running.</summary>
    public void StillRunning(DateTimeOffset at)
    {
        if (_lastStill is null || at > _lastStill)
        {
            _lastStill = at;
        }
    }

    /// <summary>A look at <paramref name="at"/> found it over; teaches the learner once.</summary>
    public void Ended(DateTimeOffset at)
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        if (startKnown)
        {
            learner.Record(status, (_lastStill ?? startedAt) - startedAt, at - startedAt);
        }
    }
}
