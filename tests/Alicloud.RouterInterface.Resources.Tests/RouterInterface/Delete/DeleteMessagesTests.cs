using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;
using Alicloud.Vpc.Client.Errors;
using static Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete.DeletePlanRow;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete;

/// <summary>
/// The delete's messages, each checked once here: its code first, what happened, what was changed and the way out.
/// Decision tests assert on codes and structured fields only (<see cref="DeletePlannerTableTests"/>).
/// </summary>
public sealed class DeleteMessagesTests
{
    private static readonly DeleteTarget Target = new(Support.TestRig.Urn, Self, Opposite, Force: false);
    private static readonly DeleteProgress Nothing = new();
    private static readonly DeleteProgress Deactivated = new() { Changes = ["deactivated ri-init (this end)"], LastApiError = "IncorrectStatus.Vpc (HTTP 400)" };

    [Fact]
    public void Prepaid_NamesTheEnd_ItsEndTime_AndTheWaysOut()
    {
        var text = DeleteMessages.Prepaid(Target, Observe("Active", "Active", oppositeCharge: "PrePaid").Opposite!);

        Assert.StartsWith($"{DiagnosticCodes.PrepaidInstance}: ", text, StringComparison.Ordinal);
        Assert.Contains("the opposite end ri-acc (cn-shanghai)", text, StringComparison.Ordinal);
        Assert.Contains("2027-01-31T16:00:00Z", text, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", text, StringComparison.Ordinal);
        Assert.Contains($"pulumi state delete '{Support.TestRig.Urn}'", text, StringComparison.Ordinal);
        Assert.Contains("retainOnDelete", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RouteEntriesPresent_ListsEachEntry_AndSaysHowToForce()
    {
        var text = DeleteMessages.RouteEntriesPresent(Target, [Entry]);

        Assert.StartsWith($"{DiagnosticCodes.RouteEntriesPresent}: ", text, StringComparison.Ordinal);
        Assert.Contains(Entry.ToString(), text, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", text, StringComparison.Ordinal);
        Assert.Contains("force: true", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RouteEntriesUnlisted_SaysForceRemovesThem_AndWhyTheyAreNotListed()
    {
        var text = DeleteMessages.RouteEntriesUnlisted(Target with { Force = true }, "DescribeRouteEntryList", "Forbidden.RAM");

        Assert.StartsWith($"{DiagnosticCodes.RouteEntriesRemoved}: ", text, StringComparison.Ordinal);
        Assert.Contains("DescribeRouteEntryList answered Forbidden.RAM", text, StringComparison.Ordinal);
        Assert.Contains("Force=true", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CrossAccountEndNotInactive_NamesTheAccount_TheEnd_ItsState_AndTheWaysOut()
    {
        var other = CrossAccount("Inactive", "Active", canChange: false).Opposite!;

        var text = DeleteMessages.CrossAccountEndNotInactive(Target, other, Nothing);

        Assert.StartsWith($"{DiagnosticCodes.CrossAccountEndNotInactive}: ", text, StringComparison.Ordinal);
        Assert.Contains("account 1000000000000002", text, StringComparison.Ordinal);
        Assert.Contains("ri-acc", text, StringComparison.Ordinal);
        Assert.Contains("is Active", text, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", text, StringComparison.Ordinal);
        Assert.Contains("oppositeAccessKey", text, StringComparison.Ordinal);
        Assert.Contains("pulumi destroy", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Completed_AlreadyGone_StartsWithItsCode()
    {
        Assert.StartsWith($"{DiagnosticCodes.AlreadyGone}: ", DeleteMessages.Completed(Self, null, alreadyGone: true, Nothing), StringComparison.Ordinal);
    }

    [Fact]
    public void Completed_OppositeLeft_SaysItWasNotPartOfThisInstance()
    {
        var text = DeleteMessages.Completed(Self, Observe(null, "Idle").Opposite, alreadyGone: false, Nothing with { DeleteAccepted = true });

        Assert.Contains("ri-acc", text, StringComparison.Ordinal);
        Assert.Contains("not part of this instance", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ApiRefused_UnlistedCode_IsDeleteFailed_WithTheAnswerAndTheChanges()
    {
        var text = DeleteMessages.ApiRefused(Target, "DeleteExpressConnect", null, "Forbidden.RAM (HTTP 403, RequestId R)", Deactivated);

        Assert.StartsWith($"{DiagnosticCodes.DeleteFailed}: DeleteExpressConnect", text, StringComparison.Ordinal);
        Assert.Contains("Forbidden.RAM", text, StringComparison.Ordinal);
        Assert.Contains("RequestId", text, StringComparison.Ordinal);
        Assert.Contains("deactivated ri-init", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ApiRefused_ListedCode_GivesItsUserAction()
    {
        var entry = ApiCodes.Find(AlibabaErrorCodes.DependencyViolationClassicLink)!;

        var text = DeleteMessages.ApiRefused(Target, "DeleteExpressConnect", entry, "x", Nothing);

        Assert.StartsWith(entry.Code, text, StringComparison.Ordinal);
        Assert.Contains(entry.UserAction, text, StringComparison.Ordinal);
    }

    [Fact]
    public void NotFoundButListed_SaysTheListingStillHasIt()
    {
        var entry = ApiCodes.Find(AlibabaErrorCodes.InvalidRouterInterfaceIdNotFound)!;

        var text = DeleteMessages.NotFoundButListed(Observe("Inactive", null).Self, entry, Nothing);

        Assert.StartsWith(entry.Code, text, StringComparison.Ordinal);
        Assert.Contains("still lists it", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TimedOut_GivesTheDeadline_ItsSource_TheLastState_TheLastAnswer_AndTheChanges()
    {
        var text = DeleteMessages.TimedOut(Target, TimeSpan.FromSeconds(30), isDefault: false, Observe("Inactive", "Inactive"), "waiting for ri-init to leave Connecting", Deactivated);

        Assert.StartsWith($"{DiagnosticCodes.DeleteTimedOut}: ", text, StringComparison.Ordinal);
        Assert.Contains("30s", text, StringComparison.Ordinal);
        Assert.Contains("customTimeouts.delete", text, StringComparison.Ordinal);
        Assert.Contains("ri-init Inactive", text, StringComparison.Ordinal);
        Assert.Contains("waiting for ri-init to leave Connecting", text, StringComparison.Ordinal);
        Assert.Contains("IncorrectStatus.Vpc", text, StringComparison.Ordinal);
        Assert.Contains("deactivated ri-init", text, StringComparison.Ordinal);
        Assert.Contains("pulumi destroy", text, StringComparison.Ordinal);
        Assert.Contains("default", DeleteMessages.TimedOut(Target, TimeSpan.FromMinutes(20), isDefault: true, null, null, Nothing), StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelled_StartsWithItsCode_AndGivesTheLastState()
    {
        var text = DeleteMessages.Cancelled(Target, Observe("Connecting", null), null, Nothing);

        Assert.StartsWith($"{DiagnosticCodes.Cancelled}: ", text, StringComparison.Ordinal);
        Assert.Contains("Connecting", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StepFailed_StartsWithTheStepsCode_AndSaysItResumes()
    {
        var text = DeleteMessages.StepFailed(DiagnosticCodes.DeactivateFailed, Target, "DeactivateRouterInterface of cn-hangzhou/ri-init", "Forbidden.FinancialLocked (HTTP 403)", Deactivated);

        Assert.StartsWith($"{DiagnosticCodes.DeactivateFailed}: ", text, StringComparison.Ordinal);
        Assert.Contains("Forbidden.FinancialLocked", text, StringComparison.Ordinal);
        Assert.Contains("deactivated ri-init", text, StringComparison.Ordinal);
        Assert.Contains("resumes", text, StringComparison.Ordinal);
    }
}
