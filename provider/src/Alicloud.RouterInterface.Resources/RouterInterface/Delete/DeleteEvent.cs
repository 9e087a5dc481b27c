using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>Something the step records for the process or the user after a decision (it decides nothing on it).</summary>
public abstract record DeleteEvent
{
    /// <summary>A transition of ours ended: teach the process how long it took.</summary>
    public sealed record TransitionLearnt(TransitionLasted Lasted) : DeleteEvent;

    /// <summary>This account's API refused DeleteExpressConnect for this kind of instance: later deletes go per end.</summary>
    public sealed record PerEndWayLearnt : DeleteEvent;

    /// <summary>Entries of these tables still changed when a delete sent at <paramref name="Sent"/> was refused.</summary>
    public sealed record TablesStillChanging(IReadOnlyList<(string Region, string TableId)> Tables, DateTimeOffset Sent) : DeleteEvent;

    /// <summary>A removal of ours in these tables started at <paramref name="At"/>.</summary>
    public sealed record TablesEmptying(IReadOnlyList<(string Region, string TableId)> Tables, DateTimeOffset At) : DeleteEvent;

    /// <summary>The user is warned that the forced delete removes this route entry.</summary>
    public sealed record RouteEntryWarned(RouteEntryRef Entry) : DeleteEvent;

    /// <summary>The user is warned that the forced delete removes route entries it could not list (<paramref name="Call"/> answered <paramref name="ErrorCode"/>).</summary>
    public sealed record RouteEntriesUnlisted(string Call, string ErrorCode) : DeleteEvent;

    /// <summary>The log line of a decision on an observation.</summary>
    public sealed record Decided(DeleteObservation Observation, DeleteAction Action) : DeleteEvent;

    /// <summary>The log line of an error answer that is retried after a backoff.</summary>
    public sealed record Retried(string Call, string ErrorCode) : DeleteEvent;

    /// <summary>The log line of a refusal of a delete call and how it is handled.</summary>
    public sealed record Refused(string ErrorCode, string Handling) : DeleteEvent;
}
