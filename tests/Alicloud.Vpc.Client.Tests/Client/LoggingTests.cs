using System.Net;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Tests.Support;

namespace Alicloud.Vpc.Client.Tests.Client;

public sealed class LoggingTests
{
    [Fact]
    public async Task Logs_RetriedAndFailedCalls_CarryActionAttemptCodeAndRequestIdButNoSecrets()
    {
        var time = new ObservedTimeProvider();
        using var logs = new CapturingLoggerProvider();
        var handler = StubHttpHandler.Sequence(
            () => StubHttpHandler.Error(HttpStatusCode.BadRequest, "Throttling.User", "RID-THROTTLED"),
            () => StubHttpHandler.Error(HttpStatusCode.BadRequest, "IncorrectStatus.RouterInterface", "RID-FINAL"));
        var settings = TestClients.Settings(securityToken: "sts-token-secret-value");
        var client = TestClients.Create(handler, time, settings: settings, logger: logs.CreateLogger("test"));

        await Assert.ThrowsAsync<AlibabaCloudException>(() =>
            time.RunAsync(client.DeleteExpressConnectAsync("cn-hangzhou", "ri-1", force: true, "tok", CancellationToken.None), d => d != TestClients.Options.AttemptTimeout));

        var text = logs.AllText;
        Assert.Contains("DeleteExpressConnect", text, StringComparison.Ordinal);
        Assert.Contains("Throttling.User", text, StringComparison.Ordinal);
        Assert.Contains("RID-THROTTLED", text, StringComparison.Ordinal);
        Assert.Contains("IncorrectStatus.RouterInterface", text, StringComparison.Ordinal);
        Assert.Contains("RID-FINAL", text, StringComparison.Ordinal);
        Assert.Contains("Attempt=2", text, StringComparison.Ordinal);

        Assert.DoesNotContain(TestClients.AccessKeySecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("sts-token-secret-value", text, StringComparison.Ordinal);
        Assert.Equal(2, handler.Requests.Count);
        foreach (var request in handler.Requests)
        {
            Assert.DoesNotContain(request.Param("Signature")!, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(request.Param("Signature")!), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Exception_TransportFailure_MessageHasNoSecrets()
    {
        var time = new ObservedTimeProvider();
        var handler = new StubHttpHandler((_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused (127.0.0.1:9)")));
        var client = TestClients.Create(handler, time, TestClients.Options with { MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() => client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None));

        Assert.DoesNotContain(TestClients.AccessKeySecret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(handler.Requests[0].Param("Signature")!, error.ToString(), StringComparison.Ordinal);
    }
}
