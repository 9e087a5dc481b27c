using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// One turn of the delete: observe both ends once, ask <see cref="DeletePlanner"/> what to do, do at most that, and
/// tell the runner what it waits for and when to go on. An action that is due without a look first (the delete at the
/// expected end of our Deactivating, a turn after another delete's route-entry removals) is kept for the next turn.
/// Refusals are thrown; the state lives in <see cref="Progress"/> and the transition being followed.
/// </summary>
internal sealed partial class DeleteStep(LifecycleServices services, DeleteTarget target, WaitStatusReporter status, ILogger logger, AccountIdLookup accounts) : IOperationStep
{
    private readonly Backoff _backoff = new(services.Options);
    private readonly DeleteObserver _observer = new(services.Poller, target);
    private readonly CrossAccountView _crossAccount = new(services, accounts);
    private Func<CancellationToken, Task<StepOutcome>>? _next;
    private int _attempt;
    private TransitionWait? _transition;
    private DateTimeOffset _deleteSent;
    private IReadOnlyCollection<(string Region, string TableId)> _turnRemoving = [];
    private DateTimeOffset _turnTakenAt;
    private IReadOnlyList<(string Region, string TableId)> _tables = [];

    /// <summary>What was learnt and done; it starts per end when this account's API already refused DeleteExpressConnect.</summary>
    public DeleteProgress Progress { get; private set; } = new() { PerEnd = !target.FastLink && services.DeleteWays.TakesPerEnd(services.Client, target.Self.RegionId) };

    public DeleteObservation? LastObservation { get; private set; }

    private IVpcClient Client => services.Client;

    private LifecycleOptions Options => services.Options;

    private DateTimeOffset Now => services.Time.GetUtcNow();

    public async Task<StepOutcome> StepAsync(TimeSpan lookDelay, CancellationToken cancellationToken)
    {
        if (_next is { } due)
        {
            _next = null;
            return await due(cancellationToken);
        }

        DeleteObservation observation;
        try
        {
            observation = await _crossAccount.ResolveAsync(await _observer.ObserveAsync(lookDelay, cancellationToken), cancellationToken);
        }
        catch (AlibabaCloudException ex) when (ApiErrors.IsWaitable(ex))
        {
            return Transient(ex, ex.Action);
        }
        catch (AlibabaCloudException ex)
        {
            throw Fail(DiagnosticCodes.DescribeFailed,
                DeleteMessages.StepFailed(DiagnosticCodes.DescribeFailed, target, ex.Action, ApiErrors.Describe(ex), Progress));
        }

        var wasPerEnd = Progress.PerEnd;
        Progress = DeletePlanner.Record(Progress, observation);
        if (Progress.PerEnd && IsFastLink(observation))
        {
            Progress = Progress with { PerEnd = false }; // a fast-link instance has one way: DeleteExpressConnect
        }

        if (Progress.PerEnd && !wasPerEnd)
        {
            // DeleteExpressConnect did not know a listed interface: the API looks up only some instances (B1)
            services.DeleteWays.RememberPerEnd(Client, target.Self.RegionId);
        }

        LastObservation = observation;
        FollowTransition(observation);
        return await ActAsync(observation, cancellationToken);
    }

