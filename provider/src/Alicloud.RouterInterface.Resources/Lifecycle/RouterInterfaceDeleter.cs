using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Executes the delete that <see cref="DeletePlanner"/> decides, step by step: observes both ends through the shared
/// poller, performs the chosen action through <see cref="IVpcClient"/>, reports status and diagnostics, and bounds
/// everything by the deadline and the caller's token. Returns only when the instance is gone; throws otherwise.
/// </summary>
public sealed class RouterInterfaceDeleter
{
    private readonly LifecycleServices _services;
    private readonly ILogger<RouterInterfaceDeleter> _logger;

    public RouterInterfaceDeleter(LifecycleServices services, ILogger<RouterInterfaceDeleter> logger)
    {
        _services = services;
        _logger = logger;
    }

    private LifecycleOptions Options => _services.Options;

    public async Task DeleteAsync(DeleteTarget target, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        _ = _services.Client; // fails with ProviderNotConfigured before anything else
        using var deadline = new OperationDeadline(timeout, Options.DeleteTimeout, _services.Time, cancellationToken);
        using var tracked = _services.Gauge.Track();
        var run = new DeleteRun(this, target, deadline);
        _logger.DeleteStarted(target.Self.Id, target.Self.RegionId, target.Force, deadline.Timeout);
        try
        {
            await run.ExecuteAsync();
        }
        catch (OperationCanceledException) when (deadline.IsExpired)
        {
            var message = DeleteMessages.TimedOut(target, deadline.Timeout, deadline.IsDefault, run.LastObservation, run.WaitingFor, run.Progress);
            _logger.DeleteEnded(target.Self.Id, DiagnosticCodes.DeleteTimedOut);
            await SendFinalAsync(target.Urn, message, error: true);
            throw new ResourceOperationException(DiagnosticCodes.DeleteTimedOut, message);
        }
        catch (OperationCanceledException ex) when (deadline.IsCancelledByCaller)
        {
            var message = DeleteMessages.Cancelled(target, run.LastObservation, run.WaitingFor, run.Progress);
            _logger.DeleteEnded(target.Self.Id, DiagnosticCodes.Cancelled);
            await SendFinalAsync(target.Urn, message, error: false);
            throw new OperationCanceledException(message, ex, cancellationToken);
        }
    }

