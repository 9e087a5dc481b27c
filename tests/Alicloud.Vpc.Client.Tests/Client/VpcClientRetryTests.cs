using System.Net;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Tests.Support;
using Polly.Timeout;

namespace Alicloud.Vpc.Client.Tests.Client;

public sealed class VpcClientRetryTests
{
    private readonly ObservedTimeProvider _time = new();

    private static bool NotAttemptTimeout(TimeSpan due) => due != TestClients.Options.AttemptTimeout;

    [Fact]
    public async Task Call_ThrottlingThenSuccess_RetriesOnceWithFreshNonceAndTimestamp()
    {
        var handler = StubHttpHandler.Sequence(
            () => StubHttpHandler.Error(HttpStatusCode.BadRequest, "Throttling.User"),
            () => StubHttpHandler.Ok());
        var client = TestClients.Create(handler, _time);

        await _time.RunAsync(client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None), NotAttemptTimeout);

        Assert.Equal(2, handler.Requests.Count);
        Assert.NotEqual(handler.Requests[0].Param("SignatureNonce"), handler.Requests[1].Param("SignatureNonce"));
        Assert.NotEqual(handler.Requests[0].Param("Timestamp"), handler.Requests[1].Param("Timestamp"));
        Assert.NotEqual(handler.Requests[0].Param("Signature"), handler.Requests[1].Param("Signature"));
        Assert.Contains(TestClients.Options.BaseDelay, _time.DueTimes);
    }

    [Fact]
    public async Task Call_DefiniteClientError_IsNotRetried()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Error(HttpStatusCode.BadRequest, "IncorrectStatus.RouterInterface", "RID-400"));
        var client = TestClients.Create(handler, _time);

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() =>
            _time.RunAsync(client.DeleteExpressConnectAsync("cn-hangzhou", "ri-1", force: false, "tok", CancellationToken.None), NotAttemptTimeout));

        Assert.Single(handler.Requests);
        Assert.Equal("DeleteExpressConnect", error.Action);
        Assert.Equal(AlibabaErrorCodes.IncorrectStatusRouterInterface, error.ErrorCode);
        Assert.Equal("message of IncorrectStatus.RouterInterface", error.ErrorMessage);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal("RID-400", error.RequestId);
        Assert.False(error.IsOutcomeUnknown);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable")]
    [InlineData(HttpStatusCode.InternalServerError, "InternalError")]
    [InlineData(HttpStatusCode.BadGateway, "SomethingElse")]
    [InlineData(HttpStatusCode.BadRequest, "Throttling")]
    [InlineData(HttpStatusCode.BadRequest, "Throttling.Api")]
    public async Task Call_TransientErrorEveryTime_StopsAfterMaxRetriesFromOptions(HttpStatusCode status, string code)
    {
        var options = TestClients.Options with { MaxRetries = 2 };
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Error(status, code));
        var client = TestClients.Create(handler, _time, options);

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() =>
            _time.RunAsync(client.ActivateRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None), NotAttemptTimeout));

        Assert.Equal(options.MaxRetries + 1, handler.Requests.Count);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal((int)status, error.HttpStatus);
        Assert.Equal((int)status >= 500, error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task Call_ExponentialBackoff_UsesBaseAndMaxDelayFromOptions()
    {
        var options = TestClients.Options with { MaxRetries = 5, BaseDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(10) };
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Error(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable"));
        var client = TestClients.Create(handler, _time, options);

        await Assert.ThrowsAsync<AlibabaCloudException>(() =>
            _time.RunAsync(client.ActivateRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None), NotAttemptTimeout));

        var delays = _time.DueTimes.Where(NotAttemptTimeout).ToList();
        Assert.Equal([2, 4, 8, 10, 10], delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task Call_ServerRetryAfterHeader_IsHonouredInsteadOfBackoff()
    {
        var handler = StubHttpHandler.Sequence(
            () =>
            {
                var response = StubHttpHandler.Error(HttpStatusCode.BadRequest, "Throttling.User");
                response.Headers.TryAddWithoutValidation("x-acs-retry-after", "3500");
                return response;
            },
            () => StubHttpHandler.Ok());
        var client = TestClients.Create(handler, _time);

        await _time.RunAsync(client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None), NotAttemptTimeout);

        Assert.Equal([TimeSpan.FromMilliseconds(3500)], _time.DueTimes.Where(NotAttemptTimeout));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Call_RetryAfterAboveMaxDelay_IsCapped()
    {
        var handler = StubHttpHandler.Sequence(
            () =>
            {
                var response = StubHttpHandler.Error(HttpStatusCode.BadRequest, "Throttling.User");
                response.Headers.TryAddWithoutValidation("x-acs-retry-after", "3600000");
                return response;
            },
            () => StubHttpHandler.Ok());
        var client = TestClients.Create(handler, _time);

        await _time.RunAsync(client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None), NotAttemptTimeout);

        Assert.Equal([TestClients.Options.MaxDelay], _time.DueTimes.Where(NotAttemptTimeout));
    }

    [Fact]
    public async Task Call_ConnectionRefusedEveryTime_BecomesTransportFailureWithUnknownOutcome()
    {
        var handler = new StubHttpHandler((_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused")));
        var client = TestClients.Create(handler, _time);

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() =>
            _time.RunAsync(client.DeleteRouterInterfaceAsync("cn-hangzhou", "ri-1", "tok", CancellationToken.None), NotAttemptTimeout));

        Assert.Equal(TestClients.Options.MaxRetries + 1, handler.Requests.Count);
        Assert.Equal(AlibabaErrorCodes.TransportFailure, error.ErrorCode);
        Assert.Equal(0, error.HttpStatus);
        Assert.True(error.IsOutcomeUnknown);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Call_TransportFailureThenSuccess_Succeeds()
    {
        var calls = 0;
        var handler = new StubHttpHandler((_, _) => Interlocked.Increment(ref calls) == 1
            ? Task.FromException<HttpResponseMessage>(new IOException("reset"))
            : Task.FromResult(StubHttpHandler.Ok()));
        var client = TestClients.Create(handler, _time);

        await _time.RunAsync(client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None), NotAttemptTimeout);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Call_ServerNeverAnswers_AttemptTimeoutFromOptionsThenTransportFailure()
    {
        var options = TestClients.Options with { MaxRetries = 1, AttemptTimeout = TimeSpan.FromSeconds(7) };
        var handler = new StubHttpHandler(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return StubHttpHandler.Ok();
        });
        var client = TestClients.Create(handler, _time, options);

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() =>
            _time.RunAsync(client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None), _ => true));

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(AlibabaErrorCodes.TransportFailure, error.ErrorCode);
        Assert.True(error.IsOutcomeUnknown);
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
        Assert.Equal(2, _time.DueTimes.Count(d => d == options.AttemptTimeout));
    }

    [Fact]
    public async Task Call_CallerCancelsDuringBackoff_ThrowsOperationCanceledWithoutMoreAttempts()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Error(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable"));
        var client = TestClients.Create(handler, _time);
        using var caller = new CancellationTokenSource();

        var call = client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", caller.Token);
        await _time.RunAsync(
            call.ContinueWith(_ => true, TaskScheduler.Default),
            due =>
            {
                if (NotAttemptTimeout(due))
                {
                    caller.Cancel(); // the deadline hits while the first backoff is pending
                }

                return false;
            });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Call_PrepaidRefusalWith500_IsDefiniteAndNotRetried()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Error(HttpStatusCode.InternalServerError, AlibabaErrorCodes.PrepaidChargeType));
        var client = TestClients.Create(handler, _time);

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() =>
            _time.RunAsync(client.DeleteRouterInterfaceAsync("cn-hangzhou", "ri-1", "tok", CancellationToken.None), NotAttemptTimeout));

        Assert.Single(handler.Requests);
        Assert.False(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task Call_MaxRetriesZero_MakesOneAttempt()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Error(HttpStatusCode.BadRequest, "Throttling.User"));
        var client = TestClients.Create(handler, _time, TestClients.Options with { MaxRetries = 0 });

        await Assert.ThrowsAsync<AlibabaCloudException>(() =>
            _time.RunAsync(client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None), NotAttemptTimeout));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Call_SuccessWithGarbageBody_IsUnexpectedResponseWithUnknownOutcome()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.Json(HttpStatusCode.OK, "<xml/>"));
        var client = TestClients.Create(handler, _time);

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() =>
            _time.RunAsync(client.CreateRouteEntryAsync(
                new() { RegionId = "cn-hangzhou", RouteTableId = "vtb-1", DestinationCidrBlock = "10.0.0.0/24", NextHopType = "RouterInterface", NextHopId = "ri-1" },
                CancellationToken.None), NotAttemptTimeout));

        Assert.Equal(AlibabaErrorCodes.UnexpectedResponse, error.ErrorCode);
        Assert.True(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task Call_ServerErrorThenDefiniteRefusal_OutcomeStaysUnknown()
    {
        var handler = StubHttpHandler.Sequence(
            () => StubHttpHandler.Error(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable"),
            () => StubHttpHandler.Error(HttpStatusCode.BadRequest, "IncorrectStatus"));
        var client = TestClients.Create(handler, _time);

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() =>
            _time.RunAsync(client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None), NotAttemptTimeout));

        Assert.Equal(("IncorrectStatus", 400), (error.ErrorCode, error.HttpStatus));
        Assert.True(error.IsOutcomeUnknown); // the first attempt may have connected it
    }

    [Fact]
    public async Task Call_ThrottledThenDefiniteRefusal_OutcomeKnown()
    {
        var handler = StubHttpHandler.Sequence(
            () => StubHttpHandler.Error(HttpStatusCode.BadRequest, "Throttling.User"),
            () => StubHttpHandler.Error(HttpStatusCode.BadRequest, "IncorrectStatus"));
        var client = TestClients.Create(handler, _time);

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() =>
            _time.RunAsync(client.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-1", CancellationToken.None), NotAttemptTimeout));

        Assert.False(error.IsOutcomeUnknown);
    }
}
