namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// When to look again while a transition runs that a change of ours started: the server began it between
/// <paramref name="changeSent"/> and <paramref name="startedAt"/> (the change's answer). First look at its expected end
/// (learnt, else <see cref="LifecycleOptions.TransitionFirstLook"/>), then at a cadence proportional to the time since
/// the change. What it sees is fed back to the <see cref="TransitionLearner"/> when the start is known, as a bracket
/// that holds whatever the round trips took: more than (look sent − change answered), at most (look answered − change
/// sent). One per wait; not thread-safe.
/// </summary>
public sealed class TransitionWait(string status, DateTimeOffset changeSent, DateTimeOffset startedAt, bool startKnown, TransitionLearner learner, LifecycleOptions options)
{
    private DateTimeOffset? _lastStill;
    private bool _ended;

    public string Status => status;

    public DateTimeOffset StartedAt => startedAt;

    /// <summary>
    /// Whether the first look probes the middle of a learnt duration known only roughly (a bracket wider than a tenth of
    /// its upper end), so that brackets narrow over a fleet. Only looks probe; a delete waits for the upper end.
    /// </summary>
    public bool ProbesFirst => _lastStill is null && learner.Bracket(status) is { } b && b.Upper - b.Lower > b.Upper / 10;

    /// <summary>
    /// The delay from <paramref name="now"/> until the next look (<paramref name="probe"/>: the first look may probe a
    /// rough bracket's middle; otherwise later looks too wait for the learnt upper end). Later looks come at a cadence
    /// proportional to the time since the change, never after the learnt upper end.
    /// </summary>
    public TimeSpan NextDelay(DateTimeOffset now, bool probe = true)
    {
        var learnt = learner.Bracket(status);
        DateTimeOffset target;
        if (_lastStill is not { } still)
        {
            target = startedAt + options.TransitionSlack + learnt switch
            {
                { } b when probe && ProbesFirst => b.Lower + ((b.Upper - b.Lower) / 2),
                { } b => b.Upper,
                null => learner.ExpectedOfAny() ?? options.TransitionFirstLook - options.TransitionSlack,
            };
        }
        else
        {
            DateTimeOffset? latest = learnt is { } b ? startedAt + b.Upper + options.TransitionSlack : null;
            if (!probe && latest > still)
            {
                target = latest.Value;
            }
            else
            {
                var cadence = learnt is null ? options.TransitionCadence : options.LearnedTransitionCadence;
                var step = TimeSpan.FromTicks((long)((still - startedAt).Ticks * cadence));
                step = step < options.MinPollInterval ? options.MinPollInterval : step > options.MaxPollDelay ? options.MaxPollDelay : step;
                target = latest > still && latest < still + step ? latest.Value : still + step;
            }
        }

        var delay = target - now;
        return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
    }

    /// <summary>A look sent at <paramref name="at"/> found the transition still running.</summary>
    public void StillRunning(DateTimeOffset at)
    {
        if (_lastStill is null || at > _lastStill)
        {
            _lastStill = at;
        }
    }

    /// <summary>A look answered at <paramref name="at"/> found it over; teaches the learner once.</summary>
    public void Ended(DateTimeOffset at)
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        if (startKnown)
        {
            learner.Record(status, (_lastStill ?? startedAt) - startedAt, at - changeSent);
        }
    }
}