    /// <summary>A last diagnostic after a timeout or cancel, bounded on its own (the engine may be shutting down).</summary>
    private async Task SendFinalAsync(string urn, string message, bool error)
    {
        using var bound = new CancellationTokenSource(Options.FinalDiagnosticTimeout, _services.Time);
        try
        {
            if (error)
            {
                await _services.Diagnostics.ErrorAsync(urn, message, bound.Token);
            }
            else
            {
                await _services.Diagnostics.WarningAsync(urn, message, bound.Token);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.DiagnosticNotDelivered(urn, ex.GetType().Name);
        }
    }

    /// <summary>The mutable state of one delete: progress, last observation, backoff position.</summary>
    private sealed class DeleteRun(RouterInterfaceDeleter owner, DeleteTarget target, OperationDeadline deadline)
    {
        private readonly Backoff _backoff = new(owner.Options);
        private readonly WaitStatusReporter _status = new(owner._services.Diagnostics, owner._services.Time, target.Urn, owner._logger);
        private InterfaceKey? _opposite = target.Opposite;
        private int _attempt;
        private RouterInterfaceInfo? _lastSelf;
        private RouterInterfaceInfo? _lastOpposite;
        private bool _oppositeAbsent;
        private TransitionWait? _transition;
        private DateTimeOffset _lookSent;
        private DateTimeOffset _lookAnswered;
        private DateTimeOffset _deleteSent;
        private IReadOnlyList<(string Region, string TableId)> _tables = [];

        public DeleteProgress Progress { get; private set; } = new();

        public DeleteObservation? LastObservation { get; private set; }

        public string? WaitingFor => _status.CurrentReason;

        private IVpcClient Client => owner._services.Client;

        private CancellationToken Token => deadline.Token;

        private DateTimeOffset Now => owner._services.Time.GetUtcNow();

        public async Task ExecuteAsync()
        {
            var delay = TimeSpan.Zero;
            while (true)
            {
                var observation = await ObserveAsync(delay);
                if (observation is null)
                {
                    delay = NextBackoff();
                    continue;
                }

                Progress = DeletePlanner.Record(Progress, observation);
                LastObservation = observation;
                FollowTransition(observation);
                var action = DeletePlanner.Decide(observation, Progress, target);
                owner._logger.DeleteDecided(target.Self.Id, observation.ToString(), action.GetType().Name);
                if (action is DiscoverRouteEntries discover)
                {
                    if (!await DiscoverRouteEntriesAsync(discover))
                    {
                        delay = NextBackoff();
                        continue;
                    }

                    action = DeletePlanner.Decide(observation, Progress, target);
                    owner._logger.DeleteDecided(target.Self.Id, observation.ToString(), action.GetType().Name);
                }

                switch (action)
                {
                    case CompleteDelete complete:
                        await CompleteAsync(complete);
                        return;
                    case RefuseDelete refuse:
                        throw await FailAsync(refuse.Code, refuse.Message);
                    case WaitForChange wait:
                        await _status.ReportAsync(wait.Reason, Token);
                        delay = _transition?.NextDelay(Now) ?? NextBackoff();
                        break;
                    case DeactivateEnds deactivate:
                        delay = await DeactivateAsync(deactivate);
                        if (_transition is { ProbesFirst: false } && PlanAfterDeactivation(observation, deactivate) is { } next)
                        {
                            // the delete would only observe the ends Deactivating and decide this: skip that look
                            delay = await DeleteWhenDeactivatedAsync(next);
                        }

                        break;
                    case DeleteInstance { WhenDeactivated: true } when owner._services.Transitions.Expected(RouterInterfaceStatuses.Deactivating) is null:
                        // no Deactivating time learnt yet: a delete now would be a guess; look first
                        await _status.ReportAsync(WaitingForDeactivation(observation), Token);
                        delay = _transition?.NextDelay(Now) ?? NextBackoff();
                        break;
                    case DeleteInstance { WhenDeactivated: true } delete:
                        delay = await DeleteWhenDeactivatedAsync(delete);
                        break;
                    case DeleteInstance delete:
                        delay = await DeleteInstanceAsync(delete);
                        break;
                    default:
                        throw new InvalidOperationException($"Unexpected delete action {action.GetType().Name}.");
                }
            }
        }

        /// <summary>
        /// Both ends, through the shared poller; null after a transient error (the caller backs off). Once the opposite
        /// was described and this end reports its status (<c>OppositeInterfaceStatus</c>), only this end's region is
        /// polled; the opposite's region only when this end cannot tell (for example when it is gone).
        /// </summary>
        private async Task<DeleteObservation?> ObserveAsync(TimeSpan delay)
        {
            try
            {
                var infer = _opposite is { } known && known != target.Self && (_oppositeAbsent || OppositeEndInference.CanInfer(_lastSelf, known, _lastOpposite));
                var snapshot = await owner._services.Poller.ObserveAsync(infer ? [target.Self] : Keys(), delay, Token);
                (_lookSent, _lookAnswered) = (snapshot.RequestedAt, snapshot.ObservedAt);
                var selfInfo = snapshot.Find(target.Self);
                if (DiscoveredOpposite(selfInfo) is { } discovered && discovered != _opposite)
                {
                    // the describe names the opposite end (the state may not): look at it right away
                    _opposite = discovered;
                    infer = false;
                    snapshot = await owner._services.Poller.ObserveAsync(Keys(), TimeSpan.Zero, Token);
                    selfInfo = snapshot.Find(target.Self);
                }

                _lastSelf = selfInfo;
                var self = new EndObservation(InterfaceEnd.ThisEnd, target.Self, selfInfo);
                if (_opposite is not { } oppositeKey || oppositeKey == target.Self)
                {
                    return new DeleteObservation(self, null);
                }

                var opposite = infer ? await InferOppositeAsync(selfInfo, oppositeKey) : Remember(snapshot.Find(oppositeKey));
                return new DeleteObservation(self, new EndObservation(InterfaceEnd.OppositeEnd, oppositeKey, opposite));
            }
            catch (AlibabaCloudException ex) when (ApiErrors.IsTransient(ex))
            {
                await NoteTransientAsync(ex, "DescribeRouterInterfaces");
                return null;
            }
            catch (AlibabaCloudException ex)
            {
                throw await FailAsync(DiagnosticCodes.DescribeFailed,
                    DeleteMessages.StepFailed(DiagnosticCodes.DescribeFailed, target, "DescribeRouterInterfaces", ApiErrors.Describe(ex), Progress));
            }
        }

        private async Task<RouterInterfaceInfo?> InferOppositeAsync(RouterInterfaceInfo? selfInfo, InterfaceKey oppositeKey)
        {
            if (_oppositeAbsent)
            {
                return null;
            }

            var (known, inferred) = OppositeEndInference.Infer(selfInfo, oppositeKey, _lastOpposite);
            if (known)
            {
                return Remember(inferred);
            }

            var direct = await owner._services.Poller.ObserveAsync([oppositeKey], TimeSpan.Zero, Token);
            return Remember(direct.Find(oppositeKey));
        }

        /// <summary>Keeps the last view of the opposite; absent once means absent for good (gone, or not visible to this account).</summary>
        private RouterInterfaceInfo? Remember(RouterInterfaceInfo? opposite)
        {
            if (opposite is null)
            {
                _oppositeAbsent = true;
            }
            else
            {
                _lastOpposite = opposite;
            }

            return opposite;
        }

        /// <summary>Feeds what the observation shows into the transition our last change started (Deactivating or Deleting).</summary>
        private void FollowTransition(DeleteObservation observation)
        {
            if (_transition is null)
            {
                return;
            }

            var running = RouterInterfaceStatuses.Is(_transition.Status, RouterInterfaceStatuses.Deleting)
                ? observation.ExistingEnds.Any()
                : observation.ExistingEnds.Any(e => Progress.DeactivatedByUs.Contains(e.Key.Id) && (e.IsIn(RouterInterfaceStatuses.Deactivating) || e.IsIn(RouterInterfaceStatuses.Active)));
            if (running)
            {
                _transition.StillRunning(_lookSent);
            }
            else
            {
                _transition.Ended(_lookAnswered);
                _transition = null;
            }
        }

        /// <summary>
        /// Once a Deactivating time was learnt: what the planner decides for the ends as they now are (the deactivated
        /// ones Deactivating), if that is the delete at the end of the deactivation; else null (observe first).
        /// </summary>
        private DeleteInstance? PlanAfterDeactivation(DeleteObservation before, DeactivateEnds deactivated)
        {
            if (owner._services.Transitions.Expected(RouterInterfaceStatuses.Deactivating) is null
                || !deactivated.Ends.All(e => Progress.DeactivatedByUs.Contains(e.Key.Id)))
            {
                return null;
            }

            EndObservation Moving(EndObservation end) => deactivated.Ends.Any(d => d.Key == end.Key)
                ? end with { Info = end.Info! with { Status = RouterInterfaceStatuses.Deactivating } }
                : end;
            var predicted = new DeleteObservation(Moving(before.Self), before.Opposite is { } opposite ? Moving(opposite) : null);
            return DeletePlanner.Decide(predicted, Progress, target) is DeleteInstance { WhenDeactivated: true } next ? next : null;
        }

        private static string WaitingForDeactivation(DeleteObservation observation) =>
            observation.ExistingEnds.FirstOrDefault(e => e.IsIn(RouterInterfaceStatuses.Deactivating)) is { } moving
                ? $"waiting for {moving.Key.Id} to leave Deactivating"
                : "waiting for the ends to leave Deactivating";

        private void StartTransition(string status, DateTimeOffset changeSent) =>
            _transition = new TransitionWait(status, changeSent, Now, startKnown: true, owner._services.Transitions, owner.Options);

        private InterfaceKey[] Keys() => _opposite is { } opposite && opposite != target.Self ? [target.Self, opposite] : [target.Self];

        private static InterfaceKey? DiscoveredOpposite(RouterInterfaceInfo? self) =>
            self is { OppositeInterfaceId.Length: > 0, OppositeRegionId.Length: > 0 } info
                ? new InterfaceKey(info.OppositeRegionId, info.OppositeInterfaceId)
                : null;

        private async Task<bool> DiscoverRouteEntriesAsync(DiscoverRouteEntries discover)
        {
            await _status.ShowAsync("looking for route entries that use the instance as next hop", Token);
            try
            {
                var perEnd = await Task.WhenAll(discover.Ends.Select(FindRouteEntriesAsync));
                var entries = perEnd.SelectMany(e => e).DistinctBy(e => e.RouteEntryId).ToList();
                Progress = Progress with { RouteEntries = entries };
                _tables = [.. discover.Ends.Where(e => !string.IsNullOrEmpty(e.Info!.RouterId))
                    .SelectMany(e => owner._services.Routes.KnownTables(e.Key.RegionId, e.Info!.RouterId, e.Info.RouterType))];
                if (target.Force)
                {
                    foreach (var entry in entries)
                    {
                        await owner._services.Diagnostics.WarningAsync(target.Urn, DeleteMessages.RouteEntryRemoved(target, entry), Token);
                    }
                }

                return true;
            }
            catch (AlibabaCloudException ex) when (ApiErrors.IsTransient(ex))
            {
                await NoteTransientAsync(ex, "DescribeRouteEntryList");
                return false;
            }
            catch (AlibabaCloudException ex)
            {
                throw await FailAsync(DiagnosticCodes.RouteLookupFailed,
                    DeleteMessages.StepFailed(DiagnosticCodes.RouteLookupFailed, target, $"looking up route entries ({ex.Action})", ApiErrors.Describe(ex), Progress));
            }
        }

        private async Task<IReadOnlyList<RouteEntryRef>> FindRouteEntriesAsync(EndObservation end)
        {
            var info = end.Info!;
            return string.IsNullOrEmpty(info.RouterId)
                ? []
                : await owner._services.Routes.FindAsync(end.Key.RegionId, info.RouterId, info.RouterType, end.Key.Id, Token);
        }

        private async Task<TimeSpan> DeactivateAsync(DeactivateEnds deactivate)
        {
            var lastSent = Now;
            foreach (var end in deactivate.Ends)
            {
                await _status.ShowAsync($"deactivating {end.Key.Id}", Token);
                try
                {
                    lastSent = Now;
                    await Client.DeactivateRouterInterfaceAsync(end.Key.RegionId, end.Key.Id, Token);
                    Progress = Progress with
                    {
                        DeactivationRequested = Progress.DeactivationRequested.Add(end.Key.Id),
                        DeactivatedByUs = Progress.DeactivatedByUs.Add(end.Key.Id),
                        Changes = Progress.Changes.Add($"deactivated {end.Key.Id} ({end.EndName})"),
                    };
                    owner._logger.Deactivated(end.Key.Id, end.Key.RegionId);
                }
                catch (AlibabaCloudException ex) when (IsRetryableDeactivateError(ex))
                {
                    // the end moved meanwhile, or a lock/throttle: observe again, then decide
                    await NoteTransientAsync(ex, "DeactivateRouterInterface");
                    return NextBackoff();
                }
                catch (AlibabaCloudException ex)
                {
                    throw await FailAsync(DiagnosticCodes.DeactivateFailed,
                        DeleteMessages.StepFailed(DiagnosticCodes.DeactivateFailed, target, $"DeactivateRouterInterface of {end.Key} ({end.EndName})", ApiErrors.Describe(ex), Progress));
                }
            }

            StartTransition(RouterInterfaceStatuses.Deactivating, lastSent);
            return _transition!.NextDelay(Now);
        }

        private static bool IsRetryableDeactivateError(AlibabaCloudException ex) =>
            ApiErrors.IsTransient(ex)
            || ApiErrors.IsNotFound(ex)
            || ApiErrors.Is(ex, AlibabaErrorCodes.IncorrectRiStatus)
            || ApiErrors.Is(ex, ApiErrors.IncorrectStatus)
            || ApiErrors.Is(ex, AlibabaErrorCodes.IncorrectStatusRouterInterface)
            || ApiErrors.Is(ex, AlibabaErrorCodes.IncorrectStatusVpc)
            || ApiErrors.Is(ex, AlibabaErrorCodes.OperationLocked)
            || ApiErrors.Is(ex, ApiErrors.OperationConflict);

        private async Task<TimeSpan> DeleteInstanceAsync(DeleteInstance delete)
        {
            try
            {
                return await CallDeleteAsync(delete);
            }
            catch (AlibabaCloudException ex)
            {
                return await HandleDeleteErrorAsync(ex);
            }
        }

        /// <summary>
        /// The ends are Deactivating from our Deactivate: call DeleteExpressConnect when that is expected to end; while it
        /// answers IncorrectStatus.RouterInterface (still Deactivating), try again at the transition's cadence, a bounded
        /// number of times, then observe again.
        /// </summary>
        private async Task<TimeSpan> DeleteWhenDeactivatedAsync(DeleteInstance delete)
        {
            for (var attempt = 0; attempt < owner.Options.DeleteAttemptsWhileDeactivating; attempt++)
            {
                var wait = _transition?.NextDelay(Now, probe: false) ?? TimeSpan.Zero;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, owner._services.Time, Token);
                }

                var sent = Now;
                try
                {
                    return await CallDeleteAsync(delete);
                }
                catch (AlibabaCloudException ex) when (ApiErrors.Is(ex, AlibabaErrorCodes.IncorrectStatusRouterInterface))
                {
                    _transition?.StillRunning(sent);
                    Progress = Progress with { ClientToken = null, OutcomeUnknownAttempts = 0, LastApiError = ApiErrors.Describe(ex) };
                    owner._logger.DeleteRefused(target.Self.Id, ex.ErrorCode, DeleteErrorHandling.WaitAndRetry.ToString());
                }
                catch (AlibabaCloudException ex)
                {
                    return await HandleDeleteErrorAsync(ex);
                }
            }

            return TimeSpan.Zero;
        }

