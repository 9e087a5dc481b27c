using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Transport;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Alicloud.Vpc.Client.Resilience;

/// <summary>Which failures are worth another attempt, and which leave the outcome of the call unknown.</summary>
internal static class RetryClassifier
{
    private const int TooManyRequests = 429;
    private const int FirstServerError = 500;

    /// <summary>5xx answers that are definite refusals, not server trouble (older docs list the prepaid refusal as 500).</summary>
    private static readonly HashSet<string> s_definiteServerErrors = new(StringComparer.Ordinal)
    {
        AlibabaErrorCodes.PrepaidChargeType,
        AlibabaErrorCodes.PrepaidOppositeChargeType,
    };

    public static bool IsTransient(RpcResponse response) =>
        response.Error is { } error && IsTransient(error.Code, response.HttpStatus);

    public static bool IsTransient(string code, int httpStatus) =>
        AlibabaErrorCodes.IsThrottling(code)
        || code is AlibabaErrorCodes.ServiceUnavailable or AlibabaErrorCodes.InternalError
        || httpStatus == TooManyRequests
        || (httpStatus >= FirstServerError && !s_definiteServerErrors.Contains(code));

    /// <summary>The server may have carried the request out: a 5xx that is not a definite refusal.</summary>
    public static bool IsOutcomeUnknown(string code, int httpStatus) =>
        httpStatus >= FirstServerError && !s_definiteServerErrors.Contains(code);

    /// <summary>No (usable) answer: connection refused or dropped, attempt timeout, no rate-limit token.</summary>
    public static bool IsTransportFailure(Exception exception) =>
        exception is HttpRequestException or IOException or TimeoutRejectedException or RateLimiterRejectedException;

    public static TimeSpan? RetryAfter(Exception? exception, RpcResponse? response) => exception switch
    {
        RateLimiterRejectedException rejected => rejected.RetryAfter,
        null => response?.RetryAfter,
        _ => null,
    };

    /// <summary>For logging: a code for any outcome.</summary>
    public static string CodeOf(Exception? exception, RpcResponse? response) => exception switch
    {
        null => response?.Error?.Code ?? "",
        TimeoutRejectedException => AlibabaErrorCodes.TransportFailure + ".Timeout",
        RateLimiterRejectedException => AlibabaErrorCodes.TransportFailure + ".RateLimited",
        _ => AlibabaErrorCodes.TransportFailure,
    };

}
