using Grpc.Core;
using Microsoft.Extensions.Logging;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Protocol;

internal static partial class ProtocolLog
{
    [LoggerMessage(EventId = 100, EventName = "CallCompleted", Level = LogLevel.Debug, Message = "{Method} completed in {ElapsedMs:0} ms")]
    public static partial void CallCompleted(ILogger logger, string method, double elapsedMs);

    [LoggerMessage(EventId = 101, EventName = "CallFailed", Level = LogLevel.Information, Message = "{Method} failed with {Code}: {Detail}")]
    public static partial void CallFailed(ILogger logger, string method, StatusCode code, string detail);

    [LoggerMessage(EventId = 102, EventName = "UnexpectedFailure", Level = LogLevel.Error, Message = "{Method} failed unexpectedly")]
    public static partial void UnexpectedFailure(ILogger logger, string method, Exception exception);

    [LoggerMessage(EventId = 110, EventName = "EngineLogUnavailable", Level = LogLevel.Information, Message = "No engine address yet; {Severity} for '{Urn}': {Message}")]
    public static partial void EngineLogUnavailable(ILogger logger, LogSeverity severity, string urn, string message);

    [LoggerMessage(EventId = 111, EventName = "EngineLogFailed", Level = LogLevel.Warning, Message = "Engine.Log failed ({Error}); {Severity} for '{Urn}': {Message}")]
    public static partial void EngineLogFailed(ILogger logger, LogSeverity severity, string urn, string message, string error);

    [LoggerMessage(EventId = 120, EventName = "CancelRequested", Level = LogLevel.Information, Message = "Cancel received: cancelling every operation in flight")]
    public static partial void CancelRequested(ILogger logger);

    [LoggerMessage(EventId = 121, EventName = "Attached", Level = LogLevel.Information, Message = "Attached to the engine at {Address}")]
    public static partial void Attached(ILogger logger, string address);

    [LoggerMessage(EventId = 122, EventName = "Configured", Level = LogLevel.Information, Message = "Configured for region {Region}")]
    public static partial void Configured(ILogger logger, string region);
}
