using Alicloud.RouterInterface.Resources.Lifecycle;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

internal static partial class DeleteLog
{
    [LoggerMessage(EventId = 4200, EventName = "DeleteStarted", Level = LogLevel.Information,
        Message = "Deleting {RouterInterfaceId} in {Region} (force {Force}, deadline {Timeout})")]
    public static partial void DeleteStarted(this ILogger logger, string routerInterfaceId, string region, bool force, TimeSpan timeout);

    [LoggerMessage(EventId = 4201, EventName = "DeleteDecided", Level = LogLevel.Debug,
        Message = "Delete of {RouterInterfaceId}: observed {Observation}, next {Action}")]
    public static partial void DeleteDecided(this ILogger logger, string routerInterfaceId, string observation, string action);

    [LoggerMessage(EventId = 4202, EventName = "Deactivated", Level = LogLevel.Information,
        Message = "Deactivation of {RouterInterfaceId} in {Region} accepted")]
    public static partial void Deactivated(this ILogger logger, string routerInterfaceId, string region);

    [LoggerMessage(EventId = 4203, EventName = "DeleteAccepted", Level = LogLevel.Information,
        Message = "DeleteExpressConnect of {RouterInterfaceId} in {Region} accepted (force {Force})")]
    public static partial void DeleteAccepted(this ILogger logger, string routerInterfaceId, string region, bool force);

    [LoggerMessage(EventId = 4204, EventName = "DeleteRefused", Level = LogLevel.Information,
        Message = "DeleteExpressConnect of {RouterInterfaceId} answered {ErrorCode}: {Handling}")]
    public static partial void DeleteRefused(this ILogger logger, string routerInterfaceId, string errorCode, string handling);

    [LoggerMessage(EventId = 4205, EventName = "TransientError", Level = LogLevel.Information,
        Message = "Delete of {RouterInterfaceId}: {Action} answered {ErrorCode}; retrying after a backoff")]
    public static partial void TransientError(this ILogger logger, string routerInterfaceId, string action, string errorCode);

    [LoggerMessage(EventId = 4206, EventName = "DeleteEnded", Level = LogLevel.Information,
        Message = "Delete of {RouterInterfaceId} ended: {Outcome}")]
    public static partial void DeleteEnded(this ILogger logger, string routerInterfaceId, string outcome);

    [LoggerMessage(EventId = 4207, EventName = "EndDeleteAccepted", Level = LogLevel.Information,
        Message = "DeleteRouterInterface of {RouterInterfaceId} in {Region} accepted (per end)")]
    public static partial void EndDeleteAccepted(this ILogger logger, string routerInterfaceId, string region);
}
