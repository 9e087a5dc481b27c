using Microsoft.Extensions.Logging;

namespace Alicloud.Vpc.Client;

/// <summary>Log events of the VPC client. Parameters, AccessKey secrets, tokens and signatures are never logged.</summary>
internal static partial class VpcClientLog
{
    [LoggerMessage(EventId = 3001, EventName = "VpcRequestSending", Level = LogLevel.Debug,
        Message = "Calling {Action} in {RegionId}, attempt {Attempt}")]
    public static partial void RequestSending(ILogger logger, string action, string regionId, int attempt);

    [LoggerMessage(EventId = 3002, EventName = "VpcRequestAnswered", Level = LogLevel.Debug,
        Message = "{Action} attempt {Attempt} answered HTTP {HttpStatus} {Code} (request {RequestId}) in {ElapsedMs} ms")]
    public static partial void RequestAnswered(ILogger logger, string action, int attempt, int httpStatus, string code, string? requestId, long elapsedMs);

    [LoggerMessage(EventId = 3003, EventName = "VpcRequestRetrying", Level = LogLevel.Information,
        Message = "{Action} attempt {Attempt} failed with {Code} (HTTP {HttpStatus}, request {RequestId}); retrying in {DelayMs} ms")]
    public static partial void RequestRetrying(ILogger logger, string action, int attempt, string code, int httpStatus, string? requestId, long delayMs);

    [LoggerMessage(EventId = 3004, EventName = "VpcRequestFailed", Level = LogLevel.Debug,
        Message = "{Action} failed with {Code} (HTTP {HttpStatus}, request {RequestId}) after {Attempts} attempt(s)")]
    public static partial void RequestFailed(ILogger logger, string action, string code, int httpStatus, string? requestId, int attempts);

    [LoggerMessage(EventId = 3005, EventName = "VpcRequestOutcomeUnknown", Level = LogLevel.Warning,
        Message = "{Action} gave no definite answer: {Code} (HTTP {HttpStatus}, request {RequestId}) after {Attempts} attempt(s)")]
    public static partial void RequestOutcomeUnknown(ILogger logger, string action, string code, int httpStatus, string? requestId, int attempts);

    [LoggerMessage(EventId = 3006, EventName = "VpcClientCreated", Level = LogLevel.Debug,
        Message = "VPC client for endpoint {Endpoint}, signature {SignatureVersion}, {MaxRetries} retries")]
    public static partial void ClientCreated(ILogger logger, string endpoint, VpcSignatureVersion signatureVersion, int maxRetries);

    [LoggerMessage(EventId = 3007, EventName = "VpcSendRateLowered", Level = LogLevel.Information,
        Message = "Throttling answer for {Key}: send rate lowered to {Rate:0.##} calls/s (measured {Measured:0.##} calls/s)")]
    public static partial void SendRateLowered(ILogger logger, string key, double rate, double measured);

    [LoggerMessage(EventId = 3008, EventName = "VpcSharedBudgetUnavailable", Level = LogLevel.Warning,
        Message = "{Warning}")]
    public static partial void SharedBudgetUnavailable(ILogger logger, string warning);
}
