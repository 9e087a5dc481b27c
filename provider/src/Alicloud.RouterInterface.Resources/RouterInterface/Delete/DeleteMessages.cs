using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// The user-facing texts of the delete. Each starts with its stable code, says what happened, what was changed
/// and what to do. They hold IDs, regions, statuses and API codes only, never credentials.
/// </summary>
public static class DeleteMessages
{
    public static string Prepaid(DeleteTarget target, EndObservation prepaid)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(prepaid);
        var info = prepaid.Info!;
        var endTime = string.IsNullOrEmpty(info.EndTime) ? "unknown" : info.EndTime;
        return $"{DiagnosticCodes.PrepaidInstance}: cannot delete router interface {target.Self.Id}: {prepaid.EndName} {prepaid.Key} is a subscription (prepaid) instance "
            + $"(ChargeType {info.ChargeType}, EndTime {endTime}). Nothing was changed. {PrepaidWaysOut(target.Urn)}";
    }

    public static string PrepaidFromApi(DeleteTarget target, ApiCode entry, string apiError, DeleteProgress progress)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(progress);
        return $"{DiagnosticCodes.PrepaidInstance}: DeleteExpressConnect refused to delete router interface {target.Self}: {entry.Meaning} "
            + $"(API answer: {apiError}). {ChangesMade(progress)} {PrepaidWaysOut(target.Urn)}";
    }

    public static string RouteEntriesPresent(DeleteTarget target, IReadOnlyList<RouteEntryRef> entries)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(entries);
        return $"{DiagnosticCodes.RouteEntriesPresent}: cannot delete router interface {target.Self}: {entries.Count} custom route "
            + $"{(entries.Count == 1 ? "entry uses" : "entries use")} an end of the Express Connect instance as next hop: "
            + string.Join("; ", entries) + ". Nothing was changed. "
            + "Either delete these route entries, or set `force: true` on the resource and run `pulumi up` (so the stack records it), "
            + "then run `pulumi destroy` again: the delete then removes them together with the instance.";
    }

    public static string RouteEntriesUnlisted(DeleteTarget target, string call, string errorCode)
    {
        ArgumentNullException.ThrowIfNull(target);
        return $"{DiagnosticCodes.RouteEntriesRemoved}: force is true, so deleting {target.Self.Id} also removes the custom route entries "
            + $"that use its ends as next hop; which ones could not be listed ({call} answered {errorCode}) after the instance was deactivated, "
            + "so the delete goes on with DeleteExpressConnect (Force=true) rather than leave it deactivated.";
    }

    public static string RouteEntryRemoved(DeleteTarget target, RouteEntryRef entry)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(entry);
        var text = $"{DiagnosticCodes.RouteEntriesRemoved}: force is true, so deleting {target.Self.Id} also removes the route entry in {entry}.";
        if (entry.OtherNextHopIds.Count == 0)
        {
            return text;
        }

        // B10: nothing documents whether a forced delete removes a whole ECMP entry or only the hop through the instance.
        var others = string.Join(", ", entry.OtherNextHopIds);
        return text + $" This entry also routes {entry.DestinationCidrBlock} through {others}. The API does not document whether the forced delete "
            + $"removes the whole entry (then traffic to {entry.DestinationCidrBlock} through {others} stops too) or only its hop through {entry.NextHopId} "
            + $"(then {entry.DestinationCidrBlock} keeps routing through {others}). Check route table {entry.RouteTableId} afterwards and re-create the entry "
            + "with its other hops if it is gone.";
    }

    public static string CrossAccountEndNotInactive(DeleteTarget target, EndObservation other, DeleteProgress progress)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(progress);
        return $"{DiagnosticCodes.CrossAccountEndNotInactive}: cannot delete router interface {target.Self}: the other end {other.Key} belongs to account {other.OtherAccount} "
            + $"and is {other.Status}; this account can neither deactivate nor delete it (the API refuses another account's interface). {ChangesMade(progress)} "
            + $"Either its owner (account {other.OtherAccount}) deactivates {other.Key.Id} or destroys their side, or configure that account's credentials "
            + "(`oppositeAccessKey`/`oppositeSecretKey` or `oppositeProfile`) on this provider; then run `pulumi destroy` again.";
    }

    public static string WaitingGone(IEnumerable<EndObservation> ends)
    {
        var listed = ends.Select(e => $"{e.Key.Id} ({e.Status})").ToList();
        return listed.Count == 0 ? "waiting for the instance to be gone" : $"waiting for {string.Join(" and ", listed)} to be gone";
    }

    public static string Completed(InterfaceKey self, EndObservation? opposite, bool alreadyGone, DeleteProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (alreadyGone)
        {
            return $"{DiagnosticCodes.AlreadyGone}: router interface {self} no longer exists (deleted outside this stack, or with its Express Connect instance "
                + "when the other end was deleted); nothing to do.";
        }

        var text = progress.DeleteAccepted
            ? progress.PerEnd || !progress.EndsDeleted.IsEmpty
                ? $"router interface {self} and its Express Connect instance are deleted (one end at a time: {string.Join(", ", progress.EndsDeleted)})."
                : $"router interface {self} and its Express Connect instance are deleted."
            : $"router interface {self} disappeared while the delete was waiting (deleted elsewhere).";
        if (opposite is { Exists: true, OtherAccount: { } account })
        {
            text += $" The other end {opposite.Key} belongs to account {account} and is left as it is ({opposite.Status}); its owner deletes it.";
        }
        else if (opposite is { Exists: true })
        {
            text += $" The opposite end {opposite.Key} still exists ({opposite.Status}); it was not part of this instance.";
        }

        return text;
    }

    public static string NotFoundButListed(EndObservation self, ApiCode entry, DeleteProgress progress)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(progress);
        return $"{entry.Code}: DeleteExpressConnect answered that {self.Key} does not exist, yet DescribeRouterInterfaces still lists it ({self.Status}). "
            + $"{entry.Meaning} {ChangesMade(progress)} {entry.UserAction}";
    }

    public static string ApiRefused(DeleteTarget target, string action, ApiCode? entry, string apiError, DeleteProgress progress)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(progress);
        var code = entry?.Code ?? DiagnosticCodes.DeleteFailed;
        var meaning = entry is null ? "" : entry.Meaning + " ";
        var advice = entry?.UserAction ?? "Check the error code in the Alibaba Cloud documentation, fix the cause, then run `pulumi destroy` again.";
        return $"{code}: {action} for router interface {target.Self} failed: {apiError}. {meaning}{ChangesMade(progress)} {advice}";
    }

    public static string StepFailed(string code, DeleteTarget target, string step, string apiError, DeleteProgress progress)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(progress);
        return $"{code}: deleting router interface {target.Self} stopped: {step} failed: {apiError}. {ChangesMade(progress)} "
            + "Fix the cause (permissions, region, endpoint), then run `pulumi destroy` again; it resumes from the current state.";
    }

    public static string TimedOut(DeleteTarget target, TimeSpan timeout, bool isDefault, DeleteObservation? last, string? waitingFor, DeleteProgress progress)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(progress);
        var source = isDefault ? "the provider's default delete timeout" : "customTimeouts.delete";
        return $"{DiagnosticCodes.DeleteTimedOut}: deleting router interface {target.Self} did not finish within {DurationText.Format(timeout)} ({source}). "
            + LastState(last, waitingFor, progress) + $" {ChangesMade(progress)} "
            + "The resource stays in the stack; run `pulumi destroy` again to finish the job (it resumes from the current state), "
            + "or raise customTimeouts.delete.";
    }

    public static string Cancelled(DeleteTarget target, DeleteObservation? last, string? waitingFor, DeleteProgress progress)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(progress);
        return $"{DiagnosticCodes.Cancelled}: deleting router interface {target.Self} was cancelled. "
            + LastState(last, waitingFor, progress) + $" {ChangesMade(progress)} "
            + "The resource stays in the stack; run `pulumi destroy` again to finish (it resumes from the current state).";
    }

    public static string ChangesMade(DeleteProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.Changes.IsEmpty ? "Nothing was changed." : $"Changes made: {string.Join("; ", progress.Changes)}.";
    }

    private static string LastState(DeleteObservation? last, string? waitingFor, DeleteProgress progress)
    {
        var text = last is null ? "No state was observed." : $"Last observed: {last}.";
        if (waitingFor is not null)
        {
            text += $" It was {waitingFor}.";
        }

        if (progress.LastApiError is not null)
        {
            text += $" Last API answer: {progress.LastApiError}.";
        }

        return text;
    }

    private static string PrepaidWaysOut(string urn) =>
        "The API does not delete subscription instances: it is released when the subscription ends (EndTime) or is refunded. "
        + $"To drop it from the stack without deleting it: `pulumi state delete '{urn}'`, or set `retainOnDelete: true` on the resource and run `pulumi up` first.";
}
