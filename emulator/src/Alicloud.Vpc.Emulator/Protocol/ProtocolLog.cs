using Microsoft.Extensions.Logging;

namespace Alicloud.Vpc.Emulator.Protocol;

internal static partial class ProtocolLog
{
    [LoggerMessage(EventId = 100, EventName = "RequestAnswered", Level = LogLevel.Debug, Message = "{Action} by {AccessKeyId} -> {HttpStatus} {Code} ({RequestId})")]
    public static partial void RequestAnswered(ILogger logger, string action, string? accessKeyId, int httpStatus, string? code, string requestId);

    [LoggerMessage(EventId = 101, EventName = "UnhandledError", Level = LogLevel.Error, Message = "Unhandled error in {Action} ({RequestId}); answered InternalError")]
    public static partial void UnhandledError(ILogger logger, Exception exception, string action, string requestId);

    [LoggerMessage(EventId = 102, EventName = "ConnectionDropped", Level = LogLevel.Information, Message = "Fault rule dropped the connection of {Action} ({RequestId})")]
    public static partial void ConnectionDropped(ILogger logger, string action, string requestId);
}
