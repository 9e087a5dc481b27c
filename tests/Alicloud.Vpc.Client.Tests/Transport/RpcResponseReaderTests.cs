using System.Net;
using System.Text;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Tests.Support;
using Alicloud.Vpc.Client.Transport;

namespace Alicloud.Vpc.Client.Tests.Transport;

public sealed class RpcResponseReaderTests
{
    [Fact]
    public async Task ReadAsync_ErrorEnvelope_ParsesEveryField()
    {
        using var http = StubHttpHandler.Error(HttpStatusCode.BadRequest, "IncorrectStatus.RouterInterface", "RID-7");

        var response = await RpcResponseReader.ReadAsync(http, CancellationToken.None);

        Assert.Equal(400, response.HttpStatus);
        Assert.NotNull(response.Error);
        Assert.Equal("IncorrectStatus.RouterInterface", response.Error.Code);
        Assert.Equal("message of IncorrectStatus.RouterInterface", response.Error.Message);
        Assert.Equal("RID-7", response.Error.RequestId);
        Assert.Equal("vpc.aliyuncs.com", response.Error.HostId);
        Assert.StartsWith("https://api.aliyun.com/troubleshoot", response.Error.Recommend, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Success_HasNoError()
    {
        using var http = StubHttpHandler.Ok();
        var response = await RpcResponseReader.ReadAsync(http, CancellationToken.None);
        Assert.True(response.IsSuccess);
        Assert.Equal(200, response.HttpStatus);
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("")]
    [InlineData("""{"RequestId":"x"}""")]
    [InlineData("[1,2]")]
    [InlineData("""{"Code":""}""")]
    public void ParseError_NotAnEnvelope_GivesUnexpectedResponse(string body)
    {
        var error = RpcResponseReader.ParseError(502, Encoding.UTF8.GetBytes(body));
        Assert.Equal(AlibabaErrorCodes.UnexpectedResponse, error.Code);
        Assert.Contains("502", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseError_NumericRequestId_IsReadAsText()
    {
        var error = RpcResponseReader.ParseError(400, """{"Code":"Throttling.User","Message":"m","RequestId":12345}"""u8);
        Assert.Equal("Throttling.User", error.Code);
        Assert.Equal("12345", error.RequestId);
    }

    [Theory]
    [InlineData("1500", 1500)]
    [InlineData(" 20 ", 20)]
    [InlineData("0", null)]
    [InlineData("-5", null)]
    [InlineData("soon", null)]
    public async Task ReadAsync_RetryAfterHeader_IsMilliseconds(string header, int? expectedMs)
    {
        using var http = StubHttpHandler.Error(HttpStatusCode.BadRequest, "Throttling.User");
        http.Headers.TryAddWithoutValidation("x-acs-retry-after", header);

        var response = await RpcResponseReader.ReadAsync(http, CancellationToken.None);

        Assert.Equal(expectedMs is null ? null : TimeSpan.FromMilliseconds(expectedMs.Value), response.RetryAfter);
    }
}
