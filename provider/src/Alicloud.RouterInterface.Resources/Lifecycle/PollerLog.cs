using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

internal static partial class PollerLog
{
    [LoggerMessage(EventId = 4100, EventName = "StatusPolled", Level = LogLevel.Debug,
        Message = "Polled {Region}: {Requested} interfaces asked, {Found} found, {Waiters} waiters served")]
    public static partial void Polled(this ILogger logger, string region, int requested, int found, int waiters);

    [LoggerMessage(EventId = 4101, EventName = "StatusPollFailed", Level = LogLevel.Warning,
        Message = "Polling {Region} for {Requested} interfaces failed ({ErrorType}); the waiters decide whether to retry")]
    public static partial void PollFailed(this ILogger logger, string region, int requested, string errorType);
}
