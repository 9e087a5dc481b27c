using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;
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

        public DeleteProgress Progress { get; private set; } = new();

        public DeleteObservation? LastObservation { get; private set; }

        public string? WaitingFor => _status.CurrentReason;

        private IVpcClient Client => owner._services.Client;

        private CancellationToken Token => deadline.Token;

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
                        delay = NextBackoff();
                        break;
                    case DeactivateEnds deactivate:
                        delay = await DeactivateAsync(deactivate);
                        break;
                    case DeleteInstance delete:
                        delay = await DeleteInstanceAsync(delete);
                        break;
                    default:
                        throw new InvalidOperationException($"Unexpected delete action {action.GetType().Name}.");
                }
            }
        }

        /// <summary>Both ends, through the shared poller; null after a transient error (the caller backs off).</summary>
        private async Task<DeleteObservation?> ObserveAsync(TimeSpan delay)
        {
            try
            {
                var snapshot = await owner._services.Poller.ObserveAsync(Keys(), delay, Token);
                var self = new EndObservation(InterfaceEnd.ThisEnd, target.Self, snapshot.Find(target.Self));
                if (DiscoveredOpposite(self) is { } discovered && discovered != _opposite)
                {
                    // the describe names the opposite end (the state may not): look at it right away
                    _opposite = discovered;
                    snapshot = await owner._services.Poller.ObserveAsync(Keys(), TimeSpan.Zero, Token);
                    self = new EndObservation(InterfaceEnd.ThisEnd, target.Self, snapshot.Find(target.Self));
                }

                var opposite = _opposite is { } key ? new EndObservation(InterfaceEnd.OppositeEnd, key, snapshot.Find(key)) : null;
                return new DeleteObservation(self, opposite);
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

        private InterfaceKey[] Keys() => _opposite is { } opposite && opposite != target.Self ? [target.Self, opposite] : [target.Self];

        private static InterfaceKey? DiscoveredOpposite(EndObservation self) =>
            self.Info is { OppositeInterfaceId.Length: > 0, OppositeRegionId.Length: > 0 } info
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
            if (string.IsNullOrEmpty(info.RouterId))
            {
                return [];
            }

            var region = end.Key.RegionId;
            var tables = await Client.DescribeRouteTablesAsync(region, info.RouterId, info.RouterType, Token);
            var found = new List<RouteEntryRef>();
            foreach (var table in tables)
            {
                var entries = await Client.DescribeRouteEntriesAsync(region, table.RouteTableId, end.Key.Id, Token);
                found.AddRange(entries
                    .Where(e => string.Equals(e.NextHopId, end.Key.Id, StringComparison.Ordinal) && IsCustom(e.Type))
                    .Select(e => new RouteEntryRef(region, e.RouteTableId, e.DestinationCidrBlock, e.RouteEntryId, e.NextHopId)));
            }

            return found;
        }

        private static bool IsCustom(string type) => type.Length == 0 || string.Equals(type, "Custom", StringComparison.OrdinalIgnoreCase);

        private async Task<TimeSpan> DeactivateAsync(DeactivateEnds deactivate)
        {
            foreach (var end in deactivate.Ends)
            {
                await _status.ShowAsync($"deactivating {end.Key.Id}", Token);
                try
                {
                    await Client.DeactivateRouterInterfaceAsync(end.Key.RegionId, end.Key.Id, Token);
                    Progress = Progress with
                    {
                        DeactivationRequested = Progress.DeactivationRequested.Add(end.Key.Id),
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

            return RestartBackoff();
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
            var token = Progress.ClientToken ?? ClientTokens.New("delete");
            Progress = Progress with { ClientToken = token };
            await _status.ShowAsync($"deleting the Express Connect instance of {delete.Key.Id}{(delete.Force ? " (force)" : "")}", Token);
            try
            {
                await Client.DeleteExpressConnectAsync(delete.Key.RegionId, delete.Key.Id, delete.Force, token, Token);
                Progress = Progress with
                {
                    DeleteAccepted = true,
                    OutcomeUnknownAttempts = 0,
                    Changes = Progress.Changes.Add($"DeleteExpressConnect accepted for {delete.Key.Id} (force: {(delete.Force ? "true" : "false")})"),
                };
                owner._logger.DeleteAccepted(delete.Key.Id, delete.Key.RegionId, delete.Force);
                return RestartBackoff();
            }
            catch (AlibabaCloudException ex)
            {
                return await HandleDeleteErrorAsync(ex);
            }
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
                    return NextBackoff();
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

        /// <summary>After a change the state can move at once: poll soon, then back off again.</summary>
        private TimeSpan RestartBackoff()
        {
            _attempt = 0;
            return NextBackoff();
        }
    }
}
