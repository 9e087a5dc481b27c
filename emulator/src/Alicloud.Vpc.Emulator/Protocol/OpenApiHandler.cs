using Alicloud.Vpc.Emulator.Actions;
using Alicloud.Vpc.Emulator.Admin;
using Alicloud.Vpc.Emulator.Faults;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>
/// The OpenAPI pipeline for <c>/</c>: read → Action/Version → authenticate → throttle (per key, then per-API quota) → faults → dispatch, every
/// failure answered in the error envelope and every call recorded in the request log.
/// </summary>
internal sealed class OpenApiHandler(
    RequestAuthenticator authenticator,
    AccessKeyRateLimiter rateLimiter,
    ApiQuotas quotas,
    FaultInjector faults,
    ActionDispatcher dispatcher,
    RequestLog requestLog,
    TimeProvider timeProvider,
    ILogger<OpenApiHandler> logger)
{
    public const string ApiVersion = "2016-04-28";

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var requestId = State.IdGenerator.NewRequestId();
        var action = "";
        string? accessKeyId = null;
        IReadOnlyDictionary<string, string> parameters = new Dictionary<string, string>();
        try
        {
            var request = await ApiRequestReader.ReadAsync(context.Request, cancellationToken);
            parameters = request.Parameters;
            action = ResolveAction(request);
            var caller = authenticator.Authenticate(request);
            accessKeyId = caller.AccessKeyId;
            if (!rateLimiter.TryAcquire(caller.AccessKeyId) || !quotas.TryAcquire(caller.AccountId, parameters.GetValueOrDefault("RegionId"), action))
            {
                throw ApiErrors.ThrottlingUser();
            }

            if (faults.Decide(action, parameters) is { } fault)
            {
                if (fault.Latency > TimeSpan.Zero)
                {
                    await Task.Delay(fault.Latency, timeProvider, cancellationToken);
                }

                if (fault.DropConnection)
                {
                    ProtocolLog.ConnectionDropped(logger, action, requestId);
                    Record(requestId, action, accessKeyId, parameters, "ConnectionDropped", 0);
                    context.Abort();
                    return;
                }

                if (fault.Code is { } code)
                {
                    throw new ApiException(code, fault.HttpStatus, fault.Message);
                }
            }

            var body = dispatcher.Dispatch(new RequestContext(requestId, action, new ApiParameters(parameters), caller));
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = ApiJson.ContentType;
            Record(requestId, action, accessKeyId, parameters, null, StatusCodes.Status200OK);
            await context.Response.WriteAsync(body, cancellationToken);
        }
        catch (ApiException error)
        {
            await AnswerAsync(context, error, requestId, action, accessKeyId, parameters);
        }
        catch (BadHttpRequestException error)
        {
            var answer = ApiErrors.InvalidParameter("Body", error.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request is malformed.");
            await AnswerAsync(context, answer, requestId, action, accessKeyId, parameters);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception error) when (!context.Response.HasStarted)
        {
            ProtocolLog.UnhandledError(logger, error, action, requestId);
            await AnswerAsync(context, ApiErrors.InternalError(), requestId, action, accessKeyId, parameters);
        }
    }

    private string ResolveAction(ApiHttpRequest request)
    {
        var action = Signed(request, "x-acs-action", "Action");
        if (string.IsNullOrEmpty(action))
        {
            throw ApiErrors.MissingParameter("Action");
        }

        var version = Signed(request, "x-acs-version", "Version");
        if (string.IsNullOrEmpty(version))
        {
            throw ApiErrors.MissingParameter("Version");
        }

        if (version != ApiVersion)
        {
            throw ApiErrors.InvalidVersion();
        }

        return dispatcher.IsKnown(action) ? action : throw ApiErrors.InvalidActionNotFound();
    }

    /// <summary>v3 signs the x-acs header, v1 the parameter (v2-mode SDKs send both): prefer the signed one.</summary>
    private static string? Signed(ApiHttpRequest request, string header, string parameter)
    {
        var fromHeader = request.Header(header);
        var fromParameter = request.Parameters.GetValueOrDefault(parameter);
        return request.Header("authorization") is not null ? fromHeader ?? fromParameter : fromParameter ?? fromHeader;
    }

    private async Task AnswerAsync(HttpContext context, ApiException error, string requestId, string action, string? accessKeyId, IReadOnlyDictionary<string, string> parameters)
    {
        Record(requestId, action, accessKeyId, parameters, error.Code, error.HttpStatus);
        if (context.Response.HasStarted)
        {
            return;
        }

        await ErrorEnvelope.WriteAsync(context, error, requestId, CancellationToken.None);
    }

    private void Record(string requestId, string action, string? accessKeyId, IReadOnlyDictionary<string, string> parameters, string? code, int httpStatus)
    {
        requestLog.Add(timeProvider.GetUtcNow(), requestId, action, accessKeyId, parameters, code, httpStatus);
        ProtocolLog.RequestAnswered(logger, action, accessKeyId, httpStatus, code, requestId);
    }
}
