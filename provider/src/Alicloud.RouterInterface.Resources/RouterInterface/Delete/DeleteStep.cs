using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;
using Microsoft.Extensions.Logging;
using static Alicloud.RouterInterface.Resources.RouterInterface.Delete.DeleteEvent;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// One turn of the delete, as an interpreter of <see cref="DeletePlanner"/>: take the action that is due (or look at
/// both ends), ask the planner with what was seen, record what it says to record, and tell the runner when to go on.
/// Its only state is <see cref="Progress"/>; each action is one call (or one lookup), and its answer goes back to the
/// planner as it came.
/// </summary>
internal sealed class DeleteStep(LifecycleServices services, DeleteWayMemory ways, RouteTableTurnLock routeTables, DeleteTarget target, WaitStatusReporter status, ILogger logger, AccountIdLookup accounts) : IOperationStep
{
    private readonly DeleteObserver _observer = new(services.Poller, target);
    private readonly CrossAccountView _crossAccount = new(services, accounts);

    /// <summary>Everything the delete has learnt and done, and the action due; it starts per end when this account's API already refused DeleteExpressConnect.</summary>
    public DeleteProgress Progress { get; private set; } = DeletePlanner.Start(target, ways.TakesPerEnd(services.Client, target.Self.RegionId));

    public DeleteObservation? LastObservation => Progress.LastObservation;

    private IVpcClient Client => services.Client;

    private DateTimeOffset Now => services.Time.GetUtcNow();

    public async Task<StepOutcome> StepAsync(TimeSpan lookDelay, CancellationToken cancellationToken)
    {
        await services.KeptTransitions.SyncAsync(cancellationToken); // seeded before the first decision; writes what was learnt
        var seen = Progress.Due is { } due ? new Answered(due, await ActAsync(due, cancellationToken)) : await LookAsync(lookDelay, cancellationToken);
        var plan = DeletePlanner.Next(seen, Progress, new DeleteLearnt(Now, services.Transitions.Snapshot(), Random.Shared.NextDouble(), services.Options), target);
        Progress = plan.Progress;
        foreach (var happened in plan.Events)
        {
            await RecordAsync(happened, cancellationToken);
        }

        await services.KeptTransitions.SyncAsync(cancellationToken);

        switch (plan.Final)
        {
            case CompleteDelete complete:
                logger.DeleteEnded(target.Self.Id, complete.WasAlreadyGone ? DiagnosticCodes.AlreadyGone : "Gone");
                if (complete.Inform)
                {
                    await services.Diagnostics.InfoAsync(target.Urn, complete.Message, cancellationToken);
                }

                return StepOutcome.Completed;
            case RefuseDelete refuse:
                // the message reaches the user once, as the operation's error
                logger.DeleteEnded(target.Self.Id, refuse.Code);
                throw new ResourceOperationException(refuse.Code, refuse.Message);
            default:
                return plan.Next!;
        }
    }

    private async Task<DeleteSeen> LookAsync(TimeSpan lookDelay, CancellationToken cancellationToken)
    {
        try
        {
            var observation = await _crossAccount.ResolveAsync(await _observer.ObserveAsync(lookDelay, cancellationToken), cancellationToken);
            return new Looked(observation, _observer.LastLook.Sent, _observer.LastLook.Answered);
        }
        catch (AlibabaCloudException ex)
        {
            return new Answered(LookAtEnds.Instance, new CallFailed(ex, Now));
        }
    }

