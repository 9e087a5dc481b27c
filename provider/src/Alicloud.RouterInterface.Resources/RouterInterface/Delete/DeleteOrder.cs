using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// The delete as a decision function: from an observation of both ends and what was done so far, the next action.
/// Order (the steps): gone → done; prepaid → refuse; another account's end that this account cannot change and
/// that is not Idle/Inactive → refuse; already deleting → wait until gone; route entries → look up, refuse without
/// force (with force in DeleteExpressConnect's way: after the deactivation is sent, while it runs); transitional →
/// wait (but ends Deactivating from our own Deactivate → delete when that ends); Active → deactivate; then
/// DeleteExpressConnect, or per end (route entries with force, then DeleteRouterInterface per end)
/// when the API refused DeleteExpressConnect for the instance; after it was accepted, wait until the ends are gone.
/// Refusals come before any change in both ways. <see cref="DeletePlanner"/> asks it on every look.
/// </summary>
public static class DeleteOrder
{
    /// <summary>
    /// Folds a new observation into the progress. A NotFound from DeleteExpressConnect for an interface that is still
    /// listed and that no delete of ours took (an API that looks up only fast-link instances says so) switches to the
    /// per-end way; a NotFound in the per-end way stays for <see cref="Decide"/> to refuse.
    /// </summary>
    public static DeleteProgress Record(DeleteProgress progress, DeleteObservation observation)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(observation);
        var stillActive = observation.ExistingEnds.Where(e => e.IsIn(RouterInterfaceStatuses.Active)).Select(e => e.Key.Id).ToHashSet(StringComparer.Ordinal);
        var recorded = progress with
        {
            Observations = progress.Observations + 1,
            OppositeSeen = progress.OppositeSeen || observation.Opposite is { Exists: true },
            DeactivationRequested = progress.DeactivationRequested.Intersect(stillActive),
        };
        return recorded.DeleteNotFound is not null && !recorded.PerEnd && observation.Self.Exists && !IsDeleting(observation, recorded)
            ? recorded with { PerEnd = true, DeleteNotFound = null, ClientToken = null }
            : recorded;
    }

    public static DeleteAction Decide(DeleteObservation observation, DeleteProgress progress, DeleteTarget target)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(target);
        var self = observation.Self;
        var opposite = observation.Opposite;

        if (!self.Exists)
        {
            return DecideSelfGone(self, opposite, progress);
        }

        var deleting = IsDeleting(observation, progress);
        if (progress.DeleteNotFound is { } notFound && !deleting)
        {
            return new RefuseDelete(notFound.Code, DeleteMessages.NotFoundButListed(self, notFound, progress));
        }

        if (!deleting && observation.ExistingEnds.FirstOrDefault(e => RouterInterfaceValues.IsPrepaidChargeType(e.Info!.ChargeType)) is { } prepaid)
        {
            return new RefuseDelete(DiagnosticCodes.PrepaidInstance, DeleteMessages.Prepaid(target, prepaid));
        }

        if (!deleting && opposite is { Exists: true, CanChange: false, OtherAccount: not null } other
            && !other.IsSettled && !other.IsIn(RouterInterfaceStatuses.Deactivating))
        {
            return new RefuseDelete(DiagnosticCodes.CrossAccountEndNotInactive, DeleteMessages.CrossAccountEndNotInactive(target, other, progress));
        }

        if (deleting)
        {
            // name only what the wait is for: this end, and the opposite when it goes with it (DecideSelfGone)
            return new WaitForChange(DeleteMessages.WaitingGone(observation.ExistingEnds.Where(e => e.End == InterfaceEnd.ThisEnd || e.IsIn(RouterInterfaceStatuses.Deleting))));
        }

        // route entries refuse a delete without force, so they are known before any change; a forced delete in
        // DeleteExpressConnect's way (which removes them) deactivates first and reads them while that runs
        var perEnd = !target.OneWayOnly(observation) && TakesPerEndWay(observation, progress);
        var entriesKnown = progress.RouteEntries is not null;
        if (!entriesKnown && (!target.Force || perEnd))
        {
            return Discovery(observation);
        }

        if (progress.RouteEntries is { Count: > 0 } found && !target.Force)
        {
            return new RefuseDelete(DiagnosticCodes.RouteEntriesPresent, DeleteMessages.RouteEntriesPresent(target, found));
        }

        var moving = observation.ExistingEnds.FirstOrDefault(e => RouterInterfaceStatuses.IsTransitional(e.Status) && !progress.EndsDeleted.Contains(e.Key.Id));
        var active = observation.ExistingEnds.Where(e => e.IsIn(RouterInterfaceStatuses.Active)).ToList();
        var toDeactivate = active.Where(e => !progress.DeactivationRequested.Contains(e.Key.Id)).ToList();
        if (!entriesKnown && (moving is not null || toDeactivate.Count == 0))
        {
            return Discovery(observation);
        }

        if (moving is not null)
        {
            return !perEnd && OnlyOurDeactivationRuns(observation, progress, except: [])
                ? new DeleteInstance(self.Key, target.Force) { WhenDeactivated = true }
                : new WaitForChange($"waiting for {moving.Key.Id} to leave {moving.Status}");
        }

        if (toDeactivate.Count > 0)
        {
            // the delete is due when these deactivations end if nothing else stands in the way (no look needed first)
            return new DeactivateEnds(toDeactivate) { ThenDeleteInstance = !perEnd && OnlyOurDeactivationRuns(observation, progress, except: toDeactivate) };
        }

        if (active.Count > 0)
        {
            return new WaitForChange($"waiting for {active[0].Key.Id} to leave Active (deactivation requested)");
        }

        if (!perEnd)
        {
            return new DeleteInstance(self.Key, target.Force);
        }

        if (target.Force && RouteEntriesToRemove(observation, progress).FirstOrDefault() is { } entry)
        {
            return new RemoveRouteEntry(entry);
        }

        return new DeleteEnds(EndsToDelete(observation, progress));
    }

    /// <summary>The look-up of the route entries through this account's ends of the instance.</summary>
    public static DiscoverRouteEntries Discovery(DeleteObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return new DiscoverRouteEntries([.. observation.InstanceEnds.Where(e => e.OtherAccount is null)]);
    }

    /// <summary>Per end: DeleteExpressConnect was refused for the instance, or the other end is another account's that the opposite credentials change.</summary>
    public static bool TakesPerEndWay(DeleteObservation observation, DeleteProgress progress)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(progress);
        return progress.PerEnd || observation.Opposite is { Exists: true, CanChange: true, OtherAccount: not null };
    }

    /// <summary>
    /// The route entries the per-end way still removes, with force: those found through an end of this instance, and
    /// only while this observation still shows that end in the instance (an opposite that stopped naming this end back
    /// is another resource's, and so are its routes).
    /// </summary>
    public static IEnumerable<RouteEntryRef> RouteEntriesToRemove(DeleteObservation observation, DeleteProgress progress)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(progress);
        var instance = observation.InstanceEnds.Select(e => e.Key.Id).ToHashSet(StringComparer.Ordinal);
        return (progress.RouteEntries ?? []).Where(e => !progress.RouteEntriesRemoved.Contains(e.RouteEntryId) && instance.Contains(e.NextHopId));
    }

    /// <summary>
    /// The ends the per-end way deletes, the opposite first: this end, and the opposite when it is part of the instance
    /// (it names this end back) and this delete can change it; none already Deleting or deleted by us.
    /// </summary>
    public static IReadOnlyList<EndObservation> EndsToDelete(DeleteObservation observation, DeleteProgress progress)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(progress);
        return [.. observation.InstanceEnds
            .Where(e => e.CanChange && !e.IsIn(RouterInterfaceStatuses.Deleting) && !progress.EndsDeleted.Contains(e.Key.Id))
            .OrderBy(e => e.End == InterfaceEnd.ThisEnd)];
    }

    /// <summary>A delete of the instance was accepted, or an end is Deleting and the per-end way has nothing left to send.</summary>
    private static bool IsDeleting(DeleteObservation observation, DeleteProgress progress) =>
        progress.DeleteAccepted
        || (observation.ExistingEnds.Any(e => e.IsIn(RouterInterfaceStatuses.Deleting))
            && (!progress.PerEnd || progress.EndsDeleted.IsEmpty || EndsToDelete(observation, progress).Count == 0));

    /// <summary>
    /// Every end (but <paramref name="except"/>, about to be deactivated) is Inactive/Idle or Deactivating because this
    /// delete deactivated it: the next step is the delete itself.
    /// </summary>
    private static bool OnlyOurDeactivationRuns(DeleteObservation observation, DeleteProgress progress, IReadOnlyList<EndObservation> except) =>
        observation.ExistingEnds.Where(e => !except.Contains(e)).All(e =>
            e.IsSettled || (e.IsIn(RouterInterfaceStatuses.Deactivating) && progress.DeactivatedByUs.Contains(e.Key.Id)));

    private static DeleteAction DecideSelfGone(EndObservation self, EndObservation? opposite, DeleteProgress progress)
    {
        // an opposite end that is being deleted is part of this instance: follow it until it is gone too
        if (opposite is { Exists: true } && opposite.IsIn(RouterInterfaceStatuses.Deleting))
        {
            return new WaitForChange(DeleteMessages.WaitingGone([opposite]));
        }

        var alreadyGone = progress.Observations <= 1 && !progress.DeleteAccepted;
        return new CompleteDelete(alreadyGone, DeleteMessages.Completed(self.Key, opposite, alreadyGone, progress));
    }
}
