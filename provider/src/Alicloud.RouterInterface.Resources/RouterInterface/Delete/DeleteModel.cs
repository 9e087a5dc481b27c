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
public sealed record DeleteTarget(string Urn, InterfaceKey Self, InterfaceKey? Opposite, bool Force)
{
    /// <summary>
    /// The state records a fast-link instance (<c>fastLinkMode: true</c>): DeleteExpressConnect is its only delete, as in
    /// Terraform's express_connect_router_interface delete; <see cref="DeleteObservation.IsFastLink"/> says what the cloud lists.
    /// </summary>
    public bool FastLink { get; init; }
}

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

    /// <summary>The account that owns this end when it is another account's (a cross-account pair); null for our own.</summary>
    public string? OtherAccount { get; init; }

    /// <summary>This delete can deactivate and delete the end: our own, or another account's through the opposite credentials.</summary>
    public bool CanChange { get; init; } = true;

    public bool IsSettled => IsIn(RouterInterfaceStatuses.Idle) || IsIn(RouterInterfaceStatuses.Inactive);

    /// <summary>Listed with <c>FastLinkMode: true</c> (DescribeRouterInterfaces, official SDK model).</summary>
    public bool IsFastLink => Info?.FastLinkMode == true;

    public string EndName => End == InterfaceEnd.ThisEnd ? "this end" : "the opposite end";

    public override string ToString() => Exists ? $"{Key.Id} {Info!.Status}" : $"{Key.Id} gone";
}

/// <summary>One observation of both ends (the opposite is null when no opposite end is known).</summary>
public sealed record DeleteObservation(EndObservation Self, EndObservation? Opposite)
{
    public IEnumerable<EndObservation> Ends => Opposite is null ? [Self] : [Self, Opposite];

    public IEnumerable<EndObservation> ExistingEnds => Ends.Where(e => e.Exists);

    /// <summary>
    /// The listed ends of the Express Connect instance of this end, the ones one DeleteExpressConnect removes ("including
    /// the initiator and acceptor", the seed): this end, and the opposite only when it names this end back. An acceptor
    /// that never learnt the initiator's ID (a pair never connected) is an instance of its own, with route entries of
    /// its own that only its own resource's <c>force</c> may remove.
    /// </summary>
    public IEnumerable<EndObservation> InstanceEnds => ExistingEnds.Where(e =>
        e.End == InterfaceEnd.ThisEnd || string.Equals(e.Info!.OppositeInterfaceId, Self.Key.Id, StringComparison.Ordinal));

    /// <summary>Either end is listed as part of a fast-link instance.</summary>
    public bool IsFastLink => Ends.Any(e => e.IsFastLink);

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

    /// <summary>This delete goes one end at a time (DeleteRouteEntry, DeleteRouterInterface): DeleteExpressConnect was refused for the instance.</summary>
    public bool PerEnd { get; init; }

    /// <summary>Ends whose DeleteRouterInterface was accepted (the per-end way).</summary>
    public ImmutableHashSet<string> EndsDeleted { get; init; } = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    /// <summary>Route entries whose DeleteRouteEntry was accepted (the per-end way with force).</summary>
    public ImmutableHashSet<string> RouteEntriesRemoved { get; init; } = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

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

/// <summary>
/// Deactivate these Active ends. <see cref="ThenDeleteInstance"/>: nothing else stands in the way, so once they are
/// deactivated the delete is due when their Deactivating is expected to end (no look first).
/// </summary>
public sealed record DeactivateEnds(IReadOnlyList<EndObservation> Ends) : DeleteAction
{
    public bool ThenDeleteInstance { get; init; }
}

/// <summary>
/// Call DeleteExpressConnect on this end. <see cref="WhenDeactivated"/>: the ends are still Deactivating from our own
/// Deactivate and nothing else stands in the way, so the call is made when that is expected to end, without another
/// poll first (a refusal with IncorrectStatus says no more than a poll would).
/// </summary>
public sealed record DeleteInstance(InterfaceKey Key, bool Force) : DeleteAction
{
    public bool WhenDeactivated { get; init; }
}

/// <summary>The per-end way, with force: remove this custom route entry (DeleteRouteEntry; one change per route table at a time).</summary>
public sealed record RemoveRouteEntry(RouteEntryRef Entry) : DeleteAction;

/// <summary>The per-end way: DeleteRouterInterface for each of these Idle/Inactive ends, each in its own region (the opposite first).</summary>
public sealed record DeleteEnds(IReadOnlyList<EndObservation> Ends) : DeleteAction;
