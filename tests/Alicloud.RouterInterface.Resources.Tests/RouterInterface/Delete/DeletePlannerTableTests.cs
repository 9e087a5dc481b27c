using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;
using System.Linq;
using Alicloud.Vpc.Client.Errors;
using static Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete.DeletePlanRow;
using E = Alicloud.Vpc.Client.Errors.AlibabaErrorCodes;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete;

/// <summary>
/// The delete as a decision table (README, "The delete, step by step" and the DeleteExpressConnect answers): each row
/// is given what the step saw and the delete's progress, and expects the planner's next move, the kind of its delay
/// and the diagnostic code. Codes and structured fields only; the messages' prose is checked in DeleteMessagesTests.
/// </summary>
public sealed class DeletePlannerTableTests
{
    private static readonly DeleteProgress Fresh = new();
    private static readonly DeleteProgress RoutesChecked = new() { Observations = 1, RouteEntries = [] };
    private static readonly DeleteProgress WithRoute = new() { Observations = 1, RouteEntries = [Entry] };
    private static readonly DeleteProgress PerEnd = RoutesChecked with { PerEnd = true };
    private static readonly DeleteProgress OursDeactivating = RoutesChecked with
    {
        DeactivatedByUs = [Self.Id, Opposite.Id],
        Transition = new TransitionRun(RouterInterfaceStatuses.Deactivating, Now.AddSeconds(-1), Now.AddSeconds(-1)),
    };
    private static readonly DeleteProgress Accepted = RoutesChecked with
    {
        Observations = 3,
        DeleteAccepted = true,
        Transition = new TransitionRun(RouterInterfaceStatuses.Deleting, Now.AddSeconds(-1), Now.AddSeconds(-1)),
    };
    private static readonly DeleteProgress Sent = RoutesChecked with { ClientToken = "delete-1", LastObservation = Observe("Inactive", "Inactive") };

    private static readonly TransitionTimes Known = TransitionTimes.None
        .With(new TransitionLasted(RouterInterfaceStatuses.Deactivating, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(1)))
        .With(new TransitionLasted(RouterInterfaceStatuses.Deleting, TimeSpan.FromMilliseconds(1900), TimeSpan.FromSeconds(2)));

    private static readonly DeleteInstance Delete = new(Self, Force: false);
    private static readonly DeleteInstance DeleteWhenDeactivated = Delete with { WhenDeactivated = true };
    private static readonly EndObservation ThisEnd = Observe("Inactive", "Inactive").Self;
    private static readonly EndObservation OtherEnd = Observe("Inactive", "Inactive").Opposite!;

    private static Looked Look(DeleteObservation observation) => new(observation, Now, Now);

    private static Answered Answer(DeleteAction action, DeleteAnswer answer) => new(action, answer);

    private static Answered Failed(DeleteAction action, string code, int status = 400, bool unknown = false) =>
        new(action, new CallFailed(new AlibabaCloudException("Call", code, "m", status, "R", unknown), Now.AddMilliseconds(-5), "delete-1"));

    private static DeletePlanRow Row(string given, DeleteSeen seen, DeleteProgress progress, Expect then) => new(given, seen, progress, then);

