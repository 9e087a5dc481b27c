using System.Collections.Immutable;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// How long transitions (Deactivating, Deleting, …) took, as the recent brackets each finished wait gave: it lasted
/// more than its last "still" look and at most its first "done" look after the change. With durations that stay the
/// same (as the cloud's tend to), the latest safe end is the smallest upper bound; when the brackets contradict each
/// other (durations vary), the median upper bound. Immutable: <see cref="TransitionLearner"/> holds the process's.
/// </summary>
public sealed record TransitionTimes
{
    private const int Kept = 16;

    public static readonly TransitionTimes None = new();

    private ImmutableDictionary<string, ImmutableList<(TimeSpan Lower, TimeSpan Upper)>> Recent { get; init; } =
        ImmutableDictionary.Create<string, ImmutableList<(TimeSpan Lower, TimeSpan Upper)>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>These times and what <paramref name="lasted"/> teaches (an empty or inverted bracket teaches nothing).</summary>
    public TransitionTimes With(TransitionLasted lasted)
    {
        ArgumentNullException.ThrowIfNull(lasted);
        ArgumentException.ThrowIfNullOrEmpty(lasted.Status);
        if (lasted.Upper <= TimeSpan.Zero || lasted.Lower > lasted.Upper)
        {
            return this;
        }

        var list = Recent.GetValueOrDefault(lasted.Status, []).Add((lasted.Lower < TimeSpan.Zero ? TimeSpan.Zero : lasted.Lower, lasted.Upper));
        return this with { Recent = Recent.SetItem(lasted.Status, list.Count > Kept ? list.RemoveAt(0) : list) };
    }

    /// <summary>
    /// What is known of <paramref name="status"/>'s duration: more than Lower, at most Upper (Lower = Upper when the
    /// recent brackets contradict each other and Upper is their median); null when never seen end.
    /// </summary>
    public (TimeSpan Lower, TimeSpan Upper)? Of(string status)
    {
        if (!Recent.TryGetValue(status, out var brackets))
        {
            return null;
        }

        var lower = brackets.Max(b => b.Lower);
        var upper = brackets.Min(b => b.Upper);
        if (lower <= upper)
        {
            return (lower, upper);
        }

        var median = Median(brackets);
        return (median, median);
    }

    /// <summary>How long <paramref name="status"/> is expected to last at most; null when never seen end.</summary>
    public TimeSpan? Expected(string status) => Of(status)?.Upper;

    /// <summary>
    /// A scale for a transition not seen yet: the middle of the longest bracket of any transition seen (the clouds'
    /// transitions are of one order of magnitude); null when none ended yet.
    /// </summary>
    public TimeSpan? OfAny => Recent.IsEmpty ? null : Recent.Keys.Select(Middle).Max();

    private TimeSpan Middle(string status)
    {
        var (lower, upper) = Of(status)!.Value;
        return lower + ((upper - lower) / 2);
    }

    private static TimeSpan Median(ImmutableList<(TimeSpan Lower, TimeSpan Upper)> brackets)
    {
        var uppers = brackets.Select(b => b.Upper).Order().ToList();
        return uppers[uppers.Count / 2];
    }
}
