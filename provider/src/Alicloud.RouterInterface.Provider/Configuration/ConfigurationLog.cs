using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Provider.Configuration;

internal static partial class ConfigurationLog
{
    [LoggerMessage(EventId = 130, EventName = "RequestBudgetSet", Level = LogLevel.Information, Message = "API request budget: at most {Limit} calls per second")]
    public static partial void BudgetSet(ILogger logger, double limit);

    [LoggerMessage(EventId = 131, EventName = "RequestBudgetInvalid", Level = LogLevel.Warning,
        Message = "{Variable} must be a number between 0 (exclusive) and 10000; using {Default} calls per second")]
    public static partial void BudgetInvalid(ILogger logger, string variable, double @default);
}
