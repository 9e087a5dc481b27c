using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;
using static Alicloud.RouterInterface.Resources.RouterInterface.Delete.DeleteEvent;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// The planner's reading of an answer to the delete's last action (<see cref="DeletePlanner"/>): acceptance starts the
/// transition to follow or the next call; an error answer waits, retries with the same or a new ClientToken, switches
/// to the per-end way, or refuses, as its kind in <see cref="ApiCodes"/> says (<see cref="DeleteErrors"/>). Pure.
/// </summary>
internal static class DeleteAnswers
{
    private const string TablesBusyReason = "waiting for route entries of another delete to be removed from the same route tables";

    public static DeletePlan Read(Answered answered, DeleteProgress progress, DeleteLearnt learnt, DeleteTarget target) => (answered.Action, answered.Answer) switch
    {
        (_, TablesBusy busy) => new DeletePlan(progress with { Due = answered.Action }, StepOutcome.ActAgain(TablesBusyReason, DelaySchedule.AtMostAPoll(busy.SteadyAt - learnt.Now, learnt.Options))),
        (LookAtEnds, CallFailed failed) => StepFailed(DeleteErrors.ClassifyStep(failed.Error), progress, learnt, failed.Error, failed.Error.Action, DiagnosticCodes.DescribeFailed, failed.Error.Action, target),
        (DiscoverRouteEntries discover, RouteEntriesFound found) => EntriesKnown(
            discover,
            progress with { RouteEntries = found.Entries, Tables = found.Tables },
            learnt,
            target,
            target.Force ? [.. found.Entries.Select(e => (DeleteEvent)new RouteEntryWarned(e))] : []),
        // force after our deactivation: a refusal now would leave a changed instance; DeleteExpressConnect removes them unlisted
        (DiscoverRouteEntries discover, CallFailed failed) when target.Force && !progress.Changes.IsEmpty && !progress.PerEnd
            && DeleteErrors.ClassifyStep(failed.Error) != DeleteErrorHandling.WaitAndRetry => EntriesKnown(
            discover,
            progress with { RouteEntries = [], LastApiError = ApiErrors.Describe(failed.Error) },
            learnt,
            target,
            [new RouteEntriesUnlisted(failed.Error.Action, failed.Error.ErrorCode)]),
        (DiscoverRouteEntries, CallFailed failed) => StepFailed(DeleteErrors.ClassifyStep(failed.Error), progress, learnt, failed.Error, failed.Error.Action, DiagnosticCodes.RouteLookupFailed, $"looking up route entries ({failed.Error.Action})", target),
        (DeactivateEnds deactivate, CallAccepted accepted) => Deactivated(deactivate, accepted, progress, learnt, target),
        // the end moved meanwhile (or a lock, a throttle): look again, then decide
        (DeactivateEnds deactivate, CallFailed failed) => StepFailed(DeleteErrors.ClassifyStep(failed.Error, notFoundWaits: true), progress, learnt, failed.Error, "DeactivateRouterInterface", DiagnosticCodes.DeactivateFailed, $"DeactivateRouterInterface of {deactivate.Ends[0].Key} ({deactivate.Ends[0].EndName})", target),
        (DeleteInstance delete, CallAccepted accepted) => InstanceDeleting(delete, accepted, progress, learnt),
        (DeleteInstance delete, CallFailed failed) => InstanceRefused(delete, failed, progress with { ClientToken = failed.ClientToken, DeleteSent = failed.Sent }, learnt, target),
        (RemoveRouteEntry remove, CallAccepted) => RouteEntryRemoved(remove.Entry, progress with { Changes = progress.Changes.Add($"removed route entry {remove.Entry.RouteEntryId} ({remove.Entry.DestinationCidrBlock}, route table {remove.Entry.RouteTableId})") }, learnt),
        // gone already (removed by someone else, or our earlier attempt went through); one change at a time per route table (A4)
        (RemoveRouteEntry remove, CallFailed failed) => DeleteErrors.ClassifyRouteEntryRemoval(failed.Error) == DeleteErrorHandling.ConfirmGone
            ? RouteEntryRemoved(remove.Entry, progress, learnt)
            : StepFailed(DeleteErrors.ClassifyRouteEntryRemoval(failed.Error), progress, learnt, failed.Error, "DeleteRouteEntry", DiagnosticCodes.DeleteFailed, $"DeleteRouteEntry of {remove.Entry}", target),
        (DeleteEnds ends, CallAccepted accepted) => EndDeleted(ends, accepted, progress, learnt),
        (DeleteEnds ends, CallFailed failed) => EndRefused(ends.Ends[0], failed.Error, progress with { ClientToken = failed.ClientToken }, learnt, target),
        _ => throw new ArgumentOutOfRangeException(nameof(answered), answered, "No reading for this answer."),
    };