    public static TheoryData<DeletePlanRow> Table => new()
    {
        // 1. look; gone is done
        Row("both ends unlisted at the first look", Look(Observe(null, null)), Fresh, Expect.Done(DiagnosticCodes.AlreadyGone)),
        Row("this end listed as Deleted at the first look (B4)", Look(Observe("Deleted", null)), Fresh, Expect.Done(DiagnosticCodes.AlreadyGone)),
        Row("both ends gone after our accepted delete", Look(Observe(null, null)), Accepted, Expect.Done()),
        Row("both listed as Deleted after our accepted delete", Look(Observe("Deleted", "Deleted")), Accepted, Expect.Done()),
        Row("this end gone, the opposite still Deleting", Look(Observe(null, "Deleting")), RoutesChecked, Expect.Look(Wait.Backoff0)),
        Row("this end gone, the opposite Deleting, our Deleting followed", Look(Observe(null, "Deleting")), Accepted, Expect.Look(Wait.Cadence)),
        Row("this end gone, the opposite another resource's and Active", Look(Observe(null, "Active")), RoutesChecked, Expect.Done()),

        // 2. prepaid refused before anything
        Row("this end prepaid", Look(Observe("Active", "Active", selfCharge: "PrePaid")), Fresh, Expect.Refuse(DiagnosticCodes.PrepaidInstance)),
        Row("the opposite end prepaid", Look(Observe("Inactive", "Inactive", oppositeCharge: "Prepaid")), RoutesChecked, Expect.Refuse(DiagnosticCodes.PrepaidInstance)),
        Row("prepaid, but our delete was accepted", Look(Observe("Deleting", "Deleting", selfCharge: "PrePaid")), Accepted, Expect.Look(Wait.Cadence)),

        // 3. route entries
        Row("routes not looked up yet", Look(Observe("Active", "Active")), Fresh, Expect.Act<DiscoverRouteEntries>(Wait.Now)),
        Row("a route entry, force false", Look(Observe("Active", "Active")), WithRoute, Expect.Refuse(DiagnosticCodes.RouteEntriesPresent)),
        Row("a route entry, force true", Look(Observe("Active", "Active")), WithRoute, Expect.Act<DeactivateEnds>(Wait.Now)) with { Force = true },
        Row("routes not looked up yet, force: deactivate first", Look(Observe("Active", "Active")), Fresh, Expect.Act<DeactivateEnds>(Wait.Now)) with { Force = true },
        Row("routes not looked up yet, force, both Inactive", Look(Observe("Inactive", "Inactive")), Fresh, Expect.Act<DiscoverRouteEntries>(Wait.Now)) with { Force = true },
        Row("routes not looked up yet, force, an end Modifying", Look(Observe("Active", "Modifying")), Fresh, Expect.Act<DiscoverRouteEntries>(Wait.Now)) with { Force = true },
        Row("routes not looked up yet, force, ours Deactivating", Look(Observe("Deactivating", "Deactivating")), OursDeactivating with { RouteEntries = null }, Expect.Act<DiscoverRouteEntries>(Wait.Now)) with { Force = true },
        Row("routes not looked up yet, force, per end", Look(Observe("Active", "Active")), Fresh with { PerEnd = true }, Expect.Act<DiscoverRouteEntries>(Wait.Now)) with { Force = true },

        // 4. wait for a stable state
        Row("an end Connecting", Look(Observe("Connecting", "AcceptingConnecting")), RoutesChecked, Expect.Look(Wait.Backoff0)),
        Row("an end Activating", Look(Observe("Activating", "Active")), RoutesChecked, Expect.Look(Wait.Backoff0)),
        Row("an end Modifying", Look(Observe("Active", "Modifying")), RoutesChecked, Expect.Look(Wait.Backoff0)),
        Row("an end Deactivating, not by us", Look(Observe("Deactivating", "Inactive")), RoutesChecked, Expect.Look(Wait.Backoff0)),
        Row("the third backoff of one wait", Look(Observe("Modifying", "Active")), RoutesChecked with { Attempt = 2 }, Expect.Look(Wait.Backoff2)),
        Row("an end Deleting, not by us", Look(Observe("Deleting", "Deleting")), RoutesChecked, Expect.Look(Wait.Backoff0)),
        Row("ours Deactivating, no Deactivating time learnt", Look(Observe("Deactivating", "Deactivating")), OursDeactivating, Expect.Look(Wait.Cadence)),
        Row("ours Deactivating, its time learnt: delete at its end", Look(Observe("Deactivating", "Deactivating")), OursDeactivating, Expect.Act<DeleteInstance>(Wait.UntilLearntEnd(40))) with { Learnt = Known },
        Row("ours Deactivating, the opposite Modifying", Look(Observe("Deactivating", "Modifying")), OursDeactivating, Expect.Look(Wait.UntilLearntEnd(40))) with { Learnt = Known },
        Row("ours ended: both Inactive", Look(Observe("Inactive", "Inactive")), OursDeactivating, Expect.Act<DeleteInstance>(Wait.Now) with { Records = nameof(DeleteEvent.TransitionLearnt) }),

        // 5. deactivate
        Row("both Active, routes checked", Look(Observe("Active", "Active")), RoutesChecked, Expect.Act<DeactivateEnds>(Wait.Now)),
        Row("this end Active, the opposite gone", Look(Observe("Active", null)), RoutesChecked, Expect.Act<DeactivateEnds>(Wait.Now)),
        Row("Active after our deactivation was accepted", Look(Observe("Active", "Inactive")), RoutesChecked with { DeactivationRequested = [Self.Id] }, Expect.Look(Wait.Backoff0)),

        // 6. delete (DeleteExpressConnect or per end)
        Row("both Inactive", Look(Observe("Inactive", "Inactive")), RoutesChecked, Expect.Act<DeleteInstance>(Wait.Now)),
        Row("this end Idle, no opposite", Look(Observe("Idle", null)), RoutesChecked, Expect.Act<DeleteInstance>(Wait.Now)),
        Row("per end, both Inactive", Look(Observe("Inactive", "Inactive")), PerEnd, Expect.Act<DeleteEnds>(Wait.Now)),
        Row("per end, force, a route entry left", Look(Observe("Inactive", "Inactive")), PerEnd with { RouteEntries = [Entry] }, Expect.Act<RemoveRouteEntry>(Wait.Now)) with { Force = true },
        Row("per end, force, the route entry removed", Look(Observe("Inactive", "Inactive")), PerEnd with { RouteEntries = [Entry], RouteEntriesRemoved = [Entry.RouteEntryId] }, Expect.Act<DeleteEnds>(Wait.Now)) with { Force = true },
        Row("per end, the opposite deleted by us and Deleting", Look(Observe("Inactive", "Deleting")), PerEnd with { EndsDeleted = [Opposite.Id] }, Expect.Act<DeleteEnds>(Wait.Now)),
        Row("per end remembered, fast-link in the state", Look(Observe("Inactive", "Inactive")), PerEnd, Expect.Act<DeleteInstance>(Wait.Now)) with { FastLink = true },
        Row("per end remembered, fast-link as listed", Look(Observe("Inactive", "Inactive", fastLink: true)), PerEnd, Expect.Act<DeleteInstance>(Wait.Now)),
        Row("NotFound from DeleteExpressConnect, still listed", Look(Observe("Inactive", "Inactive")), RoutesChecked with { DeleteNotFound = ApiCodes.Find(E.InvalidInstanceIdNotFound) }, Expect.Act<DeleteEnds>(Wait.Now) with { Records = nameof(DeleteEvent.PerEndWayLearnt) }),
        Row("NotFound from DeleteRouterInterface, still listed", Look(Observe("Inactive", "Inactive")), PerEnd with { DeleteNotFound = ApiCodes.Find(E.InvalidRouterInterfaceIdNotFound) }, Expect.Refuse(E.InvalidRouterInterfaceIdNotFound)),
        Row("cross-account end Active, no opposite credentials", Look(CrossAccount("Inactive", "Active", canChange: false)), RoutesChecked, Expect.Refuse(DiagnosticCodes.CrossAccountEndNotInactive)),
        Row("cross-account end Inactive, no opposite credentials", Look(CrossAccount("Inactive", "Inactive", canChange: false)), RoutesChecked, Expect.Act<DeleteInstance>(Wait.Now)),
        Row("cross-account end Inactive, opposite credentials", Look(CrossAccount("Inactive", "Inactive", canChange: true)), RoutesChecked, Expect.Act<DeleteEnds>(Wait.Now)),

        // 7. wait until gone
        Row("our delete accepted, both Deleting", Look(Observe("Deleting", "Deleting")), Accepted, Expect.Look(Wait.Cadence)),
        Row("our delete accepted, still listed Inactive (the listing lags)", Look(Observe("Inactive", "Inactive")), Accepted, Expect.Look(Wait.Cadence)),

        // answers: the look and the route lookup
        Row("the look throttled", Failed(LookAtEnds.Instance, E.Throttling), RoutesChecked, Expect.Look(Wait.Backoff0) with { Records = nameof(DeleteEvent.Retried) }),
        Row("the look answered 500", Failed(LookAtEnds.Instance, E.InternalError, 500), RoutesChecked with { Attempt = 1 }, Expect.Look(Wait.Backoff1)),
        Row("the look refused (permissions)", Failed(LookAtEnds.Instance, "Forbidden.RAM", 403), RoutesChecked, Expect.Refuse(DiagnosticCodes.DescribeFailed)),
        Row("route entries found none", Answer(new DiscoverRouteEntries([ThisEnd]), new RouteEntriesFound([], [])), Fresh, Expect.Act<DecideAgain>(Wait.Now)),
        Row("route entries found, force", Answer(new DiscoverRouteEntries([ThisEnd]), new RouteEntriesFound([Entry], [("cn-hangzhou", "vtb-a")])), Fresh, Expect.Act<DecideAgain>(Wait.Now) with { Records = nameof(DeleteEvent.RouteEntryWarned) }) with { Force = true },
        Row("route lookup throttled", Failed(new DiscoverRouteEntries([ThisEnd]), E.Throttling), Fresh, Expect.Look(Wait.Backoff0)),
        Row("route lookup refused", Failed(new DiscoverRouteEntries([ThisEnd]), "Forbidden.RAM", 403), Fresh, Expect.Refuse(DiagnosticCodes.RouteLookupFailed)),
        Row("decide again after the lookup", Answer(DecideAgain.Instance, NoAnswer.Instance), RoutesChecked with { LastObservation = Observe("Active", "Active") }, Expect.Act<DeactivateEnds>(Wait.Now)),

        // answers: DeactivateRouterInterface
        Row("deactivation accepted, one more end", Answer(new DeactivateEnds([ThisEnd, OtherEnd]), new CallAccepted(Now)), RoutesChecked, Expect.Act<DeactivateEnds>(Wait.Now)),
        Row("deactivation accepted, nothing learnt", Answer(new DeactivateEnds([OtherEnd]) { ThenDeleteInstance = true }, new CallAccepted(Now)), RoutesChecked, Expect.Look(Wait.FirstLook)),
        Row("deactivation accepted, its time learnt: delete at its end", Answer(new DeactivateEnds([OtherEnd]) { ThenDeleteInstance = true }, new CallAccepted(Now)), RoutesChecked, Expect.Act<DeleteInstance>(Wait.DeactivatingEnd)) with { Learnt = Known },
        Row("deactivation accepted, something else in the way", Answer(new DeactivateEnds([OtherEnd]), new CallAccepted(Now)), RoutesChecked, Expect.Look(Wait.DeactivatingEnd)) with { Learnt = Known },
        Row("deactivation accepted, force, routes not looked up: look them up now", Answer(new DeactivateEnds([OtherEnd]) { ThenDeleteInstance = true }, new CallAccepted(Now)), Fresh with { LastObservation = Observe("Active", "Active") }, Expect.Act<DiscoverRouteEntries>(Wait.Now)) with { Force = true, Learnt = Known },
        Row("routes found while ours deactivates, its time learnt: delete at its end", Answer(new DiscoverRouteEntries([ThisEnd]) { WhileDeactivating = true, ThenDeleteInstance = true }, new RouteEntriesFound([Entry], [("cn-hangzhou", "vtb-a")])), OursDeactivating with { RouteEntries = null }, Expect.Act<DeleteInstance>(Wait.UntilLearntEnd(40)) with { Records = nameof(DeleteEvent.RouteEntryWarned) }) with { Force = true, Learnt = Known },
        Row("routes found while ours deactivates, nothing learnt: the first look of its transition", Answer(new DiscoverRouteEntries([ThisEnd]) { WhileDeactivating = true }, new RouteEntriesFound([], [])), OursDeactivating with { RouteEntries = null, Transition = new TransitionRun(RouterInterfaceStatuses.Deactivating, Now, Now) }, Expect.Look(Wait.FirstLook)) with { Force = true },
        Row("route lookup refused after our deactivation, force: go on unlisted", Failed(new DiscoverRouteEntries([ThisEnd]) { WhileDeactivating = true, ThenDeleteInstance = true }, "Forbidden.RAM", 403), OursDeactivating with { RouteEntries = null, Changes = ["deactivated"] }, Expect.Act<DeleteInstance>(Wait.UntilLearntEnd(40)) with { Records = nameof(DeleteEvent.RouteEntriesUnlisted) }) with { Force = true, Learnt = Known },
        Row("route lookup throttled after our deactivation, force: retried", Failed(new DiscoverRouteEntries([ThisEnd]) { WhileDeactivating = true }, E.Throttling), OursDeactivating with { RouteEntries = null, Changes = ["deactivated"] }, Expect.Look(Wait.Backoff0)) with { Force = true },
        Row("deactivation: the end moved (NotFound)", Failed(new DeactivateEnds([ThisEnd]), E.InvalidRouterInterfaceIdNotFound, 404), RoutesChecked, Expect.Look(Wait.Backoff0)),
        Row("deactivation: busy", Failed(new DeactivateEnds([ThisEnd]), E.IncorrectStatus), RoutesChecked, Expect.Look(Wait.Backoff0)),
        Row("deactivation refused (financial lock)", Failed(new DeactivateEnds([ThisEnd]), "Forbidden.FinancialLocked", 403), RoutesChecked, Expect.Refuse(DiagnosticCodes.DeactivateFailed)),

        // answers: DeleteExpressConnect (the README's table)
        Row("DeleteExpressConnect accepted", Answer(Delete, new CallAccepted(Now, "delete-1")), RoutesChecked, Expect.Look(Wait.FirstLook)),
        Row("DeleteExpressConnect accepted, Deleting time learnt", Answer(Delete, new CallAccepted(Now, "delete-1")), RoutesChecked, Expect.Look(Wait.DeletingEnd)) with { Learnt = Known },
        Row("DeleteExpressConnect accepted after our Deactivating", Answer(DeleteWhenDeactivated, new CallAccepted(Now, "delete-1")), OursDeactivating, Expect.Look(Wait.ScaleOfAny) with { Records = nameof(DeleteEvent.TransitionLearnt) }),
        Row("another delete holds the tables' turn, steady soon", Answer(Delete, new TablesBusy(Now.AddMilliseconds(700))), RoutesChecked, Expect.Act<DeleteInstance>(Wait.Hint(700))),
        Row("another delete holds the tables' turn, steady late", Answer(Delete, new TablesBusy(Now.AddSeconds(30))), RoutesChecked, Expect.Act<DeleteInstance>(Wait.Hint(30_000))),
        Row("IncorrectStatus.RouterInterface", Failed(Delete, E.IncorrectStatusRouterInterface), Sent, Expect.Look(Wait.Backoff0)),
        Row("IncorrectStatus.RouterInterface while ours Deactivating", Failed(DeleteWhenDeactivated, E.IncorrectStatusRouterInterface), OursDeactivating, Expect.Look(Wait.Now)),
        Row("IncorrectStatus.Vpc", Failed(Delete, E.IncorrectStatusVpc), Sent, Expect.Look(Wait.Backoff0)),
        Row("OperationFailed.OperationLocked", Failed(Delete, E.OperationLocked), Sent, Expect.Look(Wait.Backoff0)),
        Row("IncorrectStatus.VSwitchOrRouteEntry, tables steady later", Answer(Delete, new CallFailed(Error(E.IncorrectStatusVSwitchOrRouteEntry, 404), Now) { TablesSteadyAt = Now.AddMilliseconds(1500) }), Sent, Expect.Look(Wait.Hint(1500)) with { Records = nameof(DeleteEvent.TablesStillChanging) }),
        Row("IncorrectStatus.VSwitchOrRouteEntry, no removal of ours", Failed(Delete, E.IncorrectStatusVSwitchOrRouteEntry, 404), Sent, Expect.Look(Wait.Backoff0)),
        Row("InternalError (outcome unknown)", Failed(Delete, E.InternalError, 500), Sent, Expect.Look(Wait.Backoff0)),
        Row("no answer (outcome unknown)", Failed(Delete, E.TransportFailure, 0, unknown: true), Sent, Expect.Look(Wait.Backoff0)),
        Row("InternalError the fifth time in a row", Failed(Delete, E.InternalError, 500), Sent with { OutcomeUnknownAttempts = 4 }, Expect.Refuse(E.InternalError)),
        Row("LastTokenProcessing", Failed(Delete, E.LastTokenProcessing), Sent, Expect.Look(Wait.Backoff0)),
        Row("InvalidInstanceId.NotFound", Failed(Delete, E.InvalidInstanceIdNotFound, 404), Sent, Expect.Look(Wait.Now)),
        Row("InvalidRouterInterfaceId.NotFound", Failed(Delete, E.InvalidRouterInterfaceIdNotFound, 404), Sent, Expect.Look(Wait.Now)),
        Row("OperationUnsupported.NotFastLinkMode", Failed(Delete, "OperationUnsupported.NotFastLinkMode"), Sent, Expect.Act<DecideAgain>(Wait.Now) with { Records = nameof(DeleteEvent.PerEndWayLearnt) }),
        Row("Forbbiden.InvaildOwner (another account's end)", Failed(Delete, E.InvalidOwner, 403), Sent, Expect.Act<DecideAgain>(Wait.Now)),
        Row("OperationUnsupported.NotFastLinkMode for a fast-link instance", Failed(Delete, "OperationUnsupported.NotFastLinkMode"), Sent, Expect.Refuse(DiagnosticCodes.DeleteFailed)) with { FastLink = true },
        Row("InvalidRouterInterfaceChargeType.Malformed", Failed(Delete, E.PrepaidChargeType), Sent, Expect.Refuse(DiagnosticCodes.PrepaidInstance)),
        Row("InvalidRouterInterfaceOppositeChargeType.Malformed", Failed(Delete, E.PrepaidOppositeChargeType), Sent, Expect.Refuse(DiagnosticCodes.PrepaidInstance)),
        Row("DependencyViolation.RouterInterfaceReferedByRouteEntry", Failed(Delete, E.DependencyViolationRouteEntry), Sent, Expect.Refuse(E.DependencyViolationRouteEntry)),
        Row("DependencyViolation.ClassicLinkEcsRouteEntry", Failed(Delete, E.DependencyViolationClassicLink, 404), Sent, Expect.Refuse(E.DependencyViolationClassicLink)),
        Row("InvalidRegionId.NotFound", Failed(Delete, E.InvalidRegionIdNotFound, 404), Sent, Expect.Refuse(E.InvalidRegionIdNotFound)),
        Row("a refusal outside the table (RAM)", Failed(Delete, "Forbidden.RAM", 403), Sent, Expect.Refuse(DiagnosticCodes.DeleteFailed)),

        // answers: the per-end way
        Row("route entry removed", Answer(new RemoveRouteEntry(Entry), new CallAccepted(Now)), PerEnd, Expect.Look(Wait.Hint(1040)) with { Records = nameof(DeleteEvent.TablesEmptying) }),
        Row("route entry already gone", Failed(new RemoveRouteEntry(Entry), E.InvalidRouteEntryNotFound, 404), PerEnd, Expect.Look(Wait.Hint(1040))),
        Row("route entry: the table busy", Failed(new RemoveRouteEntry(Entry), E.TaskConflict), PerEnd, Expect.Look(Wait.Backoff0)),
        Row("route entry refused", Failed(new RemoveRouteEntry(Entry), "Forbidden.RAM", 403), PerEnd, Expect.Refuse(DiagnosticCodes.DeleteFailed)),
        Row("the opposite end's delete accepted", Answer(new DeleteEnds([OtherEnd, ThisEnd]), new CallAccepted(Now, "delete-1")), PerEnd, Expect.Act<DeleteEnds>(Wait.Now)),
        Row("this end's delete accepted, the last", Answer(new DeleteEnds([ThisEnd]), new CallAccepted(Now, "delete-2")), PerEnd, Expect.Look(Wait.FirstLook)),
        Row("an end's delete: this end NotFound", Failed(new DeleteEnds([ThisEnd]), E.InvalidRouterInterfaceIdNotFound, 404), PerEnd, Expect.Look(Wait.Now)),
        Row("an end's delete: the opposite NotFound", Failed(new DeleteEnds([OtherEnd]), E.InvalidRouterInterfaceIdNotFound, 404), PerEnd, Expect.Look(Wait.Now)),
        Row("an end's delete: prepaid", Failed(new DeleteEnds([ThisEnd]), E.PrepaidChargeType), PerEnd, Expect.Refuse(DiagnosticCodes.PrepaidInstance)),
        Row("an end's delete: busy", Failed(new DeleteEnds([ThisEnd]), E.IncorrectStatusRouterInterface), PerEnd, Expect.Look(Wait.Backoff0)),
        Row("an end's delete: InternalError", Failed(new DeleteEnds([ThisEnd]), E.InternalError, 500), PerEnd, Expect.Look(Wait.Backoff0)),
        Row("an end's delete: InternalError the fifth time", Failed(new DeleteEnds([ThisEnd]), E.InternalError, 500), PerEnd with { OutcomeUnknownAttempts = 4 }, Expect.Refuse(E.InternalError)),
        Row("an end's delete: route entries of ours still going", Failed(new DeleteEnds([ThisEnd]), E.DependencyViolationRouteEntry), PerEnd with { RouteEntriesRemoved = [Entry.RouteEntryId] }, Expect.Look(Wait.Backoff0)),
        Row("an end's delete: route entries, none removed by us", Failed(new DeleteEnds([ThisEnd]), E.DependencyViolationRouteEntry), PerEnd, Expect.Refuse(E.DependencyViolationRouteEntry)),
        Row("an end's delete: refused (RAM)", Failed(new DeleteEnds([ThisEnd]), "Forbidden.RAM", 403), PerEnd, Expect.Refuse(DiagnosticCodes.DeleteFailed)),
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Planner_FollowsTheTable(DeletePlanRow row)
    {
        var plan = DeletePlanner.Next(row.Seen, row.Progress, row.Knowledge, row.Target);

        var actual = plan.Final switch
        {
            CompleteDelete complete => Expect.Done(complete.WasAlreadyGone ? DiagnosticCodes.AlreadyGone : null),
            RefuseDelete refuse => Expect.Refuse(refuse.Code),
            _ => plan.Next is Pending { LookFirst: true } look
                ? Expect.Look(Of(look.After, row.Then.Delay))
                : new Expect("act", plan.Progress.Due?.GetType().Name, Of(((Pending)plan.Next!).After, row.Then.Delay), null),
        };
        Assert.Equal(row.Then with { Records = null }, actual);
        if (row.Then.Records is { } recorded)
        {
            Assert.Contains(plan.Events, e => e.GetType().Name == recorded);
        }
    }

    /// <summary>The delay as the expected kind when it has the kind's value; else as it is (so the assertion shows both).</summary>
    private static Wait Of(TimeSpan after, Wait? expected) =>
        expected is not null && expected.After == after ? expected : new Wait("other", after);

    [Fact]
    public void Table_HasARowPerDecision()
    {
        var givens = ((IEnumerable<object[]>)Table).Select(r => ((DeletePlanRow)r[0]).Given).ToList();

        Assert.True(givens.Count >= 60, $"{givens.Count} rows");
        Assert.Equal(givens.Count, givens.Distinct().Count());
    }
}
