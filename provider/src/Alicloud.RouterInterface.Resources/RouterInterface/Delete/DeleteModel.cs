using System.Collections.Immutable;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>Which end of the Express Connect instance, seen from the resource being deleted.</summary>
public enum InterfaceEnd
{
    ThisEnd,
    OppositeEnd,
}

/// <summary>What the delete is asked to remove: the resource (URN), the interface, its opposite end when known, and the force setting.</summary>
public sealed record DeleteTarget(string Urn, InterfaceKey Self, InterfaceKey? Opposite, bool Force);

/// <summary>
/// One end as observed; <see cref="Info"/> is null when the describe did not list it (gone, or not visible). A row
/// listed as <c>Deleted</c> (B4) is gone too: the shared poller drops such rows, and an end inferred from its peer's
/// <c>OppositeInterfaceStatus</c> may carry the status.
/// </summary>
public sealed record EndObservation(InterfaceEnd End, InterfaceKey Key, RouterInterfaceInfo? Info)
{
    public bool Exists => Info is not null && !RouterInterfaceStatuses.Is(Info.Status, RouterInterfaceStatuses.Deleted);

    public string? Status => Info?.Status;

    public bool IsIn(string status) => Info is not null && RouterInterfaceStatuses.Is(Info.Status, status);

    public string EndName => End == InterfaceEnd.ThisEnd ? "this end" : "the opposite end";

    public override string ToString() => Exists ? $"{Key.Id} {Info!.Status}" : $"{Key.Id} gone";
}

/// <summary>One observation of both ends (the opposite is null when no opposite end is known).</summary>
public sealed record DeleteObservation(EndObservation Self, EndObservation? Opposite)
{
    public IEnumerable<EndObservation> Ends => Opposite is null ? [Self] : [Self, Opposite];

    public IEnumerable<EndObservation> ExistingEnds => Ends.Where(e => e.Exists);

    public override string ToString() => string.Join(", ", Ends);
}

/// <summary>What the delete has learnt and done so far; the planner's memory (plain data, updated by the executor).</summary>
public sealed record DeleteProgress
{
    public int Observations { get; init; }

    /// <summary>The opposite end was listed at least once (so it is visible to this account and must be followed to its end).</summary>
    public bool OppositeSeen { get; init; }

    /// <summary>Null until the route entries were looked up.</summary>
    public IReadOnlyList<RouteEntryRef>? RouteEntries { get; init; }

    /// <summary>Ends deactivated and not yet seen leaving Active.</summary>
    public ImmutableHashSet<string> DeactivationRequested { get; init; } = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    /// <summary>Ends this delete deactivated (kept after they leave Active: their Deactivating is ours).</summary>
    public ImmutableHashSet<string> DeactivatedByUs { get; init; } = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    /// <summary>DeleteExpressConnect was accepted.</summary>
    public bool DeleteAccepted { get; init; }

    /// <summary>The not-found code DeleteExpressConnect answered (to be confirmed by the next observation).</summary>
    public ApiCode? DeleteNotFound { get; init; }

    /// <summary>The last API error met (for messages).</summary>
    public string? LastApiError { get; init; }

    /// <summary>The ClientToken of the current attempt; null = a new one is needed.</summary>
    public string? ClientToken { get; init; }

    public int OutcomeUnknownAttempts { get; init; }

    /// <summary>What this delete changed in the cloud, in order (for messages).</summary>
    public ImmutableList<string> Changes { get; init; } = [];
}

/// <summary>The next step the planner chose.</summary>
public abstract record DeleteAction;

/// <summary>Done: both ends are gone (or the interface was gone from the start).</summary>
public sealed record CompleteDelete(bool WasAlreadyGone, string Message) : DeleteAction;

/// <summary>Stop with a diagnostic.</summary>
public sealed record RefuseDelete(string Code, string Message) : DeleteAction;

/// <summary>Look up the custom route entries whose next hop is one of these ends.</summary>
public sealed record DiscoverRouteEntries(IReadOnlyList<EndObservation> Ends) : DeleteAction;

/// <summary>Nothing to do but observe again after a backoff delay.</summary>
public sealed record WaitForChange(string Reason) : DeleteAction;

/// <summary>Deactivate these Active ends.</summary>
public sealed record DeactivateEnds(IReadOnlyList<EndObservation> Ends) : DeleteAction;

/// <summary>
/// Call DeleteExpressConnect on this end. <see cref="WhenDeactivated"/>: the ends are still Deactivating from our own
/// Deactivate and nothing else stands in the way, so the call is made when that is expected to end, without another
/// poll first (a refusal with IncorrectStatus says no more than a poll would).
/// </summary>
public sealed record DeleteInstance(InterfaceKey Key, bool Force) : DeleteAction
{
    public bool WhenDeactivated { get; init; }
}
