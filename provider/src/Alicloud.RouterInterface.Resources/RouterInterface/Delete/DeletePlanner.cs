using Alicloud.RouterInterface.Resources.Lifecycle;
using static Alicloud.RouterInterface.Resources.RouterInterface.Delete.DeleteEvent;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// Every decision of the delete, as one pure function (<see cref="Next"/>): from what the step saw (a look at both
/// ends, or the answer to its last action), the delete's progress and what the process has learnt, the next progress
/// and when the step goes on: look first or act (<see cref="DeleteProgress.Due"/>), and after which delay. On a look
/// the order of decisions is <see cref="DeleteOrder"/>'s; answers are read by <see cref="DeleteAnswers"/>; every
/// delay comes from <see cref="DelaySchedule"/> with the progress's attempt and transition.
/// </summary>
public static class DeletePlanner
{
    /// <summary>DeleteExpressConnect attempts in a row, without a look between, while our Deactivating runs.</summary>
    public const int DeleteAttemptsWhileDeactivating = 1;

    /// <summary>Delete calls in a row whose outcome stayed unknown before the delete gives up.</summary>
    public const int MaxOutcomeUnknownAttempts = 5;

    /// <summary>The progress before the first look: per end at once when this account's API already refused DeleteExpressConnect.</summary>
    public static DeleteProgress Start(DeleteTarget target, bool perEndLearnt)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new() { PerEnd = !target.FastLink && perEndLearnt };
    }

    public static DeletePlan Next(DeleteSeen seen, DeleteProgress progress, DeleteLearnt learnt, DeleteTarget target)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(learnt);
        ArgumentNullException.ThrowIfNull(target);
        var taken = progress with { Due = null };
        return seen switch
        {
            Looked looked => AfterLook(looked, taken, learnt, target),
            Answered { Action: DecideAgain } => Decide(taken.LastObservation!, taken, learnt, target, []),
            Answered answered => DeleteAnswers.Read(answered, taken, learnt, target),
            _ => throw new ArgumentOutOfRangeException(nameof(seen), seen, "Unknown kind of sight."),
        };
    }

    /// <summary>Folds a look into the progress (and the transition being followed), then decides on it.</summary>
    private static DeletePlan AfterLook(Looked looked, DeleteProgress progress, DeleteLearnt learnt, DeleteTarget target)
    {
        var observation = looked.Observation;
        var events = new List<DeleteEvent>();
        var recorded = DeleteOrder.Record(progress, observation) with { LastObservation = observation };
        if (recorded.PerEnd && target.OneWayOnly(observation))
        {
            recorded = recorded with { PerEnd = false };
        }

        if (recorded.PerEnd && !progress.PerEnd)
        {
            // DeleteExpressConnect did not know a listed interface: the API looks up only some instances (B1)
            events.Add(new PerEndWayLearnt());
        }

        if (recorded.Transition is { } run)
        {
            if (StillRuns(run, observation, recorded))
            {
                recorded = recorded with { Transition = run.StillAt(looked.Sent) };
            }
            else
            {
                (recorded, learnt) = EndTransition(recorded, learnt, looked.Answered, events);
            }
        }

        return Decide(observation, recorded, learnt, target, events);
    }

    /// <summary>One decision on <paramref name="observation"/>, with the delay of a wait or the action due now.</summary>
    internal static DeletePlan Decide(DeleteObservation observation, DeleteProgress progress, DeleteLearnt learnt, DeleteTarget target, List<DeleteEvent> events)
    {
        var action = DeleteOrder.Decide(observation, progress, target);
        events.Add(new Decided(observation, action));
        switch (action)
        {
            case CompleteDelete complete:
                return new DeletePlan(progress, null) { Final = complete with { Inform = complete.WasAlreadyGone || observation.Opposite is { Exists: true } }, Events = events };
            case RefuseDelete:
                return new DeletePlan(progress, null) { Final = action, Events = events };
            case WaitForChange wait:
                return Look(progress, learnt, wait.Reason, events);
            case DeleteEnds { Ends.Count: 0 }:
                return LookAfterBackoff(progress, learnt, "waiting for the ends to be gone", events);
            case DeleteInstance { WhenDeactivated: true } when learnt.Transitions.Expected(RouterInterfaceStatuses.Deactivating) is null:
                // no Deactivating time learnt yet: a delete now would be a guess; look first
                return Look(progress, learnt, WaitingForDeactivation(observation), events);
            case DeleteInstance { WhenDeactivated: true } delete:
                return WhenDeactivated(delete, 0, progress, learnt, events);
            case DeleteInstance delete:
                return ActNow(progress, Scheduled(delete, progress), events);
            default:
                return ActNow(progress, action, events);
        }
    }

    /// <summary>
    /// The ends are Deactivating from our Deactivate: DeleteExpressConnect is due when that is expected to end; while it
    /// answers IncorrectStatus.RouterInterface (still Deactivating), again at the transition's cadence, a bounded number
    /// of times; then a look.
    /// </summary>
    internal static DeletePlan WhenDeactivated(DeleteInstance delete, int attempt, DeleteProgress progress, DeleteLearnt learnt, List<DeleteEvent> events)
    {
        if (attempt >= DeleteAttemptsWhileDeactivating)
        {
            return new DeletePlan(progress, StepOutcome.LookAgain(null, TimeSpan.Zero)) { Events = events };
        }

        var due = Scheduled(delete, progress) with { WhenDeactivated = true, Attempt = attempt };
        var delay = progress.Transition is { } run ? DelaySchedule.Transition(run, learnt.Transitions, learnt.Now, learnt.Options, probe: false) : TimeSpan.Zero;
        return new DeletePlan(progress with { Due = due }, StepOutcome.ActAgain(null, delay)) { Events = events };
    }

    /// <summary>Whether the transition our last change started still runs in what <paramref name="observation"/> shows.</summary>
    private static bool StillRuns(TransitionRun run, DeleteObservation observation, DeleteProgress progress) =>
        RouterInterfaceStatuses.Is(run.Status, RouterInterfaceStatuses.Deleting)
            ? observation.ExistingEnds.Any()
            : observation.ExistingEnds.Any(e => progress.DeactivatedByUs.Contains(e.Key.Id) && (e.IsIn(RouterInterfaceStatuses.Deactivating) || e.IsIn(RouterInterfaceStatuses.Active)));

    /// <summary>The transition being followed ended at <paramref name="at"/>: what it teaches counts from now on.</summary>
    internal static (DeleteProgress, DeleteLearnt) EndTransition(DeleteProgress progress, DeleteLearnt learnt, DateTimeOffset at, List<DeleteEvent> events)
    {
        if (progress.Transition is not { } run)
        {
            return (progress, learnt);
        }

        var lasted = run.Ended(at);
        events.Add(new TransitionLearnt(lasted));
        return (progress with { Transition = null }, learnt with { Transitions = learnt.Transitions.With(lasted) });
    }

    /// <summary>A change of ours was accepted: follow the transition it started, with the first look timed for its end.</summary>
    internal static DeletePlan Follow(DeleteProgress progress, DeleteLearnt learnt, string status, DateTimeOffset changeSent, List<DeleteEvent> events)
    {
        var run = new TransitionRun(status, changeSent, learnt.Now);
        return new DeletePlan(progress with { Transition = run }, StepOutcome.LookAgain(null, DelaySchedule.Transition(run, learnt.Transitions, learnt.Now, learnt.Options))) { Events = events };
    }

    /// <summary>A look at the transition's cadence while one runs, else after the next backoff.</summary>
    internal static DeletePlan Look(DeleteProgress progress, DeleteLearnt learnt, string? reason, List<DeleteEvent> events) =>
        progress.Transition is { } run
            ? new DeletePlan(progress, StepOutcome.LookAgain(reason, DelaySchedule.Transition(run, learnt.Transitions, learnt.Now, learnt.Options))) { Events = events }
            : LookAfterBackoff(progress, learnt, reason, events);

    internal static DeletePlan LookAfterBackoff(DeleteProgress progress, DeleteLearnt learnt, string? reason, List<DeleteEvent> events, DateTimeOffset? steadyAt = null)
    {
        var backoff = DelaySchedule.Backoff(progress.Attempt, learnt.Jitter, learnt.Options);
        var delay = DelaySchedule.BackoffOrSteady(backoff, steadyAt, learnt.Now, learnt.Options);
        return new DeletePlan(progress with { Attempt = progress.Attempt + 1 }, StepOutcome.LookAgain(reason, delay)) { Events = events };
    }

    internal static DeletePlan ActNow(DeleteProgress progress, DeleteAction action, List<DeleteEvent> events) =>
        new(progress with { Due = action }, StepOutcome.ActAgain(null, TimeSpan.Zero)) { Events = events };

    /// <summary>A forced delete that removes route entries empties their tables: they count as busy from its turn.</summary>
    private static DeleteInstance Scheduled(DeleteInstance delete, DeleteProgress progress) => delete with
    {
        Emptying = delete.Force && progress.RouteEntries is { Count: > 0 } entries ? [.. entries.Select(e => (e.RegionId, e.RouteTableId)).Distinct()] : [],
    };

    private static string WaitingForDeactivation(DeleteObservation observation) =>
        observation.ExistingEnds.FirstOrDefault(e => e.IsIn(RouterInterfaceStatuses.Deactivating)) is { } moving
            ? $"waiting for {moving.Key.Id} to leave Deactivating"
            : "waiting for the ends to leave Deactivating";
}
