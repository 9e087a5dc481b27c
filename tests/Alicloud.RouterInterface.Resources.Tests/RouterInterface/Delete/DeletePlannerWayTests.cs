using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;
using Alicloud.RouterInterface.Resources.Tests.Support;

using static Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete.DeletePlanRow;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete;

/// <summary>The planner's per-end way, cross-account ends and the delete after our own deactivation, on plain data.</summary>
public sealed class DeletePlannerWayTests
{
    private static readonly RouteEntryRef Second = new("cn-shanghai", "vtb-b", "10.0.0.0/16", "rte-2", "ri-acc");

    private static DeleteTarget Target(bool force = false) => new(TestRig.Urn, Self, Opposite, force);

    private static DeleteAction Decide(DeleteObservation observation, DeleteProgress progress, bool force = false) =>
        DeleteOrder.Decide(observation, DeleteOrder.Record(progress, observation), Target(force));

    private static readonly DeleteProgress PerEnd = new() { PerEnd = true, RouteEntries = [] };

    [Fact]
    public void PerEnd_StableEnds_DeletesTheOppositeFirstThenThisEnd()
    {
        var action = Assert.IsType<DeleteEnds>(Decide(Observe("Inactive", "Idle"), PerEnd));

        Assert.Equal(["ri-acc", "ri-init"], action.Ends.Select(e => e.Key.Id));
    }

    [Fact]
    public void PerEnd_FastLinkInstance_StillDeletesTheInstance()
    {
        // a fast-link instance has one way (Terraform's express_connect_router_interface delete): the remembered
        // per-end way of the process must not turn it into DeleteRouterInterface calls
        var fastLinkTarget = Target() with { FastLink = true };
        var observation = Observe("Inactive", "Inactive");

        Assert.IsType<DeleteInstance>(DeleteOrder.Decide(observation, DeleteOrder.Record(PerEnd, observation), fastLinkTarget));
        Assert.IsType<DeleteEnds>(Decide(observation, PerEnd));
    }

    [Fact]
    public void PerEnd_OppositeNotPartOfTheInstance_DeletesThisEndOnly()
    {
        var action = Assert.IsType<DeleteEnds>(Decide(Observe("Idle", "Idle", pointsBack: false), PerEnd));

        Assert.Equal(["ri-init"], action.Ends.Select(e => e.Key.Id));
    }

    [Fact]
    public void PerEnd_WithForce_RemovesRouteEntriesOneAtATimeBeforeAnyEnd()
    {
        var progress = PerEnd with { RouteEntries = [Entry, Second] };

        Assert.Equal(Entry, Assert.IsType<RemoveRouteEntry>(Decide(Observe("Idle", "Idle"), progress, force: true)).Entry);
        Assert.Equal(Second, Assert.IsType<RemoveRouteEntry>(Decide(Observe("Idle", "Idle"), progress with { RouteEntriesRemoved = ["rte-1"] }, force: true)).Entry);
        Assert.IsType<DeleteEnds>(Decide(Observe("Idle", "Idle"), progress with { RouteEntriesRemoved = ["rte-1", "rte-2"] }, force: true));
    }

    [Fact]
    public void OppositeNotPartOfTheInstance_ItsRouteEntriesAreNotLookedUp()
    {
        // soak seed 21420538: an acceptor that never learnt the initiator's ID is an instance of its own; its routes
        // are its own resource's to protect (force: false there), in both ways
        foreach (var progress in new[] { new DeleteProgress(), new DeleteProgress { PerEnd = true } })
        {
            var discover = Assert.IsType<DiscoverRouteEntries>(Decide(Observe("Idle", "Idle", pointsBack: false), progress, force: true));

            Assert.Equal(["ri-init"], discover.Ends.Select(e => e.Key.Id));
        }
    }

    [Fact]
    public void PerEnd_WithForce_EntryThroughAnOppositeThatLeftTheInstance_IsNotRemoved()
    {
        // found while the acceptor named this end back; the read made for this decision shows it no longer does
        var progress = PerEnd with { RouteEntries = [Second, Entry] };

        Assert.Equal(Entry, Assert.IsType<RemoveRouteEntry>(Decide(Observe("Idle", "Idle", pointsBack: false), progress, force: true)).Entry);
        Assert.Equal(["ri-init"], Assert.IsType<DeleteEnds>(Decide(Observe("Idle", "Idle", pointsBack: false), progress with { RouteEntriesRemoved = ["rte-1"] }, force: true)).Ends.Select(e => e.Key.Id));
    }