    /// <summary>One decision on <paramref name="observation"/> and at most that action.</summary>
    private async Task<StepOutcome> ActAsync(DeleteObservation observation, CancellationToken cancellationToken)
    {
        var action = DeletePlanner.Decide(observation, Progress, target);
        logger.DeleteDecided(target.Self.Id, observation.ToString(), action.GetType().Name);
        switch (action)
        {
            case CompleteDelete complete:
                await CompleteAsync(complete, cancellationToken);
                return StepOutcome.Completed;
            case RefuseDelete refuse:
                throw Fail(refuse.Code, refuse.Message);
            case WaitForChange wait:
                return StepOutcome.LookAgain(wait.Reason, NextLook());
            case DiscoverRouteEntries discover:
                // a turn of its own; the next one decides on the same observation, without another look
                return await DiscoverRouteEntriesAsync(discover, cancellationToken) ?? DecideAgainOn(observation);
            case DeactivateEnds deactivate:
                var afterDeactivate = await DeactivateAsync(deactivate, cancellationToken);
                return afterDeactivate is Pending { LookFirst: true } && DeleteWhenDeactivated(deactivate)
                    ? WhenDeactivated(new DeleteInstance(target.Self, target.Force) { WhenDeactivated = true }, 0) // a look would only show Deactivating
                    : afterDeactivate;
            case DeleteInstance { WhenDeactivated: true } when services.Transitions.Expected(RouterInterfaceStatuses.Deactivating) is null:
                // no Deactivating time learnt yet: a delete now would be a guess; look first
                return StepOutcome.LookAgain(WaitingForDeactivation(observation), NextLook());
            case DeleteInstance { WhenDeactivated: true } delete:
                return WhenDeactivated(delete, 0);
            case DeleteInstance delete:
                return await DeleteInstanceAsync(delete, cancellationToken);
            case RemoveRouteEntry remove:
                return await RemoveRouteEntryAsync(remove, cancellationToken);
            case DeleteEnds ends:
                return await DeleteEndsAsync(ends, cancellationToken);
            default:
                throw new InvalidOperationException($"Unexpected delete action {action.GetType().Name}.");
        }
    }

