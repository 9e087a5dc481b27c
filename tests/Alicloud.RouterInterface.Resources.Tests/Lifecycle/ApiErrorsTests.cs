using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

public sealed class ApiErrorsTests
{
    [Theory]
    [InlineData("SignatureDoesNotMatch")]
    [InlineData("InvalidAccessKeyId.NotFound")]
    [InlineData("IncompleteSignature")]
    public void Describe_AuthenticationError_LeavesTheServersMessageOut(string code)
    {
        var error = new AlibabaCloudException("DeleteExpressConnect", code, "server string to sign is:POST&%2F&AccessKeyId%3DLTAIsecretish", 400, "REQ-9");

        var text = ApiErrors.Describe(error);

        Assert.Equal($"{code} (HTTP 400, RequestId REQ-9)", text);
    }

    [Theory]
    [InlineData("SignatureDoesNotMatch")]
    [InlineData("InvalidSecurityToken.Malformed")]
    [InlineData("InvalidAccessKeyId.NotFound")]
    public void AsFailureAndTheException_AuthenticationError_CarryNoStringToSign(string code)
    {
        const string StringToSign = "POST&%2F&AccessKeyId%3DLTAIsecretish%26SecurityToken%3DCAIStoken";
        var error = new AlibabaCloudException("DeleteExpressConnect", code, "server string to sign is:" + StringToSign, 400, "REQ-9");

        var failure = ApiErrors.AsFailure(error);

        Assert.Equal($"DeleteExpressConnect failed: {ApiErrors.Describe(error)}", failure.Message);
        foreach (var text in new[] { failure.Message, error.Message, error.ErrorMessage, error.ToString(), failure.ToString() })
        {
            Assert.DoesNotContain("LTAIsecretish", text, StringComparison.Ordinal);
            Assert.DoesNotContain("CAIStoken", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AsFailure_OtherError_IsDescribeWithTheAction()
    {
        var error = new AlibabaCloudException("DeleteExpressConnect", "IncorrectStatus.Vpc", new string('x', 1000), 400, "REQ-1");

        var failure = ApiErrors.AsFailure(error);

        Assert.Equal($"DeleteExpressConnect failed: {ApiErrors.Describe(error)}", failure.Message);
        Assert.Equal("IncorrectStatus.Vpc", failure.Code);
    }

    [Fact]
    public void Describe_OtherError_KeepsAShortenedMessage()
    {
        var error = new AlibabaCloudException("DeleteExpressConnect", "IncorrectStatus.Vpc", new string('x', 1000), 400, null);

        var text = ApiErrors.Describe(error);

        Assert.StartsWith("IncorrectStatus.Vpc (HTTP 400): xxx", text, StringComparison.Ordinal);
        Assert.True(text.Length < 400);
    }

    [Theory]
    [InlineData("Throttling.User", 400, false, true)]
    [InlineData("ServiceUnavailable", 503, false, true)]
    [InlineData("Transport.Failure", 0, true, true)]
    [InlineData("Forbidden.RAM", 403, false, false)]
    [InlineData("IncorrectStatus.Vpc", 400, false, false)]
    public void IsTransient_Classifies(string code, int status, bool outcomeUnknown, bool expected)
    {
        Assert.Equal(expected, ApiErrors.IsTransient(new AlibabaCloudException("X", code, "m", status, null, outcomeUnknown)));
    }
}
