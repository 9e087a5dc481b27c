using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Transport;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Alicloud.Vpc.Client.Resilience;

/// <summary>Which failures are worth another attempt, and which leave the outcome of the call unknown (from <see cref="ApiCodes"/>).</summary>
internal static class RetryClassifier
{
    public static bool IsTransient(RpcResponse response) =>
        response.Error is { } error && IsTransient(error.Code, response.HttpStatus);

    public static bool IsTransient(string code, int httpStatus) => ApiCodes.IsTransient(code, httpStatus);

    /// <summary>The server may have carried the request out: a 5xx that is not a definite refusal.</summary>
    public static bool IsOutcomeUnknown(string code, int httpStatus) => ApiCodes.LeavesOutcomeUnknown(code, httpStatus);

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
