using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

internal static partial class RouterInterfaceLog
{
    [LoggerMessage(EventId = 4300, EventName = "Created", Level = LogLevel.Information,
        Message = "Created router interface {RouterInterfaceId} in {Region}")]
    public static partial void Created(this ILogger logger, string routerInterfaceId, string region);

    [LoggerMessage(EventId = 4301, EventName = "CreateIncomplete", Level = LogLevel.Warning,
        Message = "Router interface {RouterInterfaceId} was created but did not reach the desired state: {Reason}")]
    public static partial void CreateIncomplete(this ILogger logger, string routerInterfaceId, string reason);

    [LoggerMessage(EventId = 4302, EventName = "Connected", Level = LogLevel.Information,
        Message = "Connected {InitiatorId} with {AcceptorId}")]
    public static partial void Connected(this ILogger logger, string initiatorId, string acceptorId);

    [LoggerMessage(EventId = 4303, EventName = "ConnectRetrying", Level = LogLevel.Information,
        Message = "ConnectRouterInterface of {RouterInterfaceId} answered {ErrorCode}; retrying after a backoff")]
    public static partial void ConnectRetrying(this ILogger logger, string routerInterfaceId, string errorCode);

    [LoggerMessage(EventId = 4304, EventName = "Updated", Level = LogLevel.Information,
        Message = "Updated router interface {RouterInterfaceId}: {Changes}")]
    public static partial void Updated(this ILogger logger, string routerInterfaceId, string changes);

    [LoggerMessage(EventId = 4305, EventName = "ReadGone", Level = LogLevel.Information,
        Message = "Router interface {RouterInterfaceId} in {Region} no longer exists")]
    public static partial void ReadGone(this ILogger logger, string routerInterfaceId, string region);
}
