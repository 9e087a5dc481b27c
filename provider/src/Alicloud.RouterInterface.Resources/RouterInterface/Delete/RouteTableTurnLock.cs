using Alicloud.RouterInterface.Resources.Lifecycle;
using Microsoft.Extensions.Options;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// Which route tables a forced delete of ours is emptying, and until when they are expected busy. The API refuses
/// DeleteExpressConnect (IncorrectStatus.VSwitchOrRouteEntry) while any entry of either end's tables is changing, so
/// other deletes on the same routers wait until those entries are expected gone (RouteEntry.Deleting, learnt like other
/// transitions). Told by the deleter, read by the deleter: it holds no cloud data and never reads the cloud.
/// Thread-safe; one per process.
/// </summary>
public sealed class RouteTableTurnLock(IOptions<LifecycleOptions> options, TransitionLearner learner)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Region, string TableId), Removal> _removals = [];
    private readonly LifecycleOptions _options = options.Value;

    /// <summary>The learnt-transition name of route entries being removed.</summary>
    public const string RouteEntryDeleting = "RouteEntry.Deleting";

    /// <summary>A forced delete of ours, answered at <paramref name="at"/>, is removing entries of these tables.</summary>
    public void Removing(IEnumerable<(string Region, string TableId)> tables, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(tables);
        lock (_gate)
        {
            foreach (var table in tables)
            {
                _removals[table] = new Removal(at);
            }
        }
    }

    /// <summary>When the entries our deletes are removing from these tables are expected gone; null when none are.</summary>
    public DateTimeOffset? SteadyAt(IEnumerable<(string Region, string TableId)> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        lock (_gate)
        {
            return SteadyAtLocked(tables);
        }
    }

    /// <summary>
    /// A forced delete over <paramref name="tables"/> that will remove entries of <paramref name="removing"/> takes its
    /// turn at <paramref name="now"/>: null when the tables are steady, and then <paramref name="removing"/> count as
    /// being emptied from now on, so that deletes over them sent meanwhile wait instead of being refused; else when the
    /// tables are expected steady. Checking and marking at once is what keeps two deletes on one router from going
    /// out together (the API accepts one and refuses the other); a delete on its way holds the tables until it is
    /// answered (<see cref="Withdraw"/>), however long its retries take. The expected removal time is a guess (learnt, maybe
    /// from a slow one): a turn waits at most <see cref="LifecycleOptions.MaxPollDelay"/> past a removal's start, then a
    /// refusal says more.
    /// </summary>
    public DateTimeOffset? TryTakeTurn(IEnumerable<(string Region, string TableId)> tables, IReadOnlyCollection<(string Region, string TableId)> removing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(removing);
        lock (_gate)
        {
            var tableList = tables.ToList();
            if (tableList.Any(t => _removals.GetValueOrDefault(t) is { Provisional: true }))
            {
                // a delete over them is on its way (its retries after throttling included): look again shortly
                return now + DelaySchedule.InFlight(_options);
            }

            if (SteadyAtLocked(tableList, _options.MaxPollDelay) is { } steady && steady > now)
            {
                return steady;
            }

            foreach (var table in removing)
            {
                _removals[table] = new Removal(now, provisional: true);
            }

            return null;
        }
    }

    /// <summary>The delete that took its turn at <paramref name="takenAt"/> was answered: its provisional marks go (acceptance marks anew).</summary>
    public void Withdraw(IEnumerable<(string Region, string TableId)> removing, DateTimeOffset takenAt)
    {
        ArgumentNullException.ThrowIfNull(removing);
        lock (_gate)
        {
            foreach (var table in removing)
            {
                if (_removals.GetValueOrDefault(table) is { Provisional: true } mark && mark.Since == takenAt)
                {
                    _removals.Remove(table);
                }
            }
        }
    }

    /// <summary>A DeleteExpressConnect over these tables, sent at <paramref name="sent"/>, was refused because entries still change.</summary>
    /// <remarks>
    /// The refusal proves only that one of the tables still changes: it is put on the newest removal of ours among
    /// them. Marking every one would teach an old removal's "still running" from a newer one's and inflate the learnt
    /// time (seen in fleets: waits of minutes).
    /// </remarks>
    public void Refused(IEnumerable<(string Region, string TableId)> tables, DateTimeOffset sent)
    {
        lock (_gate)
        {
            if (Newest(tables) is { } mark)
            {
                mark.StillAt = mark.StillAt is { } still && still > sent ? still : sent;
            }
        }
    }

    /// <summary>A DeleteExpressConnect over these tables was accepted at <paramref name="answered"/>: their removals are over (and teach how long they take).</summary>
    /// <remarks>Only the newest removal teaches: the older ones ended before it, so their "at most" says little.</remarks>
    public void Accepted(IEnumerable<(string Region, string TableId)> tables, DateTimeOffset answered)
    {
        ArgumentNullException.ThrowIfNull(tables);
        lock (_gate)
        {
            var list = tables.ToList();
            if (Newest(list) is { } mark)
            {
                learner.Record(RouteEntryDeleting, (mark.StillAt ?? mark.Since) - mark.Since, answered - mark.Since);
            }

            foreach (var table in list)
            {
                _removals.Remove(table);
            }
        }
    }

    /// <summary>When route entries whose removal started at <paramref name="since"/> are expected gone (learnt, else a first look's time).</summary>
    public static DateTimeOffset SteadyAfter(DateTimeOffset since, TransitionTimes learnt, LifecycleOptions options, TimeSpan? atMost = null)
    {
        ArgumentNullException.ThrowIfNull(learnt);
        ArgumentNullException.ThrowIfNull(options);
        var lasts = learnt.Expected(RouteEntryDeleting) ?? DelaySchedule.TransitionFirstLook;
        lasts = atMost is { } cap && lasts > cap ? cap : lasts;
        return since + lasts + DelaySchedule.TransitionSlack;
    }

    private DateTimeOffset? SteadyAtLocked(IEnumerable<(string Region, string TableId)> tables, TimeSpan? atMost = null)
    {
        var marks = tables.Select(t => _removals.GetValueOrDefault(t)).OfType<Removal>().ToList();
        return marks.Count == 0 ? null : SteadyAfter(marks.Max(m => m.Since), learner.Snapshot(), _options, atMost);
    }

    /// <summary>The newest removal of ours in these tables (caller holds the gate).</summary>
    private Removal? Newest(IEnumerable<(string Region, string TableId)> tables) =>
        tables.Select(t => _removals.GetValueOrDefault(t)).OfType<Removal>().MaxBy(m => m.Since);

    private sealed class Removal(DateTimeOffset since, bool provisional = false)
    {
        public DateTimeOffset Since { get; } = since;

        /// <summary>Marked when the delete was sent, not yet accepted (<see cref="TryTakeTurn"/>).</summary>
        public bool Provisional { get; } = provisional;

        /// <summary>The latest time a delete over the table was still refused.</summary>
        public DateTimeOffset? StillAt { get; set; }
    }
}