    private static DeletePlan Deactivated(DeactivateEnds deactivate, CallAccepted accepted, DeleteProgress progress, DeleteLearnt learnt, DeleteTarget target)
    {
        var end = deactivate.Ends[0];
        progress = progress with
        {
            DeactivationRequested = progress.DeactivationRequested.Add(end.Key.Id),
            DeactivatedByUs = progress.DeactivatedByUs.Add(end.Key.Id),
            Changes = progress.Changes.Add($"deactivated {end.Key.Id} ({end.EndName})"),
        };
        if (deactivate.Ends.Count > 1)
        {
            return DeletePlanner.ActNow(progress, deactivate with { Ends = [.. deactivate.Ends.Skip(1)] }, []);
        }

        // nothing else in the way once these are deactivated, a Deactivating time learnt: the delete is timed for its end, without a look
        var follow = DeletePlanner.Follow(progress, learnt, RouterInterfaceStatuses.Deactivating, accepted.Sent, []);
        var thenDelete = deactivate.ThenDeleteInstance && !follow.Progress.Transition!.ProbesFirst(learnt.Transitions) && learnt.Transitions.Expected(RouterInterfaceStatuses.Deactivating) is not null;
        if (progress.RouteEntries is null && progress.LastObservation is { } seen)
        {
            // a forced delete reads its route entries while the deactivation runs
            return DeletePlanner.ActNow(follow.Progress, DeleteOrder.Discovery(seen) with { WhileDeactivating = true, ThenDeleteInstance = thenDelete }, []);
        }

        return thenDelete ? AfterDeactivation(follow.Progress, learnt, target, []) : follow;
    }

    /// <summary>The route entries are known: decide again, or (read while our deactivation runs) go on as it planned.</summary>
    private static DeletePlan EntriesKnown(DiscoverRouteEntries discover, DeleteProgress progress, DeleteLearnt learnt, DeleteTarget target, List<DeleteEvent> events) =>
        !discover.WhileDeactivating ? DeletePlanner.ActNow(progress, DecideAgain.Instance, events)
        : discover.ThenDeleteInstance ? AfterDeactivation(progress, learnt, target, events)
        : DeletePlanner.Look(progress, learnt, null, events);

    private static DeletePlan AfterDeactivation(DeleteProgress progress, DeleteLearnt learnt, DeleteTarget target, List<DeleteEvent> events) =>
        DeletePlanner.WhenDeactivated(new DeleteInstance(target.Self, target.Force) { WhenDeactivated = true }, 0, progress, learnt, events);

    private static DeletePlan InstanceDeleting(DeleteInstance delete, CallAccepted accepted, DeleteProgress progress, DeleteLearnt learnt)
    {
        var events = new List<DeleteEvent>();
        progress = progress with
        {
            ClientToken = accepted.ClientToken,
            DeleteSent = accepted.Sent,
            DeleteAccepted = true,
            OutcomeUnknownAttempts = 0,
            Changes = progress.Changes.Add($"DeleteExpressConnect accepted for {delete.Key.Id} (force: {(delete.Force ? "true" : "false")})"),
        };
        (progress, learnt) = DeletePlanner.EndTransition(progress, learnt, learnt.Now, events);
        return DeletePlanner.Follow(progress, learnt, RouterInterfaceStatuses.Deleting, accepted.Sent, events);
    }