    private async Task<DeleteAnswer> ActAsync(DeleteAction action, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case DecideAgain:
                return NoAnswer.Instance;
            case DiscoverRouteEntries discover:
                await status.ShowAsync("looking for route entries that use the instance as next hop", cancellationToken);
                return await FindRouteEntriesAsync(discover.Ends, cancellationToken);
            case DeactivateEnds { Ends: [var end, ..] }:
                await status.ShowAsync($"deactivating {end.Key.Id}", cancellationToken);
                return await CallAsync(null, () => ClientFor(end).DeactivateRouterInterfaceAsync(end.Key.RegionId, end.Key.Id, cancellationToken), () => logger.Deactivated(end.Key.Id, end.Key.RegionId));
            case DeleteInstance delete:
                return await DeleteInstanceAsync(delete, cancellationToken);
            case RemoveRouteEntry { Entry: var entry }:
                await status.ShowAsync($"removing route entry {entry.RouteEntryId} from route table {entry.RouteTableId}", cancellationToken);
                return await CallAsync(null, () => Client.DeleteRouteEntryAsync(entry.RegionId, entry.RouteEntryId, cancellationToken), () => { });
            case DeleteEnds { Ends: [var end, ..] }:
                var token = Progress.ClientToken ?? ClientTokens.New("delete");
                await status.ShowAsync($"deleting {end.Key.Id} ({end.EndName}) with DeleteRouterInterface", cancellationToken);
                return await CallAsync(token, () => ClientFor(end).DeleteRouterInterfaceAsync(end.Key.RegionId, end.Key.Id, token, cancellationToken), () => logger.EndDeleteAccepted(end.Key.Id, end.Key.RegionId));
            default:
                throw new InvalidOperationException($"Unexpected delete action {action.GetType().Name}.");
        }
    }

    /// <summary>One call, sent now: accepted (then <paramref name="accepted"/> logs it), or the error it answered.</summary>
    private async Task<DeleteAnswer> CallAsync(string? token, Func<Task> call, Action accepted)
    {
        var sent = Now;
        try
        {
            await call();
        }
        catch (AlibabaCloudException ex)
        {
            return new CallFailed(ex, sent, token);
        }

        accepted();
        return new CallAccepted(sent, token);
    }

    /// <summary>
    /// DeleteExpressConnect in the route tables' turn: taken or not (<see cref="RouteTableTurnLock.TryTakeTurn"/>), and
    /// given back however the call ends (a cancelled status line included), or the tables stay held.
    /// </summary>
    private async Task<DeleteAnswer> DeleteInstanceAsync(DeleteInstance delete, CancellationToken cancellationToken)
    {
        var tables = routeTables;
        var takenAt = Now;
        if (tables.TryTakeTurn(Progress.Tables, delete.Emptying, takenAt) is { } steady)
        {
            return new TablesBusy(steady);
        }

        var token = Progress.ClientToken ?? ClientTokens.New("delete");
        var sent = takenAt;
        try
        {
            await status.ShowAsync($"deleting the Express Connect instance of {delete.Key.Id}{(delete.Force ? " (force)" : "")}", cancellationToken);
            sent = Now;
            await Client.DeleteExpressConnectAsync(delete.Key.RegionId, delete.Key.Id, delete.Force, token, cancellationToken);
        }
        catch (AlibabaCloudException ex)
        {
            tables.Withdraw(delete.Emptying, takenAt);
            return new CallFailed(ex, sent, token) { TablesSteadyAt = tables.SteadyAt(Progress.Tables) };
        }
        finally
        {
            tables.Withdraw(delete.Emptying, takenAt);
        }

        tables.Accepted(Progress.Tables, Now);
        tables.Removing(delete.Emptying, Now);
        logger.DeleteAccepted(delete.Key.Id, delete.Key.RegionId, delete.Force);
        return new CallAccepted(sent, token);
    }

    private async Task<DeleteAnswer> FindRouteEntriesAsync(IReadOnlyList<EndObservation> ends, CancellationToken cancellationToken)
    {
        var routed = ends.Where(e => !string.IsNullOrEmpty(e.Info!.RouterId)).ToList();
        try
        {
            var perEnd = await Task.WhenAll(routed.Select(e => services.Routes.FindAsync(e.Key.RegionId, e.Info!.RouterId, e.Info.RouterType, e.Key.Id, cancellationToken)));
            return new RouteEntriesFound(
                [.. perEnd.SelectMany(e => e).DistinctBy(e => e.RouteEntryId)],
                [.. routed.SelectMany(e => services.Routes.KnownTables(e.Key.RegionId, e.Info!.RouterId, e.Info.RouterType))]);
        }
        catch (AlibabaCloudException ex)
        {
            return new CallFailed(ex, Now);
        }
    }

    private Task RecordAsync(DeleteEvent happened, CancellationToken cancellationToken)
    {
        switch (happened)
        {
            case TransitionLearnt learnt:
                services.Transitions.Record(learnt.Lasted);
                break;
            case PerEndWayLearnt:
                ways.RememberPerEnd(Client, target.Self.RegionId);
                break;
            case TablesStillChanging changing:
                routeTables.Refused(changing.Tables, changing.Sent);
                break;
            case TablesEmptying emptying:
                routeTables.Removing(emptying.Tables, emptying.At);
                break;
            case RouteEntryWarned warned:
                return services.Diagnostics.WarningAsync(target.Urn, DeleteMessages.RouteEntryRemoved(target, warned.Entry), cancellationToken);
            case RouteEntriesUnlisted unlisted:
                return services.Diagnostics.WarningAsync(target.Urn, DeleteMessages.RouteEntriesUnlisted(target, unlisted.Call, unlisted.ErrorCode), cancellationToken);
            case Decided decided:
                logger.DeleteDecided(target.Self.Id, decided.Observation.ToString(), decided.Action.GetType().Name);
                break;
            case Retried retried:
                logger.TransientError(target.Self.Id, retried.Call, retried.ErrorCode);
                break;
            case DeleteEvent.Refused refused:
                logger.DeleteRefused(target.Self.Id, refused.ErrorCode, refused.Handling);
                break;
        }

        return Task.CompletedTask;
    }

    /// <summary>Our client for our ends; the opposite credentials' client for another account's end.</summary>
    private IVpcClient ClientFor(EndObservation end) =>
        end.OtherAccount is not null && services.Context.OppositeVpcClient is { } opposite ? opposite : Client;
}
