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
    [InlineData(FailureKind.Refused, StatusCode.FailedPrecondition)]
    [InlineData(FailureKind.TimedOut, StatusCode.DeadlineExceeded)]
    [InlineData(FailureKind.Cancelled, StatusCode.Cancelled)]
    [InlineData(FailureKind.Unavailable, StatusCode.Unavailable)]
    [InlineData(FailureKind.OutcomeUnknown, StatusCode.Unknown)]
    [InlineData(FailureKind.Internal, StatusCode.Internal)]
    public void ResourceOperation_KindDecidesStatus_AndTheMessageIsKept(FailureKind kind, StatusCode expected)
    {
        var status = _mapping.ToRpcException(new ResourceOperationException("AnyCode", "AnyCode: what happened and what to do", kind), scope: null);

        Assert.Equal(expected, status.StatusCode);
        Assert.Equal("AnyCode: what happened and what to do", status.Status.Detail);
    }

    [Theory]
    [InlineData("DeleteTimedOut")]
    [InlineData("Cancelled")]
    public void ResourceOperation_CodeOrMessageNamingATimeout_DoesNotDecideTheStatus(string code)
    {
        var status = _mapping.ToRpcException(new ResourceOperationException(code, $"{code}: timed out, cancelled"), scope: null);

        Assert.Equal(StatusCode.FailedPrecondition, status.StatusCode);
    }

    [Fact]
    public void ProtocolLayer_DoesNotKnowTheCloudClientsErrors_AnUntypedOneIsInternal()
    {
        var status = _mapping.ToRpcException(new AlibabaCloudException("DescribeRouterInterfaces", "Throttling.User", "message", 400, "req-9"), scope: null);

        Assert.Equal(StatusCode.Internal, status.StatusCode);
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