    private static DeletePlan InstanceRefused(DeleteInstance delete, CallFailed failed, DeleteProgress progress, DeleteLearnt learnt, DeleteTarget target)
    {
        var ex = failed.Error;
        var apiError = ApiErrors.Describe(ex);
        if (delete.WhenDeactivated && ApiErrors.Is(ex, AlibabaErrorCodes.IncorrectStatusRouterInterface))
        {
            // still Deactivating: as much as a look would say
            progress = progress with { Transition = progress.Transition?.StillAt(failed.Sent), ClientToken = null, OutcomeUnknownAttempts = 0, LastApiError = apiError };
            return DeletePlanner.WhenDeactivated(delete, delete.Attempt + 1, progress, learnt, [new Refused(ex.ErrorCode, nameof(DeleteErrorHandling.WaitAndRetry))]);
        }

        var handling = DeleteErrors.Classify(ex);
        var entry = ApiCodes.Find(ex.ErrorCode) is { DeleteExpressConnectRow: true } row ? row : null;
        List<DeleteEvent> events = [new Refused(ex.ErrorCode, handling.ToString())];
        switch (handling)
        {
            case DeleteErrorHandling.WaitAndRetry when ApiErrors.Is(ex, AlibabaErrorCodes.IncorrectStatusVSwitchOrRouteEntry):
                // entries of our tables still change: retry when the removals we know of are expected over
                events.Add(new TablesStillChanging(progress.Tables, progress.DeleteSent));
                return DeletePlanner.LookAfterBackoff(Definite(progress, apiError), learnt, $"waiting to retry DeleteExpressConnect after {ex.ErrorCode}", events, failed.TablesSteadyAt);
            case DeleteErrorHandling.WaitAndRetry:
                return DeletePlanner.LookAfterBackoff(Definite(progress, apiError), learnt, $"waiting to retry DeleteExpressConnect after {ex.ErrorCode}", events);
            case DeleteErrorHandling.RetrySameToken:
                progress = progress with { OutcomeUnknownAttempts = progress.OutcomeUnknownAttempts + 1, LastApiError = apiError };
                return progress.OutcomeUnknownAttempts >= DeletePlanner.MaxOutcomeUnknownAttempts
                    ? Refuse(progress, entry?.Code ?? DiagnosticCodes.DeleteFailed, DeleteMessages.ApiRefused(target, "DeleteExpressConnect", entry, apiError, progress), events)
                    : DeletePlanner.LookAfterBackoff(progress, learnt, $"DeleteExpressConnect outcome unknown ({ex.ErrorCode}); checking, then retrying with the same ClientToken", events);
            case DeleteErrorHandling.ConfirmGone:
                return new DeletePlan(progress with { ClientToken = null, DeleteNotFound = entry, LastApiError = apiError }, StepOutcome.LookAgain(null, TimeSpan.Zero)) { Events = events };
            case DeleteErrorHandling.PerEnd when !target.OneWayOnly(progress.LastObservation):
                // refused for this kind of instance: go on per end from the same observation, and remember the way
                events.Add(new PerEndWayLearnt());
                progress = Definite(progress, apiError) with { PerEnd = true };
                return progress.LastObservation is null
                    ? new DeletePlan(progress, StepOutcome.LookAgain(null, TimeSpan.Zero)) { Events = events }
                    : DeletePlanner.ActNow(progress, DecideAgain.Instance, events);
            case DeleteErrorHandling.Prepaid:
                return Refuse(progress, DiagnosticCodes.PrepaidInstance, DeleteMessages.PrepaidFromApi(target, entry!, apiError, progress), events);
            default:
                return Refuse(progress, entry?.Code ?? DiagnosticCodes.DeleteFailed, DeleteMessages.ApiRefused(target, "DeleteExpressConnect", entry, apiError, progress), events);
        }
    }

    private static DeletePlan RouteEntryRemoved(RouteEntryRef entry, DeleteProgress progress, DeleteLearnt learnt)
    {
        (string, string)[] table = [(entry.RegionId, entry.RouteTableId)];
        var steady = RouteTableTurnLock.SteadyAfter(learnt.Now, learnt.Transitions, learnt.Options);
        return DeletePlanner.LookAfterBackoff(
            progress with { RouteEntriesRemoved = progress.RouteEntriesRemoved.Add(entry.RouteEntryId) },
            learnt, $"removing route entry {entry.RouteEntryId}", [new TablesEmptying(table, learnt.Now)], steady);
    }

