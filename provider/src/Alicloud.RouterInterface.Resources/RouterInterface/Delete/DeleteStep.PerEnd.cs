using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// The per-end way (DeleteExpressConnect refused for the instance, B1; or a cross-account pair with the opposite
/// credentials): with force, the custom route entries one DeleteRouteEntry at a time, then DeleteRouterInterface for
/// each end in its own region through the client of its account, with the ClientToken rules of the instance delete.
/// </summary>
internal sealed partial class DeleteStep
{
    /// <summary>Our client for our ends; the opposite credentials' client for another account's end.</summary>
    private IVpcClient ClientFor(EndObservation end) =>
        end.OtherAccount is not null && services.Context.OppositeVpcClient is { } opposite ? opposite : Client;

    /// <summary>DeleteExpressConnect refused for this kind of instance: go on per end from the same observation, and remember the way.</summary>
    private StepOutcome TakePerEndWay(AlibabaCloudException ex, string apiError)
    {
        Progress = Progress with { PerEnd = true, ClientToken = null, OutcomeUnknownAttempts = 0, LastApiError = apiError };
        services.DeleteWays.RememberPerEnd(Client, target.Self.RegionId);
        logger.DeleteRefused(target.Self.Id, ex.ErrorCode, DeleteErrorHandling.PerEnd.ToString());
        return LastObservation is { } observation
            ? DecideAgainOn(observation)
            : StepOutcome.LookAgain(null, TimeSpan.Zero);
    }

    private async Task<StepOutcome> RemoveRouteEntryAsync(RemoveRouteEntry remove, CancellationToken cancellationToken)
    {
        var entry = remove.Entry;
        var table = (entry.RegionId, entry.RouteTableId);
        await status.ShowAsync($"removing route entry {entry.RouteEntryId} from route table {entry.RouteTableId}", cancellationToken);
        try
        {
            await Client.DeleteRouteEntryAsync(entry.RegionId, entry.RouteEntryId, cancellationToken);
            Progress = Progress with { Changes = Progress.Changes.Add($"removed route entry {entry.RouteEntryId} ({entry.DestinationCidrBlock}, route table {entry.RouteTableId})") };
        }
        catch (AlibabaCloudException ex) when (ApiErrors.Is(ex, AlibabaErrorCodes.InvalidRouteEntryNotFound))
        {
            // already gone (removed by someone else, or our earlier attempt went through)
        }
        catch (AlibabaCloudException ex) when (ApiErrors.IsWaitable(ex))
        {
            // one change at a time per route table (A4): TaskConflict and its kin wait
            return Transient(ex, "DeleteRouteEntry");
        }
        catch (AlibabaCloudException ex)
        {
            throw Fail(DiagnosticCodes.DeleteFailed,
                DeleteMessages.StepFailed(DiagnosticCodes.DeleteFailed, target, $"DeleteRouteEntry of {entry}", ApiErrors.Describe(ex), Progress));
        }

        services.RouteTables.Removing([table], Now);
        Progress = Progress with { RouteEntriesRemoved = Progress.RouteEntriesRemoved.Add(entry.RouteEntryId) };
        var steady = services.RouteTables.SteadyAt([table]);
        var backoff = NextBackoff();
        return StepOutcome.LookAgain($"removing route entry {entry.RouteEntryId}", steady is { } at && at - Now > backoff ? AtMostAPoll(at - Now) : backoff);
    }

    private async Task<StepOutcome> DeleteEndsAsync(DeleteEnds delete, CancellationToken cancellationToken)
    {
        if (delete.Ends.Count == 0)
        {
            return StepOutcome.LookAgain("waiting for the ends to be gone", NextBackoff());
        }

        var sent = Now;
        foreach (var end in delete.Ends)
        {
            var token = Progress.ClientToken ?? ClientTokens.New("delete");
            Progress = Progress with { ClientToken = token };
            await status.ShowAsync($"deleting {end.Key.Id} ({end.EndName}) with DeleteRouterInterface", cancellationToken);
            sent = Now;
            try
            {
                await ClientFor(end).DeleteRouterInterfaceAsync(end.Key.RegionId, end.Key.Id, token, cancellationToken);
            }
            catch (AlibabaCloudException ex)
            {
                return HandleEndDeleteError(end, ex);
            }

            Progress = Progress with
            {
                ClientToken = null,
                OutcomeUnknownAttempts = 0,
                EndsDeleted = Progress.EndsDeleted.Add(end.Key.Id),
                Changes = Progress.Changes.Add($"DeleteRouterInterface accepted for {end.Key.Id} ({end.EndName})"),
            };
            logger.EndDeleteAccepted(end.Key.Id, end.Key.RegionId);
        }

        Progress = Progress with { DeleteAccepted = true };
        _transition?.Ended(Now);
        StartTransition(RouterInterfaceStatuses.Deleting, sent);
        return StepOutcome.LookAgain(null, _transition!.NextDelay(Now));
    }

    private StepOutcome HandleEndDeleteError(EndObservation end, AlibabaCloudException ex)
    {
        var entry = ApiCodes.Find(ex.ErrorCode);
        var apiError = ApiErrors.Describe(ex);
        var action = $"DeleteRouterInterface of {end.Key} ({end.EndName})";
        if (ApiErrors.IsNotFound(ex))
        {
            // gone meanwhile, or not known to the API while listed: the next look tells (this end listed → refused)
            Progress = Progress with { ClientToken = null, DeleteNotFound = end.End == InterfaceEnd.ThisEnd ? entry : Progress.DeleteNotFound, LastApiError = apiError };
            return StepOutcome.LookAgain(null, TimeSpan.Zero);
        }

        if (ApiErrors.KindOf(ex) == ApiCodeKind.Prepaid)
        {
            throw Fail(DiagnosticCodes.PrepaidInstance, DeleteMessages.PrepaidFromApi(target, entry!, apiError, Progress));
        }

        var removing = ApiErrors.Is(ex, AlibabaErrorCodes.DependencyViolationRouteEntry) && !Progress.RouteEntriesRemoved.IsEmpty;
        if (ApiErrors.IsWaitable(ex) || removing)
        {
            // a definite refusal (busy, or our route removals not over yet) is retried as a new request; an unknown outcome with the same token
            var unknown = ex.IsOutcomeUnknown || ex.HttpStatus >= 500;
            Progress = Progress with
            {
                ClientToken = unknown ? Progress.ClientToken : null,
                OutcomeUnknownAttempts = unknown ? Progress.OutcomeUnknownAttempts + 1 : 0,
            };
            if (Progress.OutcomeUnknownAttempts < Options.MaxOutcomeUnknownAttempts)
            {
                return Transient(ex, "DeleteRouterInterface");
            }
        }

        throw Fail(entry?.Code ?? DiagnosticCodes.DeleteFailed, DeleteMessages.ApiRefused(target, action, entry, apiError, Progress));
    }
}
