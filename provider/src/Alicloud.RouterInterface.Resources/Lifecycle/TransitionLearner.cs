namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// The process's <see cref="TransitionTimes"/>: what every finished wait of every operation taught, and what earlier
/// processes kept (<see cref="Seed"/>). Thread-safe; one per process.
/// </summary>
public sealed class TransitionLearner
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _changed = new(StringComparer.OrdinalIgnoreCase);
    private TransitionTimes _times = TransitionTimes.None;

    /// <summary>The transition <paramref name="status"/> lasted more than <paramref name="lower"/> and at most <paramref name="upper"/>.</summary>
    public void Record(string status, TimeSpan lower, TimeSpan upper) => Record(new TransitionLasted(status, lower, upper));

    /// <summary>What a finished wait taught (<see cref="TransitionRun.Ended"/>).</summary>
    public void Record(TransitionLasted lasted)
    {
        ArgumentNullException.ThrowIfNull(lasted);
        lock (_gate)
        {
            _times = _times.With(lasted);
            _changed.Add(lasted.Status);
        }
    }

    /// <summary>
    /// What an earlier process kept of <paramref name="status"/>, taken as if observed here (fresh observations push it
    /// out like any other), but not reported by <see cref="TakeChanged"/>: it is kept already.
    /// </summary>
    public void Seed(string status, TimeSpan lower, TimeSpan upper)
    {
        lock (_gate)
        {
            _times = _times.With(new TransitionLasted(status, lower, upper));
        }
    }

    /// <summary>The transitions recorded since the last call (what there is to keep for later processes).</summary>
    public IReadOnlyList<string> TakeChanged()
    {
        lock (_gate)
        {
            var changed = _changed.ToList();
            _changed.Clear();
            return changed;
        }
    }

    /// <summary>Everything learnt so far, at once (plain data for the planners).</summary>
    public TransitionTimes Snapshot()
    {
        lock (_gate)
        {
            return _times;
        }
    }

    /// <summary>How long <paramref name="status"/> is expected to last at most; null when never seen end.</summary>
    public TimeSpan? Expected(string status) => Snapshot().Expected(status);

    /// <inheritdoc cref="TransitionTimes.Of"/>
    public (TimeSpan Lower, TimeSpan Upper)? Bracket(string status) => Snapshot().Of(status);

    /// <inheritdoc cref="TransitionTimes.OfAny"/>
    public TimeSpan? ExpectedOfAny() => Snapshot().OfAny;
}