    private static DeletePlan EndDeleted(DeleteEnds ends, CallAccepted accepted, DeleteProgress progress, DeleteLearnt learnt)
    {
        var end = ends.Ends[0];
        progress = progress with
        {
            ClientToken = null,
            OutcomeUnknownAttempts = 0,
            EndsDeleted = progress.EndsDeleted.Add(end.Key.Id),
            Changes = progress.Changes.Add($"DeleteRouterInterface accepted for {end.Key.Id} ({end.EndName})"),
        };
        if (ends.Ends.Count > 1)
        {
            return DeletePlanner.ActNow(progress, new DeleteEnds([.. ends.Ends.Skip(1)]), []);
        }

        var events = new List<DeleteEvent>();
        (progress, learnt) = DeletePlanner.EndTransition(progress with { DeleteAccepted = true }, learnt, learnt.Now, events);
        return DeletePlanner.Follow(progress, learnt, RouterInterfaceStatuses.Deleting, accepted.Sent, events);
    }

    private static DeletePlan EndRefused(EndObservation end, AlibabaCloudException ex, DeleteProgress progress, DeleteLearnt learnt, DeleteTarget target)
    {
        var entry = ApiCodes.Find(ex.ErrorCode);
        var apiError = ApiErrors.Describe(ex);
        switch (DeleteErrors.ClassifyEnd(ex, removingRoutes: !progress.RouteEntriesRemoved.IsEmpty))
        {
            case DeleteErrorHandling.ConfirmGone:
                // gone meanwhile, or not known to the API while listed: the next look tells (this end listed → refused)
                return new DeletePlan(progress with { ClientToken = null, DeleteNotFound = end.End == InterfaceEnd.ThisEnd ? entry : progress.DeleteNotFound, LastApiError = apiError }, StepOutcome.LookAgain(null, TimeSpan.Zero));
            case DeleteErrorHandling.Prepaid:
                return Refuse(progress, DiagnosticCodes.PrepaidInstance, DeleteMessages.PrepaidFromApi(target, entry!, apiError, progress));
            case DeleteErrorHandling.WaitAndRetry:
                // a definite refusal (busy, or our route removals not over yet) is retried as a new request
                return Retry(progress with { ClientToken = null, OutcomeUnknownAttempts = 0 }, learnt, ex, "DeleteRouterInterface");
            case DeleteErrorHandling.RetrySameToken when progress.OutcomeUnknownAttempts + 1 < DeletePlanner.MaxOutcomeUnknownAttempts:
                return Retry(progress with { OutcomeUnknownAttempts = progress.OutcomeUnknownAttempts + 1 }, learnt, ex, "DeleteRouterInterface");
            case DeleteErrorHandling.RetrySameToken:
                progress = progress with { OutcomeUnknownAttempts = progress.OutcomeUnknownAttempts + 1 };
                break;
        }

        return Refuse(progress, entry?.Code ?? DiagnosticCodes.DeleteFailed, DeleteMessages.ApiRefused(target, $"DeleteRouterInterface of {end.Key} ({end.EndName})", entry, apiError, progress));
    }

    /// <summary>A step's error answer: retried after the next backoff, or the step's refusal.</summary>
    private static DeletePlan StepFailed(DeleteErrorHandling handling, DeleteProgress progress, DeleteLearnt learnt, AlibabaCloudException ex, string call, string code, string step, DeleteTarget target) =>
        handling == DeleteErrorHandling.WaitAndRetry
            ? Retry(progress, learnt, ex, call)
            : Refuse(progress, code, DeleteMessages.StepFailed(code, target, step, ApiErrors.Describe(ex), progress));

    /// <summary>An error to wait out (service trouble, a state): look again after the next backoff.</summary>
    private static DeletePlan Retry(DeleteProgress progress, DeleteLearnt learnt, AlibabaCloudException ex, string call) =>
        DeletePlanner.LookAfterBackoff(progress with { LastApiError = ApiErrors.Describe(ex) }, learnt, $"retrying after {ex.ErrorCode} from {call}", [new Retried(call, ex.ErrorCode)]);

    /// <summary>A definite refusal: the next attempt is a new request.</summary>
    private static DeleteProgress Definite(DeleteProgress progress, string apiError) =>
        progress with { ClientToken = null, OutcomeUnknownAttempts = 0, LastApiError = apiError };

    private static DeletePlan Refuse(DeleteProgress progress, string code, string message, IReadOnlyList<DeleteEvent>? events = null) =>
        new(progress, null) { Final = new RefuseDelete(code, message), Events = events ?? [] };
}
