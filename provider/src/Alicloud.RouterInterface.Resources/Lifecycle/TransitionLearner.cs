namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Learns how long transitions (Deactivating, Deleting, …) take in this process, from what the deletes saw: each
/// finished wait says the transition lasted more than its last "still" look and at most its first "done" look after
/// the change. With durations that stay the same (as the cloud's tend to), the latest safe end is the smallest upper
/// bound; when the brackets contradict each other (durations vary), the median upper bound. Thread-safe; one per process.
/// </summary>
public sealed class TransitionLearner
{
    private const int Kept = 16;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<(TimeSpan Lower, TimeSpan Upper)>> _brackets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The transition <paramref name="status"/> lasted more than <paramref name="lower"/> and at most <paramref name="upper"/>.</summary>
    public void Record(string status, TimeSpan lower, TimeSpan upper)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        if (upper <= TimeSpan.Zero || lower > upper)
        {
            return;
        }

        lock (_gate)
        {
            if (!_brackets.TryGetValue(status, out var queue))
            {
                _brackets[status] = queue = new Queue<(TimeSpan, TimeSpan)>();
            }

            queue.Enqueue((lower < TimeSpan.Zero ? TimeSpan.Zero : lower, upper));
            while (queue.Count > Kept)
            {
                queue.Dequeue();
            }
        }
    }

    /// <summary>How long <paramref name="status"/> is expected to last at most; null when never seen end.</summary>
    public TimeSpan? Expected(string status) => Bracket(status)?.Upper;

    /// <summary>
    /// What is known of <paramref name="status"/>'s duration: more than Lower, at most Upper (Lower = Upper when the
    /// recent brackets contradict each other and Upper is their median); null when never seen end.
    /// </summary>
    public (TimeSpan Lower, TimeSpan Upper)? Bracket(string status)
    {
        lock (_gate)
        {
            if (!_brackets.TryGetValue(status, out var queue))
            {
                return null;
            }

            var lower = queue.Max(b => b.Lower);
            var upper = queue.Min(b => b.Upper);
            if (lower <= upper)
            {
                return (lower, upper);
            }

            var median = Estimate(queue);
            return (median, median);
        }
    }

    /// <summary>Every bracket learnt so far and the scale of any, at once (plain data for the delete's planner).</summary>
    public TransitionTimes Snapshot()
    {
        string[] statuses;
        lock (_gate)
        {
            statuses = [.. _brackets.Keys];
        }

        var brackets = new Dictionary<string, (TimeSpan Lower, TimeSpan Upper)>(StringComparer.OrdinalIgnoreCase);
        foreach (var status in statuses)
        {
            if (Bracket(status) is { } bracket)
            {
                brackets[status] = bracket;
            }
        }

        return new TransitionTimes(brackets, ExpectedOfAny());
    }

    /// <summary>What a finished wait taught (<see cref="TransitionRun.Ended"/>).</summary>
    public void Record(TransitionLasted lasted)
    {
        ArgumentNullException.ThrowIfNull(lasted);
        Record(lasted.Status, lasted.Lower, lasted.Upper);
    }

    /// <summary>
    /// A scale for a transition not seen yet: the middle of the longest bracket of any transition seen (the clouds'
    /// transitions are of one order of magnitude); null when none ended yet.
    /// </summary>
    public TimeSpan? ExpectedOfAny()
    {
        lock (_gate)
        {
            return _brackets.Count == 0 ? null : _brackets.Keys.Select(Middle).Max();
        }
    }

    private TimeSpan Middle(string status)
    {
        var queue = _brackets[status];
        var lower = queue.Max(b => b.Lower);
        var upper = queue.Min(b => b.Upper);
        return lower <= upper ? lower + ((upper - lower) / 2) : Estimate(queue);
    }

    private static TimeSpan Estimate(Queue<(TimeSpan Lower, TimeSpan Upper)> brackets)
    {
        var lower = brackets.Max(b => b.Lower);
        var upper = brackets.Min(b => b.Upper);
        if (lower <= upper)
        {
            return upper;
        }

        var uppers = brackets.Select(b => b.Upper).Order().ToList();
        return uppers[uppers.Count / 2];
    }
}
