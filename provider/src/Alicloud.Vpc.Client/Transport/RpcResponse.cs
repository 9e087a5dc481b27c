namespace Alicloud.Vpc.Client.Transport;

/// <summary>One HTTP answer, read fully: status, body and, for 4xx/5xx, the parsed error envelope.</summary>
internal sealed class RpcResponse
{
    public RpcResponse(int httpStatus, byte[] body, RpcError? error, TimeSpan? retryAfter)
    {
        HttpStatus = httpStatus;
        Body = body;
        Error = error;
        RetryAfter = retryAfter;
    }

    public int HttpStatus { get; }

    public byte[] Body { get; }

    /// <summary>Set when the answer is an error (HTTP status outside 2xx).</summary>
    public RpcError? Error { get; }

    /// <summary>The server's <c>x-acs-retry-after</c> hint, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    public bool IsSuccess => Error is null;
}
