using System.Collections.Immutable;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// What the delete has learnt and done so far, and what it does next: all of its state, in one value that only
/// <see cref="DeletePlanner"/> makes (the step holds the latest).
/// </summary>
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

    /// <summary>Backed-off polls of the current wait (the backoff's exponent); reset by nothing, as before.</summary>
    public int Attempt { get; init; }

    /// <summary>The transition our last change started (Deactivating, Deleting), while it runs.</summary>
    public TransitionRun? Transition { get; init; }

    /// <summary>When the last DeleteExpressConnect was sent (a route-table refusal is put on it).</summary>
    public DateTimeOffset DeleteSent { get; init; }

    /// <summary>The route tables of the instance's routers (known with the route entries): deletes over them take turns.</summary>
    public IReadOnlyList<(string Region, string TableId)> Tables { get; init; } = [];

    /// <summary>The action due without a look first; null: the next step looks.</summary>
    public DeleteAction? Due { get; init; }

    /// <summary>The latest observation (for messages, and to decide again on it).</summary>
    public DeleteObservation? LastObservation { get; init; }
}
