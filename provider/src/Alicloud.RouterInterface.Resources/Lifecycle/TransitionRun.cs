namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// A transition that a change of ours started (Deactivating, Deleting): the server began it between
/// <see cref="ChangeSent"/> and <see cref="StartedAt"/> (the change's answer); <see cref="LastStill"/> is the latest
/// look that found it still running. Plain data; <see cref="DelaySchedule.Transition"/> times the looks.
/// </summary>
public sealed record TransitionRun(string Status, DateTimeOffset ChangeSent, DateTimeOffset StartedAt)
{
    public DateTimeOffset? LastStill { get; init; }

    /// <summary>
    /// Whether the first look probes the middle of a learnt duration known only roughly (a bracket wider than a tenth of
    /// its upper end), so that brackets narrow over a fleet. Only looks probe; a delete waits for the upper end.
    /// </summary>
    public bool ProbesFirst(TransitionTimes learnt)
    {
        ArgumentNullException.ThrowIfNull(learnt);
        return LastStill is null && learnt.Of(Status) is { } b && b.Upper - b.Lower > b.Upper / 10;
    }

    /// <summary>A look (or a refusal) sent at <paramref name="at"/> found the transition still running.</summary>
    public TransitionRun StillAt(DateTimeOffset at) => LastStill is { } still && still >= at ? this : this with { LastStill = at };

    /// <summary>
    /// What a look answered at <paramref name="at"/> that found it over teaches, as a bracket that holds whatever the
    /// round trips took: more than (last still − start), at most (answer − change sent).
    /// </summary>
    public TransitionLasted Ended(DateTimeOffset at) => new(Status, (LastStill ?? StartedAt) - StartedAt, at - ChangeSent);
}