        /// <summary>One DeleteExpressConnect; on acceptance the Deleting transition starts and the delay to the first look is returned.</summary>
        private async Task<TimeSpan> CallDeleteAsync(DeleteInstance delete)
        {
            var token = Progress.ClientToken ?? ClientTokens.New("delete");
            Progress = Progress with { ClientToken = token };
            if (owner._services.Routes.SteadyAt(_tables) is { } steady && steady > Now)
            {
                // another delete of ours is removing route entries in the same tables: the API refuses until they are
                // gone; a guess, so never longer than a poll (a refusal then says more)
                await _status.ShowAsync("waiting for route entries of another delete to be removed from the same route tables", Token);
                await Task.Delay(AtMostAPoll(steady - Now), owner._services.Time, Token);
            }

            await _status.ShowAsync($"deleting the Express Connect instance of {delete.Key.Id}{(delete.Force ? " (force)" : "")}", Token);
            var sent = Now;
            _deleteSent = sent;
            await Client.DeleteExpressConnectAsync(delete.Key.RegionId, delete.Key.Id, delete.Force, token, Token);
            owner._services.Routes.Accepted(_tables, Now);
            if (delete.Force && Progress.RouteEntries is { Count: > 0 } removed)
            {
                owner._services.Routes.Removing(removed.Select(e => (e.RegionId, e.RouteTableId)).Distinct(), Now);
            }

            Progress = Progress with
            {
                DeleteAccepted = true,
                OutcomeUnknownAttempts = 0,
                Changes = Progress.Changes.Add($"DeleteExpressConnect accepted for {delete.Key.Id} (force: {(delete.Force ? "true" : "false")})"),
            };
            owner._logger.DeleteAccepted(delete.Key.Id, delete.Key.RegionId, delete.Force);
            _transition?.Ended(Now);
            StartTransition(RouterInterfaceStatuses.Deleting, sent);
            return _transition!.NextDelay(Now);
        }

