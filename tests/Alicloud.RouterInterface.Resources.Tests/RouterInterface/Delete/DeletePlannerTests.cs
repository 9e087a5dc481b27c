using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client.Errors;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;

using static Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete.DeletePlanRow;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete;

/// <summary>The delete's decisions on plain data: one observation and the progress so far → the next action.</summary>
public sealed class DeletePlannerTests
{
    private static DeleteTarget Target(bool force = false) => new(TestRig.Urn, Self, Opposite, force);

    private static DeleteAction Decide(DeleteObservation observation, DeleteProgress? progress = null, bool force = false) =>
        DeleteOrder.Decide(observation, DeleteOrder.Record(progress ?? new DeleteProgress(), observation), Target(force));

    private static readonly DeleteProgress RoutesChecked = new() { RouteEntries = [] };

    [Fact]
    public void Decide_GoneAtFirstLook_CompletesAsAlreadyGone()
    {
        var action = Assert.IsType<CompleteDelete>(Decide(Observe(null, null)));

        Assert.True(action.WasAlreadyGone);
        Assert.StartsWith(DiagnosticCodes.AlreadyGone, action.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_GoneAfterTheDeleteWasAccepted_CompletesAsDeleted()
    {
        var progress = new DeleteProgress { Observations = 3, DeleteAccepted = true };

        var action = Assert.IsType<CompleteDelete>(Decide(Observe(null, null), progress));

        Assert.False(action.WasAlreadyGone);
    }

    [Theory]
    [InlineData("Prepaid", "AfterPay", "this end ri-init")]
    [InlineData("AfterPay", "prepaid", "the opposite end ri-acc")]
    [InlineData("PrePaid", "PrePaid", "this end ri-init")]
    public void Decide_PrepaidEnd_RefusesEvenBeforeRoutesAreKnown(string selfCharge, string oppositeCharge, string named)
    {
        var action = Assert.IsType<RefuseDelete>(Decide(Observe("Active", "Active", selfCharge, oppositeCharge)));

        Assert.Equal(DiagnosticCodes.PrepaidInstance, action.Code);
        Assert.Contains(named, action.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_RoutesNotLookedUpYet_LooksThemUpForBothEnds()
    {
        var action = Assert.IsType<DiscoverRouteEntries>(Decide(Observe("Active", "Active")));

        Assert.Equal([Self, Opposite], action.Ends.Select(e => e.Key));
    }

    [Fact]
    public void Decide_RoutesWithoutForce_Refuses()
    {
        var progress = new DeleteProgress { RouteEntries = [new RouteEntryRef("cn-hangzhou", "vtb-a", "10.0.0.0/8", "rte-1", "ri-init")] };

        var action = Assert.IsType<RefuseDelete>(Decide(Observe("Active", "Active"), progress));

        Assert.Equal(DiagnosticCodes.RouteEntriesPresent, action.Code);
    }

    [Fact]
    public void Decide_RoutesWithForce_GoesOn()
    {
        var progress = new DeleteProgress { RouteEntries = [new RouteEntryRef("cn-hangzhou", "vtb-a", "10.0.0.0/8", "rte-1", "ri-init")] };

        Assert.IsType<DeactivateEnds>(Decide(Observe("Active", "Active"), progress, force: true));
    }

    [Theory]
    [InlineData("Connecting", "AcceptingConnecting", "ri-init", "Connecting")]
    [InlineData("Inactive", "Deactivating", "ri-acc", "Deactivating")]
    [InlineData("Activating", "Active", "ri-init", "Activating")]
    [InlineData("Idle", "Modifying", "ri-acc", "Modifying")]
    public void Decide_TransitionalEnd_Waits(string self, string opposite, string waitingFor, string status)
    {
        var action = Assert.IsType<WaitForChange>(Decide(Observe(self, opposite), RoutesChecked));

        Assert.Equal($"waiting for {waitingFor} to leave {status}", action.Reason);
    }

    [Fact]
    public void Decide_ActiveEnds_DeactivatesEachActiveEnd()
    {
        var action = Assert.IsType<DeactivateEnds>(Decide(Observe("Active", "Inactive"), RoutesChecked));

        Assert.Equal([Self], action.Ends.Select(e => e.Key));
    }

    [Fact]
    public void Decide_DeactivationRequestedStillActive_WaitsInsteadOfRepeating()
    {
        var progress = RoutesChecked with { DeactivationRequested = ["ri-init", "ri-acc"] };

        Assert.IsType<WaitForChange>(Decide(Observe("Active", "Active"), progress));
    }

    [Theory]
    [InlineData("Idle", "Idle")]
    [InlineData("Inactive", "Inactive")]
    [InlineData("Idle", null)]
    public void Decide_StableEnds_DeletesWithTheForceSetting(string self, string? opposite)
    {
        var action = Assert.IsType<DeleteInstance>(Decide(Observe(self, opposite), RoutesChecked, force: true));

        Assert.Equal(Self, action.Key);
        Assert.True(action.Force);
    }

    [Fact]
    public void Decide_EitherEndDeleting_WaitsUntilGoneWithoutLookingAtRoutes()
    {
        var action = Assert.IsType<WaitForChange>(Decide(Observe("Deleting", "Deleting")));

        Assert.Equal("waiting for ri-init (Deleting) and ri-acc (Deleting) to be gone", action.Reason);
    }

    [Fact]
    public void Decide_DeleteAcceptedButStillInactive_WaitsUntilGone()
    {
        var progress = RoutesChecked with { DeleteAccepted = true };

        Assert.IsType<WaitForChange>(Decide(Observe("Inactive", "Inactive"), progress));
    }

    [Fact]
    public void Decide_ThisEndGoneOppositeDeleting_WaitsForTheOpposite()
    {
        var action = Assert.IsType<WaitForChange>(Decide(Observe(null, "Deleting")));

        Assert.Contains("ri-acc (Deleting)", action.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ThisEndGoneOppositeStable_CompletesAndMentionsTheOpposite()
    {
        var progress = new DeleteProgress { Observations = 4, DeleteAccepted = true };

        var action = Assert.IsType<CompleteDelete>(Decide(Observe(null, "Idle"), progress));

        Assert.False(action.WasAlreadyGone); // the message's words: DeleteMessagesTests
    }

    [Fact]
    public void Decide_DeleteExpressConnectSaidNotFoundButStillListed_GoesOnPerEnd()
    {
        var progress = RoutesChecked with { DeleteNotFound = ApiCodes.Find(AlibabaErrorCodes.InvalidInstanceIdNotFound) };

        var recorded = DeleteOrder.Record(progress, Observe("Idle", "Idle"));
        var action = Assert.IsType<DeleteEnds>(DeleteOrder.Decide(Observe("Idle", "Idle"), recorded, Target()));

        Assert.True(recorded.PerEnd);
        Assert.Equal(["ri-acc", "ri-init"], action.Ends.Select(e => e.Key.Id));
    }

    [Fact]
    public void Decide_NotFoundRightAfterOurAcceptedDelete_WaitsForTheListingToCatchUp()
    {
        var progress = RoutesChecked with { DeleteAccepted = true, DeleteNotFound = ApiCodes.Find(AlibabaErrorCodes.InvalidRouterInterfaceIdNotFound) };

        Assert.IsType<WaitForChange>(Decide(Observe("Inactive", "Inactive"), progress));
    }

    [Fact]
    public void Decide_NotFoundAlsoPerEndButStillListed_Refuses()
    {
        var progress = RoutesChecked with { PerEnd = true, DeleteNotFound = ApiCodes.Find(AlibabaErrorCodes.InvalidInstanceIdNotFound) };

        var action = Assert.IsType<RefuseDelete>(Decide(Observe("Idle", "Idle"), progress));

        Assert.Equal(AlibabaErrorCodes.InvalidInstanceIdNotFound, action.Code);
    }

    [Fact]
    public void Record_EndLeftActive_ForgetsItsDeactivationRequest()
    {
        var progress = new DeleteProgress { DeactivationRequested = ["ri-init", "ri-acc"] };

        var recorded = DeleteOrder.Record(progress, Observe("Deactivating", "Active"));

        Assert.Equal(["ri-acc"], recorded.DeactivationRequested);
        Assert.True(recorded.OppositeSeen);
        Assert.Equal(1, recorded.Observations);
    }

    [Theory]
    [InlineData(AlibabaErrorCodes.IncorrectStatusRouterInterface, 400, false, DeleteErrorHandling.WaitAndRetry)]
    [InlineData(AlibabaErrorCodes.IncorrectStatusVpc, 400, false, DeleteErrorHandling.WaitAndRetry)]
    [InlineData(AlibabaErrorCodes.IncorrectStatusVSwitchOrRouteEntry, 404, false, DeleteErrorHandling.WaitAndRetry)]
    [InlineData(AlibabaErrorCodes.OperationLocked, 400, false, DeleteErrorHandling.WaitAndRetry)]
    [InlineData(AlibabaErrorCodes.ThrottlingUser, 400, false, DeleteErrorHandling.WaitAndRetry)]
    [InlineData("OperationConflict", 400, false, DeleteErrorHandling.WaitAndRetry)]
    [InlineData(AlibabaErrorCodes.InternalError, 500, true, DeleteErrorHandling.RetrySameToken)]
    [InlineData(AlibabaErrorCodes.ServiceUnavailable, 503, true, DeleteErrorHandling.RetrySameToken)]
    [InlineData(AlibabaErrorCodes.TransportFailure, 0, true, DeleteErrorHandling.RetrySameToken)]
    [InlineData(AlibabaErrorCodes.PrepaidChargeType, 400, false, DeleteErrorHandling.Prepaid)]
    [InlineData(AlibabaErrorCodes.PrepaidOppositeChargeType, 400, false, DeleteErrorHandling.Prepaid)]
    [InlineData(AlibabaErrorCodes.InvalidInstanceIdNotFound, 404, false, DeleteErrorHandling.ConfirmGone)]
    [InlineData(AlibabaErrorCodes.InvalidRouterInterfaceIdNotFound, 404, false, DeleteErrorHandling.ConfirmGone)]
    [InlineData(AlibabaErrorCodes.InvalidRegionIdNotFound, 404, false, DeleteErrorHandling.Fail)]
    [InlineData(AlibabaErrorCodes.DependencyViolationRouteEntry, 400, false, DeleteErrorHandling.Fail)]
    [InlineData(AlibabaErrorCodes.DependencyViolationClassicLink, 404, false, DeleteErrorHandling.Fail)]
    [InlineData("Forbidden.RAM", 403, false, DeleteErrorHandling.Fail)]
    [InlineData("IncorrectRIStatus", 400, false, DeleteErrorHandling.WaitAndRetry)]
    [InlineData("LastTokenProcessing", 400, false, DeleteErrorHandling.RetrySameToken)]
    [InlineData("SomethingNew", 500, false, DeleteErrorHandling.RetrySameToken)]
    public void Classify_DeleteExpressConnectAnswer_HandledAsDocumented(string code, int status, bool outcomeUnknown, DeleteErrorHandling expected)
    {
        var error = new AlibabaCloudException("DeleteExpressConnect", code, "m", status, "R", outcomeUnknown);

        Assert.Equal(expected, DeleteErrors.Classify(error));
    }

    [Fact]
    public void SeedErrors_CoverEveryCodeOfTheSeedTable()
    {
        string[] seed =
        [
            "IncorrectStatus.RouterInterface", "DependencyViolation.RouterInterfaceReferedByRouteEntry", "InvalidRouterInterfaceChargeType.Malformed",
            "InvalidRouterInterfaceOppositeChargeType.Malformed", "IncorrectStatus.Vpc", "OperationFailed.OperationLocked", "InvalidRegionId.NotFound",
            "InvalidInstanceId.NotFound", "InvalidRouterInterfaceId.NotFound", "IncorrectStatus.VSwitchOrRouteEntry",
            "DependencyViolation.ClassicLinkEcsRouteEntry", "InternalError",
        ];

        Assert.Equal(seed.Order(StringComparer.Ordinal), ApiCodes.All.Where(e => e.DeleteExpressConnectRow).Select(e => e.Code).Order(StringComparer.Ordinal));
    }
}
