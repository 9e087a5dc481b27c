using System.Runtime.ExceptionServices;
using System.Text.Json;
using Alicloud.Vpc.Client.Budget;
using Alicloud.Vpc.Client.Settings;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Resilience;
using Alicloud.Vpc.Client.Signing;
using Alicloud.Vpc.Client.Transport;
using Alicloud.Vpc.Client.Wire;
using Microsoft.Extensions.Logging;
using Polly;

namespace Alicloud.Vpc.Client;

/// <summary>
/// The VPC OpenAPI client: every call is signed afresh per attempt (new nonce and timestamp), spending the account's
/// call budget, retried on transient failures and bounded by the caller's CancellationToken. Remaining failures are
/// <see cref="AlibabaCloudException"/>s. Operations are in <c>VpcClient.*.cs</c>.
/// </summary>
public sealed partial class VpcClient : IVpcClient
{
    private readonly HttpClient _httpClient;
    private readonly VpcClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly AccessKeyCredentials _credentials;
    private readonly string? _defaultRegion;
    private readonly VpcEndpoint _endpoint;
    private readonly IRpcRequestSigner _signer;
    private readonly ResiliencePipeline<RpcResponse> _pipeline;
    private readonly ICallBudget _budget;

    internal VpcClient(
        HttpClient httpClient,
        ResolvedSettings settings,
        VpcClientOptions options,
        TimeProvider timeProvider,
        ILogger logger,
        ICallBudget budget)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(budget);
        options.Validate();
        if (string.IsNullOrEmpty(settings.AccessKeyId) || string.IsNullOrEmpty(settings.AccessKeySecret))
        {
            var missing = settings.Missing.Count > 0 ? string.Join(", ", settings.Missing.Select(m => m.Name)) : "accessKey, secretKey";
            throw new VpcClientConfigurationException("accessKey", $"The VPC client needs credentials; missing: {missing}.");
        }