        private async Task<TimeSpan> HandleDeleteErrorAsync(AlibabaCloudException ex)
        {
            var handling = ApiErrorCatalog.Classify(ex);
            var entry = ApiErrorCatalog.Find(ex.ErrorCode);
            var apiError = ApiErrors.Describe(ex);
            owner._logger.DeleteRefused(target.Self.Id, ex.ErrorCode, handling.ToString());
            switch (handling)
            {
                case DeleteErrorHandling.WaitAndRetry:
                    // a definite refusal: the next attempt is a new request
                    Progress = Progress with { ClientToken = null, OutcomeUnknownAttempts = 0, LastApiError = apiError };
                    await _status.ReportAsync($"waiting to retry DeleteExpressConnect after {ex.ErrorCode}", Token);
                    return AfterRouteEntryRefusal(ex) ?? NextBackoff();
                case DeleteErrorHandling.RetrySameToken:
                    Progress = Progress with { OutcomeUnknownAttempts = Progress.OutcomeUnknownAttempts + 1, LastApiError = apiError };
                    if (Progress.OutcomeUnknownAttempts >= owner.Options.MaxOutcomeUnknownAttempts)
                    {
                        throw await FailAsync(entry?.Code ?? DiagnosticCodes.DeleteFailed, DeleteMessages.ApiRefused(target, "DeleteExpressConnect", entry, apiError, Progress));
                    }

                    await _status.ReportAsync($"DeleteExpressConnect outcome unknown ({ex.ErrorCode}); checking, then retrying with the same ClientToken", Token);
                    return NextBackoff();
                case DeleteErrorHandling.ConfirmGone:
                    Progress = Progress with { ClientToken = null, DeleteNotFound = entry, LastApiError = apiError };
                    return TimeSpan.Zero;
                case DeleteErrorHandling.Prepaid:
                    throw await FailAsync(DiagnosticCodes.PrepaidInstance, DeleteMessages.PrepaidFromApi(target, entry!, apiError, Progress));
                default:
                    throw await FailAsync(entry?.Code ?? DiagnosticCodes.DeleteFailed, DeleteMessages.ApiRefused(target, "DeleteExpressConnect", entry, apiError, Progress));
            }
        }

