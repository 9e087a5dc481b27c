using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>The delete's DeleteExpressConnect: when to send it, and what each answer leads to (<see cref="DeleteErrors"/>).</summary>
internal sealed partial class DeleteStep
{
    private async Task<StepOutcome> DeleteInstanceAsync(DeleteInstance delete, CancellationToken cancellationToken)
    {
        if (RouteTablesTurn(delete, () => DeleteInstanceAsync(delete, cancellationToken)) is { } turn)
        {
            return turn;
        }

        try
        {
            return await CallDeleteAsync(delete, cancellationToken);
        }
        catch (AlibabaCloudException ex)
        {
            return HandleDeleteError(ex);
        }
    }

    /// <summary>
    /// The ends are Deactivating from our Deactivate: call DeleteExpressConnect when that is expected to end; while it
    /// answers IncorrectStatus.RouterInterface (still Deactivating), try again at the transition's cadence, a bounded
    /// number of times, then observe again.
    /// </summary>
    private StepOutcome WhenDeactivated(DeleteInstance delete, int attempt)
    {
        if (attempt >= Options.DeleteAttemptsWhileDeactivating)
        {
            return StepOutcome.LookAgain(null, TimeSpan.Zero);
        }

        _next = token => AttemptWhenDeactivatedAsync(delete, attempt, token);
        return StepOutcome.ActAgain(null, _transition?.NextDelay(Now, probe: false) ?? TimeSpan.Zero);
    }

    private async Task<StepOutcome> AttemptWhenDeactivatedAsync(DeleteInstance delete, int attempt, CancellationToken cancellationToken)
    {
        if (RouteTablesTurn(delete, () => AttemptWhenDeactivatedAsync(delete, attempt, cancellationToken)) is { } turn)
        {
            return turn;
        }

        var sent = Now;
        try
        {
            return await CallDeleteAsync(delete, cancellationToken);
        }
        catch (AlibabaCloudException ex) when (ApiErrors.Is(ex, AlibabaErrorCodes.IncorrectStatusRouterInterface))
        {
            _transition?.StillRunning(sent);
            Progress = Progress with { ClientToken = null, OutcomeUnknownAttempts = 0, LastApiError = ApiErrors.Describe(ex) };
            logger.DeleteRefused(target.Self.Id, ex.ErrorCode, DeleteErrorHandling.WaitAndRetry.ToString());
            return WhenDeactivated(delete, attempt + 1);
        }
        catch (AlibabaCloudException ex)
        {
            return HandleDeleteError(ex);
        }
    }

    /// <summary>
    /// Another delete of ours is removing route entries in the same tables, or is being sent and will: the API refuses
    /// until they are gone, so this one waits its turn (each wait at most a poll, then the tables are looked at again).
    /// When the tables are steady this delete takes the turn, and the tables it will empty count as busy from now.
    /// </summary>
    private StepOutcome? RouteTablesTurn(DeleteInstance delete, Func<Task<StepOutcome>> then)
    {
        _turnRemoving = delete.Force && Progress.RouteEntries is { Count: > 0 } entries ? [.. entries.Select(e => (e.RegionId, e.RouteTableId)).Distinct()] : [];
        _turnTakenAt = Now;
        if (services.RouteTables.TryTakeTurn(_tables, _turnRemoving, _turnTakenAt) is not { } steady)
        {
            return null;
        }

        _next = _ => then();
        return StepOutcome.ActAgain("waiting for route entries of another delete to be removed from the same route tables", AtMostAPoll(steady - Now));
    }