    private StepOutcome DecideAgainOn(DeleteObservation observation)
    {
        _next = token => ActAsync(observation, token);
        return StepOutcome.ActAgain(null, TimeSpan.Zero);
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
            _transition.StillRunning(_observer.LastLook.Sent);
        }
        else
        {
            _transition.Ended(_observer.LastLook.Answered);
            _transition = null;
        }
    }

    /// <summary>
    /// The planner found nothing else in the way of the delete once these ends are deactivated: with a Deactivating
    /// time learnt and every deactivation accepted, the delete is timed for its end, without a look first.
    /// </summary>
    private bool DeleteWhenDeactivated(DeactivateEnds deactivated) =>
        deactivated.ThenDeleteInstance
        && _transition is { ProbesFirst: false }
        && services.Transitions.Expected(RouterInterfaceStatuses.Deactivating) is not null
        && deactivated.Ends.All(e => Progress.DeactivatedByUs.Contains(e.Key.Id));

    private static string WaitingForDeactivation(DeleteObservation observation) =>
        observation.ExistingEnds.FirstOrDefault(e => e.IsIn(RouterInterfaceStatuses.Deactivating)) is { } moving
            ? $"waiting for {moving.Key.Id} to leave Deactivating"
            : "waiting for the ends to leave Deactivating";

    private void StartTransition(string status, DateTimeOffset changeSent) =>
        _transition = new TransitionWait(status, changeSent, Now, startKnown: true, services.Transitions, Options);

    /// <returns>Null when the entries are known; else the retry after a transient error.</returns>
    private async Task<StepOutcome?> DiscoverRouteEntriesAsync(DiscoverRouteEntries discover, CancellationToken cancellationToken)
    {
        await status.ShowAsync("looking for route entries that use the instance as next hop", cancellationToken);
        try
        {
            var perEnd = await Task.WhenAll(discover.Ends.Select(e => FindRouteEntriesAsync(e, cancellationToken)));
            var entries = perEnd.SelectMany(e => e).DistinctBy(e => e.RouteEntryId).ToList();
            Progress = Progress with { RouteEntries = entries };
            _tables = [.. discover.Ends.Where(e => !string.IsNullOrEmpty(e.Info!.RouterId))
                .SelectMany(e => services.Routes.KnownTables(e.Key.RegionId, e.Info!.RouterId, e.Info.RouterType))];
            if (target.Force)
            {
                foreach (var entry in entries)
                {
                    await services.Diagnostics.WarningAsync(target.Urn, DeleteMessages.RouteEntryRemoved(target, entry), cancellationToken);
                }
            }

            return null;
        }
        catch (AlibabaCloudException ex) when (ApiErrors.IsWaitable(ex))
        {
            return Transient(ex, ex.Action);
        }
        catch (AlibabaCloudException ex)
        {
            throw Fail(DiagnosticCodes.RouteLookupFailed,
                DeleteMessages.StepFailed(DiagnosticCodes.RouteLookupFailed, target, $"looking up route entries ({ex.Action})", ApiErrors.Describe(ex), Progress));
        }
    }

    private async Task<IReadOnlyList<RouteEntryRef>> FindRouteEntriesAsync(EndObservation end, CancellationToken cancellationToken)
    {
        var info = end.Info!;
        return string.IsNullOrEmpty(info.RouterId)
            ? []
            : await services.Routes.FindAsync(end.Key.RegionId, info.RouterId, info.RouterType, end.Key.Id, cancellationToken);
    }

    private async Task<StepOutcome> DeactivateAsync(DeactivateEnds deactivate, CancellationToken cancellationToken)
    {
        var lastSent = Now;
        foreach (var end in deactivate.Ends)
        {
            await status.ShowAsync($"deactivating {end.Key.Id}", cancellationToken);
            try
            {
                lastSent = Now;
                await ClientFor(end).DeactivateRouterInterfaceAsync(end.Key.RegionId, end.Key.Id, cancellationToken);
                Progress = Progress with
                {
                    DeactivationRequested = Progress.DeactivationRequested.Add(end.Key.Id),
                    DeactivatedByUs = Progress.DeactivatedByUs.Add(end.Key.Id),
                    Changes = Progress.Changes.Add($"deactivated {end.Key.Id} ({end.EndName})"),
                };
                logger.Deactivated(end.Key.Id, end.Key.RegionId);
            }
            catch (AlibabaCloudException ex) when (ApiErrors.IsWaitable(ex) || ApiErrors.IsNotFound(ex))
            {
                // the end moved meanwhile, or a lock/throttle: observe again, then decide
                return Transient(ex, "DeactivateRouterInterface");
            }
            catch (AlibabaCloudException ex)
            {
                throw Fail(DiagnosticCodes.DeactivateFailed,
                    DeleteMessages.StepFailed(DiagnosticCodes.DeactivateFailed, target, $"DeactivateRouterInterface of {end.Key} ({end.EndName})", ApiErrors.Describe(ex), Progress));
            }
        }

        StartTransition(RouterInterfaceStatuses.Deactivating, lastSent);
        return StepOutcome.LookAgain(null, _transition!.NextDelay(Now));
    }

    private StepOutcome Transient(AlibabaCloudException ex, string action)
    {
        Progress = Progress with { LastApiError = ApiErrors.Describe(ex) };
        logger.TransientError(target.Self.Id, action, ex.ErrorCode);
        return StepOutcome.LookAgain($"retrying after {ex.ErrorCode} from {action}", NextBackoff());
    }

    private async Task CompleteAsync(CompleteDelete complete, CancellationToken cancellationToken)
    {
        logger.DeleteEnded(target.Self.Id, complete.WasAlreadyGone ? DiagnosticCodes.AlreadyGone : "Deleted");
        if (complete.WasAlreadyGone || LastObservation?.Opposite is { Exists: true })
        {
            await services.Diagnostics.InfoAsync(target.Urn, complete.Message, cancellationToken);
        }
    }

    /// <summary>The delete's failure: its message reaches the user once, as the operation's error.</summary>
    private ResourceOperationException Fail(string code, string message)
    {
        logger.DeleteEnded(target.Self.Id, code);
        return new ResourceOperationException(code, message);
    }

    /// <summary>A fast-link instance (state or listing) is deleted only with DeleteExpressConnect, as Terraform does.</summary>
    private bool IsFastLink(DeleteObservation? observation) => target.FastLink || observation?.IsFastLink == true;

    private TimeSpan NextLook() => _transition?.NextDelay(Now) ?? NextBackoff();

    private TimeSpan NextBackoff() => _backoff.Delay(_attempt++);

    private TimeSpan AtMostAPoll(TimeSpan wait) => wait < Options.MaxPollDelay ? wait : Options.MaxPollDelay;
}