        // Resolved settings were checked already; settings built by hand are checked here, before any header is made.
        CredentialText.Check("accessKey", "AccessKey ID", settings.AccessKeyId);
        CredentialText.Check("securityToken", "security token", settings.SecurityToken);
        _httpClient = httpClient;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _credentials = new AccessKeyCredentials(settings.AccessKeyId, settings.AccessKeySecret, settings.SecurityToken);
        _defaultRegion = settings.Region;
        _endpoint = new VpcEndpoint(settings.Endpoint);
        _signer = settings.SignatureVersion == VpcSignatureVersion.Acs3HmacSha256 ? new Acs3RequestSigner() : new RpcV1RequestSigner();
        _budget = budget;
        _pipeline = VpcResiliencePipeline.Build(options, budget, timeProvider, logger);
        VpcClientLog.ClientCreated(
            logger,
            _endpoint.Override?.ToString() ?? "the SDK's host for each region",
            settings.SignatureVersion,
            options.MaxRetries);
    }

    /// <summary>The region of the settings, for calls that name none of their own.</summary>
    internal string? DefaultRegion => _defaultRegion;

    /// <summary>
    /// Calls <paramref name="action"/> and maps the JSON answer; throws <see cref="AlibabaCloudException"/> on failure.
    /// Internal to the operations here and to the test kit's set-up calls.
    /// </summary>
    internal async Task<T> InvokeAsync<T>(string action, string? regionId, RpcParameters parameters, Func<JsonElement, T> map, CancellationToken cancellationToken)
    {
        var state = new AttemptState(action, regionId ?? "", _endpoint.For(regionId), parameters.Items);
        var context = ResilienceContextPool.Shared.Get(action, cancellationToken);
        context.Properties.Set(VpcResiliencePipeline.StateKey, state);
        Outcome<RpcResponse> outcome;
        try
        {
            outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, self) => await self.client.SendOnceAsync(self.state, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (client: this, state)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Exception is { } exception)
        {
            throw TranslateException(state, exception, cancellationToken);
        }

        var response = outcome.Result!;
        if (response.Error is { } error)
        {
            // A definite refusal after an attempt without a definite answer (e.g. IncorrectStatus after a timed-out
            // Connect) may only mean the earlier attempt did the work: the outcome stays unknown.
            var unknown = RetryClassifier.IsOutcomeUnknown(error.Code, response.HttpStatus) || state.MayHaveExecuted;
            throw Fail(state, error.Code, error.Message, response.HttpStatus, error.RequestId, unknown, null);
        }

        try
        {
            using var document = JsonDocument.Parse(response.Body);
            return map(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or UnexpectedResponseException)
        {
            // The server said yes but the answer is unreadable: the action may well have happened.
            throw Fail(state, AlibabaErrorCodes.UnexpectedResponse, ex.Message, response.HttpStatus, null, outcomeUnknown: true, ex);
        }
    }

    /// <summary>One attempt: fresh nonce and timestamp, sign, send, read. Exceptions become outcomes for the pipeline.</summary>
    private async ValueTask<Outcome<RpcResponse>> SendOnceAsync(AttemptState state, CancellationToken cancellationToken)
    {
        state.Attempts++;
        VpcClientLog.RequestSending(_logger, state.Action, state.RegionId, state.Attempts);
        var started = _timeProvider.GetTimestamp();
        var sentAt = _timeProvider.GetUtcNow();
        try
        {
            var call = new RpcCall(state.Endpoint, state.Action, state.Parameters, _credentials, sentAt, Guid.NewGuid().ToString());
            using var request = _signer.CreateRequest(call);
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            using var httpResponse = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var response = await RpcResponseReader.ReadAsync(httpResponse, cancellationToken).ConfigureAwait(false);
            state.LastResponse = response;
            var throttled = response.Error is { } refusal && ApiCodes.IsThrottling(refusal.Code);
            await _budget.OnAnswerAsync(state.Action, state.RegionId, sentAt, throttled, cancellationToken).ConfigureAwait(false);
            if (response.Error is { } error && RetryClassifier.IsOutcomeUnknown(error.Code, response.HttpStatus))
            {
                state.MayHaveExecuted = true;
            }

            VpcClientLog.RequestAnswered(
                _logger,
                state.Action,
                state.Attempts,
                response.HttpStatus,
                response.Error?.Code ?? "OK",
                response.Error?.RequestId,
                (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds);
            return Outcome.FromResult(response);
        }
        catch (Exception ex)
        {
            state.MayHaveExecuted = true;
            return Outcome.FromException<RpcResponse>(ex);
        }
    }

    private Exception TranslateException(AttemptState state, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            // The caller's deadline or cancellation: not ours to reinterpret.
            ExceptionDispatchInfo.Capture(exception).Throw();
        }

        if (RetryClassifier.IsTransportFailure(exception) || exception is OperationCanceledException)
        {
            var message = $"No answer from {state.Endpoint.Host}: {RetryClassifier.CodeOf(exception, null)} ({exception.GetType().Name}: {exception.Message})";
            // When the limiter refused every attempt nothing was sent.
            return Fail(state, AlibabaErrorCodes.TransportFailure, message, 0, null, state.MayHaveExecuted, exception);
        }

        ExceptionDispatchInfo.Capture(exception).Throw();
        return exception;
    }

    private AlibabaCloudException Fail(AttemptState state, string code, string message, int httpStatus, string? requestId, bool outcomeUnknown, Exception? inner)
    {
        if (outcomeUnknown)
        {
            VpcClientLog.RequestOutcomeUnknown(_logger, state.Action, code, httpStatus, requestId, state.Attempts);
        }
        else
        {
            VpcClientLog.RequestFailed(_logger, state.Action, code, httpStatus, requestId, state.Attempts);
        }

        return new AlibabaCloudException(state.Action, code, message, httpStatus, requestId, outcomeUnknown, inner);
    }
}