        /// <summary>Entries of our tables still change: retry when the removals we know of are expected over (null: not that case).</summary>
        private TimeSpan? AfterRouteEntryRefusal(AlibabaCloudException ex)
        {
            if (!ApiErrors.Is(ex, AlibabaErrorCodes.IncorrectStatusVSwitchOrRouteEntry))
            {
                return null;
            }

            owner._services.Routes.Refused(_tables, _deleteSent);
            var backoff = NextBackoff();
            return owner._services.Routes.SteadyAt(_tables) is { } steady && steady - Now > backoff ? AtMostAPoll(steady - Now) : backoff;
        }

        private async Task NoteTransientAsync(AlibabaCloudException ex, string action)
        {
            Progress = Progress with { LastApiError = ApiErrors.Describe(ex) };
            owner._logger.TransientError(target.Self.Id, action, ex.ErrorCode);
            await _status.ReportAsync($"retrying after {ex.ErrorCode} from {action}", Token);
        }

        private async Task CompleteAsync(CompleteDelete complete)
        {
            owner._logger.DeleteEnded(target.Self.Id, complete.WasAlreadyGone ? DiagnosticCodes.AlreadyGone : "Deleted");
            if (complete.WasAlreadyGone || LastObservation?.Opposite is { Exists: true })
            {
                await owner._services.Diagnostics.InfoAsync(target.Urn, complete.Message, Token);
            }
        }

        private async Task<ResourceOperationException> FailAsync(string code, string message)
        {
            owner._logger.DeleteEnded(target.Self.Id, code);
            try
            {
                // the caller's token, not the deadline: a refusal at the deadline must still say why
                await owner._services.Diagnostics.ErrorAsync(target.Urn, message, deadline.CallerToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                owner._logger.DiagnosticNotDelivered(target.Urn, ex.GetType().Name);
            }

            return new ResourceOperationException(code, message);
        }

        private TimeSpan NextBackoff() => _backoff.Delay(_attempt++);

        /// <summary>
        /// Between 0 and a poll. Callers compute the wait as <c>steady - Now</c> after awaiting a status line: on a loaded
        /// machine (or during a long GC pause) that moment can already be past, and a negative wait made Task.Delay throw
        /// ArgumentOutOfRangeException, failing the delete as an internal error (seen once in a 200-pair bench run).
        /// </summary>
        private TimeSpan AtMostAPoll(TimeSpan wait) =>
            wait <= TimeSpan.Zero ? TimeSpan.Zero : wait < owner.Options.MaxPollDelay ? wait : owner.Options.MaxPollDelay;
    }
}