    [Fact]
    public void PerEnd_RouteEntriesWithoutForce_RefusedBeforeAnyChange()
    {
        var action = Assert.IsType<RefuseDelete>(Decide(Observe("Active", "Active"), PerEnd with { RouteEntries = [Entry] }));

        Assert.Equal(DiagnosticCodes.RouteEntriesPresent, action.Code);
    }

    [Fact]
    public void PerEnd_ActiveEnds_AreDeactivatedFirst_WithoutTheInstanceDeleteAfterwards()
    {
        var action = Assert.IsType<DeactivateEnds>(Decide(Observe("Active", "Active"), PerEnd));

        Assert.Equal(2, action.Ends.Count);
        Assert.False(action.ThenDeleteInstance);
    }

    [Fact]
    public void PerEnd_OppositeAcceptedThisEndRefused_DeletesThisEndNextNotWaits()
    {
        var progress = PerEnd with { EndsDeleted = ["ri-acc"] };

        var action = Assert.IsType<DeleteEnds>(Decide(Observe("Inactive", "Deleting"), progress));

        Assert.Equal(["ri-init"], action.Ends.Select(e => e.Key.Id));
    }

    [Fact]
    public void PerEnd_AllEndsAccepted_WaitsUntilTheyAreGone()
    {
        var progress = PerEnd with { EndsDeleted = ["ri-acc", "ri-init"], DeleteAccepted = true };

        var action = Assert.IsType<WaitForChange>(Decide(Observe("Deleting", "Deleting"), progress));

        Assert.Contains("ri-init (Deleting)", action.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deactivating_BothEndsActive_TheInstanceDeleteIsDueWhenTheyAreDeactivated()
    {
        var action = Assert.IsType<DeactivateEnds>(Decide(Observe("Active", "Active"), new DeleteProgress { RouteEntries = [] }));

        Assert.True(action.ThenDeleteInstance);
    }

    [Fact]
    public void Deactivating_OtherEndStillMovingBySomeoneElse_NoDeleteIsPlannedAfterwards()
    {
        var progress = new DeleteProgress { RouteEntries = [] };

        Assert.IsType<WaitForChange>(Decide(Observe("Active", "Activating"), progress));
        var action = Assert.IsType<DeactivateEnds>(Decide(Observe("Active", "Active"), progress with { DeactivationRequested = ["ri-acc"], DeactivatedByUs = ["ri-acc"] }));
        Assert.Equal(["ri-init"], action.Ends.Select(e => e.Key.Id));
        Assert.False(action.ThenDeleteInstance);
    }

    [Theory]
    [InlineData("Active")]
    [InlineData("Activating")]
    [InlineData("Connecting")]
    public void CrossAccount_OtherEndNotInactiveAndUnchangeable_RefusedBeforeAnythingNamingTheAccount(string otherStatus)
    {
        var action = Assert.IsType<RefuseDelete>(Decide(CrossAccount("Active", otherStatus, canChange: false), new DeleteProgress()));

        Assert.Equal(DiagnosticCodes.CrossAccountEndNotInactive, action.Code);
        Assert.Equal(DeleteMessages.CrossAccountEndNotInactive(Target(), CrossAccount("Active", otherStatus, canChange: false).Opposite!, new DeleteProgress { Observations = 1 }), action.Message);
    }

    [Fact]
    public void CrossAccount_OtherEndInactive_GoesOnWithTheInstanceDelete_AndLooksUpOnlyOurRoutes()
    {
        var discover = Assert.IsType<DiscoverRouteEntries>(Decide(CrossAccount("Active", "Inactive", canChange: false), new DeleteProgress()));
        Assert.Equal(["ri-init"], discover.Ends.Select(e => e.Key.Id));

        var action = Assert.IsType<DeactivateEnds>(Decide(CrossAccount("Active", "Inactive", canChange: false), new DeleteProgress { RouteEntries = [] }));
        Assert.Equal(["ri-init"], action.Ends.Select(e => e.Key.Id));
    }

    [Fact]
    public void CrossAccount_WithTheOppositeCredentials_DeactivatesTheOtherEndThenDeletesPerEnd()
    {
        var deactivate = Assert.IsType<DeactivateEnds>(Decide(CrossAccount("Active", "Active", canChange: true), new DeleteProgress { RouteEntries = [] }));
        Assert.Equal(2, deactivate.Ends.Count);
        Assert.False(deactivate.ThenDeleteInstance);

        var delete = Assert.IsType<DeleteEnds>(Decide(CrossAccount("Inactive", "Inactive", canChange: true), new DeleteProgress { RouteEntries = [] }));
        Assert.Equal(["ri-acc", "ri-init"], delete.Ends.Select(e => e.Key.Id));
    }
}
