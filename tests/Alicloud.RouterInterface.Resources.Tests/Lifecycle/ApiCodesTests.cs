using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

/// <summary>The one table of API codes, and what the resource layer makes of an error that ends an operation.</summary>
public sealed class ApiCodesTests
{
    [Theory]
    [InlineData("Throttling.User", 400, ApiCodeKind.Transient)]
    [InlineData("Throttling.Api.Whatever", 400, ApiCodeKind.Transient)]
    [InlineData("ServiceUnavailable", 503, ApiCodeKind.Transient)]
    [InlineData("Unlisted.Code", 502, ApiCodeKind.Transient)]
    [InlineData("Unlisted.Code", 429, ApiCodeKind.Transient)]
    [InlineData("Unlisted.Code", 400, ApiCodeKind.Final)]
    [InlineData("IncorrectStatus.Vpc", 400, ApiCodeKind.Busy)]
    [InlineData("IncorrectOppositeInterfaceInfo.NotSet", 400, ApiCodeKind.Final)]
    [InlineData("TaskConflict", 400, ApiCodeKind.Busy)]
    [InlineData("IncorrectVpcStatus", 400, ApiCodeKind.Busy)]
    [InlineData("IncorrectStatus.RouteTableStatus", 400, ApiCodeKind.Busy)]
    [InlineData("SystemBusy", 400, ApiCodeKind.Busy)]
    [InlineData("OperationFailed.DistibuteLock", 400, ApiCodeKind.Busy)]
    [InlineData("InvalidInstance.StatusError", 400, ApiCodeKind.Busy)]
    [InlineData("Rejected.Throttling", 400, ApiCodeKind.Transient)]
    [InlineData("OperationFailed.LastTokenProcessing", 400, ApiCodeKind.InProgress)]
    [InlineData("InvalidRouterInterfaceId.NotFound", 404, ApiCodeKind.NotFound)]
    [InlineData("InvalidRouterInterfaceChargeType.Malformed", 500, ApiCodeKind.Prepaid)]
    public void KindOf_ReadsTheTable_ThenTheHttpStatus(string code, int status, ApiCodeKind expected)
    {
        Assert.Equal(expected, ApiCodes.KindOf(code, status));
    }

    [Theory]
    [InlineData("OperationUnsupported.NotFastLinkMode", 400, true)]
    [InlineData("IncorrectRole.NotInitiatingSide", 400, true)]
    [InlineData("Forbbiden.InvaildOwner", 400, true)]
    [InlineData("IncorrectStatus.RouterInterface", 400, false)]
    [InlineData("IncorrectStatus.VSwitchOrRouteEntry", 404, false)]
    [InlineData("DependencyViolation.RouterInterfaceReferedByRouteEntry", 400, false)]
    [InlineData("TaskConflict", 400, false)]
    [InlineData("Rejected.Throttling", 400, false)]
    [InlineData("Forbidden.RAM", 403, false)]
    [InlineData("NoPermission", 403, false)]
    [InlineData("InvalidAccessKeyId.NotFound", 404, false)]
    [InlineData("SignatureDoesNotMatch", 400, false)]
    [InlineData("MissingParameter", 400, false)]
    [InlineData("Unlisted.Code", 500, false)]
    public void RefusesExpressConnectWay_OnlyForDefiniteRefusalsOutsideTheTableThatAreNoBusyAuthOrPermissionAnswer(string code, int status, bool expected)
    {
        Assert.Equal(expected, ApiCodes.RefusesExpressConnectWay(code, status));
        Assert.Equal(expected, DeleteErrors.Classify(new AlibabaCloudException("DeleteExpressConnect", code, "m", status, "R")) == DeleteErrorHandling.PerEnd);
    }

    [Fact]
    public void PrepaidRefusalAt500_IsNeitherTransientNorOfUnknownOutcome_ForTheClientAndTheLifecycleAlike()
    {
        var error = new AlibabaCloudException("DeleteExpressConnect", AlibabaErrorCodes.PrepaidChargeType, "m", 500, "R");

        Assert.False(ApiCodes.IsTransient(error.ErrorCode, error.HttpStatus));
        Assert.False(ApiCodes.LeavesOutcomeUnknown(error.ErrorCode, error.HttpStatus));
        Assert.False(ApiErrors.IsTransient(error));
        Assert.Equal(DeleteErrorHandling.Prepaid, DeleteErrors.Classify(error));
    }

    [Fact]
    public void DeleteExpressConnectRows_EachHaveTheirTexts()
    {
        Assert.All(ApiCodes.All.Where(c => c.DeleteExpressConnectRow), row =>
        {
            Assert.NotEmpty(row.Meaning);
            Assert.NotEmpty(row.ProviderAction);
            Assert.NotEmpty(row.UserAction);
        });
    }

    [Theory]
    [InlineData("Throttling.User", 400, false, FailureKind.Unavailable)]
    [InlineData("ServiceUnavailable", 503, false, FailureKind.Unavailable)]
    [InlineData(AlibabaErrorCodes.TransportFailure, 0, false, FailureKind.Unavailable)]
    [InlineData("InternalError", 500, true, FailureKind.OutcomeUnknown)]
    [InlineData("InvalidAccessKeyId.NotFound", 404, false, FailureKind.Refused)]
    [InlineData("InternalError", 500, false, FailureKind.Internal)]
    public void FailureOf_GivesTheKindTheEngineIsTold(string code, int httpStatus, bool outcomeUnknown, FailureKind expected)
    {
        var error = new AlibabaCloudException("DescribeRouterInterfaces", code, "message", httpStatus, "req-9", outcomeUnknown);

        var failure = ApiErrors.AsFailure(error);

        Assert.Equal(expected, failure.Kind);
        Assert.Equal(code, failure.Code);
        Assert.Contains(code, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_AnUntypedCloudErrorLeavesTheResourceLayerAsAFailureWithItsKind()
    {
        var failure = await Assert.ThrowsAsync<ResourceOperationException>(() => CloudFailures.Typed<bool>(
            () => throw new AlibabaCloudException("DescribeRouterInterfaces", "Throttling.User", "slow down", 400, "req-1")));

        Assert.Equal(FailureKind.Unavailable, failure.Kind);
        Assert.IsType<AlibabaCloudException>(failure.InnerException);
    }
}
