namespace Alicloud.Vpc.Client.Errors;

/// <summary>
/// A call to the Alibaba Cloud OpenAPI that failed for good (after the client's own retries).
/// Callers branch on <see cref="ErrorCode"/>, never on the message.
/// </summary>
public sealed class AlibabaCloudException : Exception
{
    public AlibabaCloudException(string action, string errorCode, string message, int httpStatus, string? requestId, bool outcomeUnknown = false, Exception? innerException = null)
        : base(Format(action, errorCode, Withheld(errorCode, message), httpStatus, requestId), innerException)
    {
        Action = action;
        ErrorCode = errorCode;
        ErrorMessage = Withheld(errorCode, message);
        HttpStatus = httpStatus;
        RequestId = requestId;
        IsOutcomeUnknown = outcomeUnknown;
    }

    /// <summary>The OpenAPI action, e.g. <c>DeleteExpressConnect</c>.</summary>
    public string Action { get; }

    /// <summary>The Alibaba error code, e.g. <c>IncorrectStatus.RouterInterface</c>; <see cref="AlibabaErrorCodes.TransportFailure"/> when no answer came.</summary>
    public string ErrorCode { get; }

    /// <summary>The server's message, as sent; withheld for authentication errors (<see cref="ApiCodes.HidesServerMessage"/>).</summary>
    public string ErrorMessage { get; }

    /// <summary>HTTP status of the answer; 0 when no answer came.</summary>
    public int HttpStatus { get; }

    public string? RequestId { get; }

    /// <summary>
    /// True when the server may have carried the request out: the last attempt or an earlier one got a 5xx, timed out or
    /// lost its connection (so a later definite refusal such as IncorrectStatus may stem from that earlier attempt).
    /// </summary>
    public bool IsOutcomeUnknown { get; }

    /// <summary>
    /// Authentication answers echo the gateway's string-to-sign, which under signature V2 holds the AccessKey ID and
    /// the STS token: such a message is never kept, so no log or exception chain can carry it.
    /// </summary>
    private static string Withheld(string code, string message) =>
        ApiCodes.HidesServerMessage(code) ? "(the server's message is withheld: it echoes the signed request)" : message;

    private static string Format(string action, string code, string message, int status, string? requestId) =>
        requestId is null
            ? $"{action} failed: {code} (HTTP {status}): {message}"
            : $"{action} failed: {code} (HTTP {status}): {message} [RequestId {requestId}]";
}