    /// <summary>One DeleteExpressConnect; on acceptance the Deleting transition starts and the first look is timed for its end.</summary>
    private async Task<StepOutcome> CallDeleteAsync(DeleteInstance delete, CancellationToken cancellationToken)
    {
        var token = Progress.ClientToken ?? ClientTokens.New("delete");
        Progress = Progress with { ClientToken = token };
        DateTimeOffset sent;
        try
        {
            // the turn taken is given back however this ends (a cancelled status line included), or the tables stay held
            await status.ShowAsync($"deleting the Express Connect instance of {delete.Key.Id}{(delete.Force ? " (force)" : "")}", cancellationToken);
            sent = Now;
            _deleteSent = sent;
            await Client.DeleteExpressConnectAsync(delete.Key.RegionId, delete.Key.Id, delete.Force, token, cancellationToken);
        }
        finally
        {
            services.RouteTables.Withdraw(_turnRemoving, _turnTakenAt);
        }

        services.RouteTables.Accepted(_tables, Now);
        if (_turnRemoving.Count > 0)
        {
            services.RouteTables.Removing(_turnRemoving, Now);
        }

        Progress = Progress with
        {
            DeleteAccepted = true,
            OutcomeUnknownAttempts = 0,
            Changes = Progress.Changes.Add($"DeleteExpressConnect accepted for {delete.Key.Id} (force: {(delete.Force ? "true" : "false")})"),
        };
        logger.DeleteAccepted(delete.Key.Id, delete.Key.RegionId, delete.Force);
        _transition?.Ended(Now);
        StartTransition(RouterInterfaceStatuses.Deleting, sent);
        return StepOutcome.LookAgain(null, _transition!.NextDelay(Now));
    }

    private StepOutcome HandleDeleteError(AlibabaCloudException ex)
    {
        var handling = DeleteErrors.Classify(ex);
        var entry = ApiCodes.Find(ex.ErrorCode) is { DeleteExpressConnectRow: true } row ? row : null;
        var apiError = ApiErrors.Describe(ex);
        logger.DeleteRefused(target.Self.Id, ex.ErrorCode, handling.ToString());
        switch (handling)
        {
            case DeleteErrorHandling.WaitAndRetry:
                // a definite refusal: the next attempt is a new request
                Progress = Progress with { ClientToken = null, OutcomeUnknownAttempts = 0, LastApiError = apiError };
                return StepOutcome.LookAgain($"waiting to retry DeleteExpressConnect after {ex.ErrorCode}", AfterRouteEntryRefusal(ex) ?? NextBackoff());
            case DeleteErrorHandling.RetrySameToken:
                Progress = Progress with { OutcomeUnknownAttempts = Progress.OutcomeUnknownAttempts + 1, LastApiError = apiError };
                if (Progress.OutcomeUnknownAttempts >= Options.MaxOutcomeUnknownAttempts)
                {
                    throw Fail(entry?.Code ?? DiagnosticCodes.DeleteFailed, DeleteMessages.ApiRefused(target, "DeleteExpressConnect", entry, apiError, Progress));
                }

                return StepOutcome.LookAgain($"DeleteExpressConnect outcome unknown ({ex.ErrorCode}); checking, then retrying with the same ClientToken", NextBackoff());
            case DeleteErrorHandling.ConfirmGone:
                Progress = Progress with { ClientToken = null, DeleteNotFound = entry, LastApiError = apiError };
                return StepOutcome.LookAgain(null, TimeSpan.Zero);
            case DeleteErrorHandling.PerEnd when !IsFastLink(LastObservation):
                return TakePerEndWay(ex, apiError);
            case DeleteErrorHandling.Prepaid:
                throw Fail(DiagnosticCodes.PrepaidInstance, DeleteMessages.PrepaidFromApi(target, entry!, apiError, Progress));
            default:
                throw Fail(entry?.Code ?? DiagnosticCodes.DeleteFailed, DeleteMessages.ApiRefused(target, "DeleteExpressConnect", entry, apiError, Progress));
        }
    }

    /// <summary>Entries of our tables still change: retry when the removals we know of are expected over (null: not that case).</summary>
    private TimeSpan? AfterRouteEntryRefusal(AlibabaCloudException ex)
    {
        if (!ApiErrors.Is(ex, AlibabaErrorCodes.IncorrectStatusVSwitchOrRouteEntry))
        {
            return null;
        }

        services.RouteTables.Refused(_tables, _deleteSent);
        var backoff = NextBackoff();
        return services.RouteTables.SteadyAt(_tables) is { } steady && steady - Now > backoff ? AtMostAPoll(steady - Now) : backoff;
    }
}
