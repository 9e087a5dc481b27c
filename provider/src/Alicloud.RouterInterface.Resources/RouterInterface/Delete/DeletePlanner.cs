using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// The delete as a decision function: from an observation of both ends and what was done so far, the next action.
/// Order (the steps): gone → done; prepaid → refuse; already deleting → wait until gone; route entries →
/// look up, refuse without force; transitional → wait (but ends Deactivating from our own Deactivate → delete when that
/// ends); Active → deactivate; then DeleteExpressConnect; after it
/// was accepted, wait until both ends are gone. Refusals come before any change.
/// </summary>
public static class DeletePlanner
{
    /// <summary>Folds a new observation into the progress.</summary>
    public static DeleteProgress Record(DeleteProgress progress, DeleteObservation observation)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(observation);
        var stillActive = observation.ExistingEnds.Where(e => e.IsIn(RouterInterfaceStatuses.Active)).Select(e => e.Key.Id).ToHashSet(StringComparer.Ordinal);
        return progress with
        {
            Observations = progress.Observations + 1,
            OppositeSeen = progress.OppositeSeen || observation.Opposite is { Exists: true },
            DeactivationRequested = progress.DeactivationRequested.Intersect(stillActive),
        };
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

        var deleting = progress.DeleteAccepted || observation.ExistingEnds.Any(e => e.IsIn(RouterInterfaceStatuses.Deleting));
        if (progress.DeleteNotFound is { } notFound && !deleting)
        {
            return new RefuseDelete(notFound.Code, DeleteMessages.NotFoundButListed(self, notFound, progress));
        }

        if (!deleting && observation.ExistingEnds.FirstOrDefault(e => RouterInterfaceValues.IsPrepaidChargeType(e.Info!.ChargeType)) is { } prepaid)
        {
            return new RefuseDelete(DiagnosticCodes.PrepaidInstance, DeleteMessages.Prepaid(target, prepaid));
        }

        if (deleting)
        {
            // name only what the wait is for: this end, and the opposite when it goes with it (DecideSelfGone)
            return new WaitForChange(DeleteMessages.WaitingGone(observation.ExistingEnds.Where(e => e.End == InterfaceEnd.ThisEnd || e.IsIn(RouterInterfaceStatuses.Deleting))));
        }

        if (progress.RouteEntries is null)
        {
            return new DiscoverRouteEntries([.. observation.ExistingEnds]);
        }

        if (progress.RouteEntries.Count > 0 && !target.Force)
        {
            return new RefuseDelete(DiagnosticCodes.RouteEntriesPresent, DeleteMessages.RouteEntriesPresent(target, progress.RouteEntries));
        }

        if (observation.ExistingEnds.FirstOrDefault(e => RouterInterfaceStatuses.IsTransitional(e.Status)) is { } moving)
        {
            return OnlyOurDeactivationRuns(observation, progress)
                ? new DeleteInstance(self.Key, target.Force) { WhenDeactivated = true }
                : new WaitForChange($"waiting for {moving.Key.Id} to leave {moving.Status}");
        }

        var active = observation.ExistingEnds.Where(e => e.IsIn(RouterInterfaceStatuses.Active)).ToList();
        var toDeactivate = active.Where(e => !progress.DeactivationRequested.Contains(e.Key.Id)).ToList();
        if (toDeactivate.Count > 0)
        {
            return new DeactivateEnds(toDeactivate);
        }

        if (active.Count > 0)
        {
            return new WaitForChange($"waiting for {active[0].Key.Id} to leave Active (deactivation requested)");
        }

        return new DeleteInstance(self.Key, target.Force);
    }

    /// <summary>Every end is Inactive/Idle or Deactivating because this delete deactivated it: the next step is the delete itself.</summary>
    private static bool OnlyOurDeactivationRuns(DeleteObservation observation, DeleteProgress progress) =>
        observation.ExistingEnds.All(e =>
            e.IsIn(RouterInterfaceStatuses.Inactive)
            || e.IsIn(RouterInterfaceStatuses.Idle)
            || (e.IsIn(RouterInterfaceStatuses.Deactivating) && progress.DeactivatedByUs.Contains(e.Key.Id)));

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
