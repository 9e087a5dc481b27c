using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

internal static partial class LifecycleLog
{
    [LoggerMessage(EventId = 4000, EventName = "StatusNotDelivered", Level = LogLevel.Debug,
        Message = "A status line for {Urn} could not be delivered ({ErrorType})")]
    public static partial void StatusNotDelivered(this ILogger logger, string urn, string errorType);

    [LoggerMessage(EventId = 4001, EventName = "WaitRetrying", Level = LogLevel.Information,
        Message = "Waiting on {Keys}: {ErrorCode} while polling; retrying after a backoff")]
    public static partial void WaitRetrying(this ILogger logger, string keys, string errorCode);
}
