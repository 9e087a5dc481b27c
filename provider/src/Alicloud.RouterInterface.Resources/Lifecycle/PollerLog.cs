using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

internal static partial class PollerLog
{
    [LoggerMessage(EventId = 4100, EventName = "StatusPolled", Level = LogLevel.Debug,
        Message = "Polled {Region}: {Requested} interfaces asked, {Found} found, {Waiters} looks served, {Calls} calls")]
    public static partial void Polled(this ILogger logger, string region, int requested, int found, int waiters, int calls);

    [LoggerMessage(EventId = 4101, EventName = "StatusPollFailed", Level = LogLevel.Warning,
        Message = "Polling {Region} for {Requested} interfaces failed ({ErrorType}); the waiters decide whether to retry")]
    public static partial void PollFailed(this ILogger logger, string region, int requested, string errorType);

    [LoggerMessage(EventId = 4102, EventName = "FilterTruncated", Level = LogLevel.Warning,
        Message = "DescribeRouterInterfaces in {Region} left out {Id}, which a look for it alone found: the API honours fewer IDs per filter; sending at most {IdsPerCall} per call from now on")]
    public static partial void FilterTruncated(this ILogger logger, string region, string id, int idsPerCall);
}
