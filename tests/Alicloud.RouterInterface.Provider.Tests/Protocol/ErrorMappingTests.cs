extern alias ProviderAssembly;

using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.Vpc.Client.Errors;
using Grpc.Core;
using Pulumirpc;
using ProviderAssembly::Alicloud.RouterInterface.Provider.Configuration;
using ProviderAssembly::Alicloud.RouterInterface.Provider.Protocol;

namespace Alicloud.RouterInterface.Provider.Tests.Protocol;

public sealed class ErrorMappingTests
{
    private readonly ErrorMapping _mapping = new(new PropertyStructConverter(new PropertyMarshallingOptions()));

    [Fact]
    public void PropertyValidation_IsInvalidArgumentNamingTheProperty()
    {
        var status = _mapping.ToRpcException(new PropertyValidationException("spec", "must be a string"), scope: null);

        Assert.Equal(StatusCode.InvalidArgument, status.StatusCode);
        Assert.Contains("'spec'", status.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ResourceInitFailed_CarriesTheDetail()
    {
        var outputs = PropertyMap.Empty.With("status", PropertyValue.FromString("Idle"));
        var status = _mapping.ToRpcException(new ResourceInitFailedException("ri-1", outputs, null, ["connect failed"]), scope: null);

        var detail = status.GetRpcStatus()!.GetDetail<ErrorResourceInitFailed>();
        Assert.Equal("ri-1", detail.Id);
        Assert.Equal(["connect failed"], detail.Reasons);
        Assert.Equal("Idle", detail.Properties.Fields["status"].StringValue);
        Assert.Null(detail.Inputs);
    }

    [Theory]
    [InlineData("DeleteTimedOut", StatusCode.DeadlineExceeded)]
    [InlineData("RouteEntriesPresent", StatusCode.FailedPrecondition)]
    [InlineData("PrepaidInstance", StatusCode.FailedPrecondition)]
    [InlineData("Cancelled", StatusCode.Cancelled)]
    public void ResourceOperation_CodeDecidesStatus(string code, StatusCode expected)
    {
        var status = _mapping.ToRpcException(new ResourceOperationException(code, $"{code}: what happened and what to do"), scope: null);

        Assert.Equal(expected, status.StatusCode);
        Assert.Equal($"{code}: what happened and what to do", status.Status.Detail);
    }

    [Fact]
    public void ResourceOperation_WithTransientCloudCause_IsUnavailable()
    {
        var cause = new AlibabaCloudException("DeleteExpressConnect", "Throttling.User", "slow down", 400, "req-1");

        var status = _mapping.ToRpcException(new ResourceOperationException("DeleteFailed", "gave up", cause), scope: null);

        Assert.Equal(StatusCode.Unavailable, status.StatusCode);
    }

    [Theory]
    [InlineData("Throttling.User", 400, false, StatusCode.Unavailable)]
    [InlineData("ServiceUnavailable", 503, false, StatusCode.Unavailable)]
    [InlineData(AlibabaErrorCodes.TransportFailure, 0, false, StatusCode.Unavailable)]
    [InlineData("InternalError", 500, true, StatusCode.Unknown)]
    [InlineData("InvalidAccessKeyId.NotFound", 404, false, StatusCode.FailedPrecondition)]
    [InlineData("InternalError", 500, false, StatusCode.Internal)]
    public void AlibabaCloud_MapsByKind_AndKeepsTheCode(string code, int httpStatus, bool outcomeUnknown, StatusCode expected)
    {
        var status = _mapping.ToRpcException(new AlibabaCloudException("DescribeRouterInterfaces", code, "message", httpStatus, "req-9", outcomeUnknown), scope: null);

        Assert.Equal(expected, status.StatusCode);
        Assert.Contains(code, status.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OperationCanceled_IsCancelled()
    {
        Assert.Equal(StatusCode.Cancelled, _mapping.ToRpcException(new OperationCanceledException(), scope: null).StatusCode);
    }

    [Fact]
    public void MissingConfiguration_ListsEveryKeyInTheDetail()
    {
        var exception = new MissingConfigurationException(
        [
            new MissingConfigurationKey("alicloud-routerinterface:region", "set ALIBABA_CLOUD_REGION_ID"),
            new MissingConfigurationKey("alicloud-routerinterface:accessKey", "set ALIBABA_CLOUD_ACCESS_KEY_ID"),
        ]);

        var status = _mapping.ToRpcException(exception, scope: null);

        var detail = status.GetRpcStatus()!.GetDetail<ConfigureErrorMissingKeys>();
        Assert.Equal(StatusCode.InvalidArgument, status.StatusCode);
        Assert.Equal(["alicloud-routerinterface:region", "alicloud-routerinterface:accessKey"], detail.MissingKeys.Select(k => k.Name));
    }

    [Fact]
    public void Unexpected_IsInternalWithoutMessageOrStack()
    {
        var status = _mapping.ToRpcException(new InvalidOperationException("secret-looking internal detail"), scope: null);

        Assert.Equal(StatusCode.Internal, status.StatusCode);
        Assert.DoesNotContain("secret-looking", status.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", status.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(nameof(InvalidOperationException), status.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void NotImplemented_IsUnimplemented()
    {
        Assert.Equal(StatusCode.Unimplemented, _mapping.ToRpcException(new NotImplementedException(), scope: null).StatusCode);
    }
}
