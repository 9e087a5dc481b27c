using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Provider.Configuration;

internal static partial class ConfigurationLog
{
    [LoggerMessage(EventId = 130, EventName = "RequestBudgetSet", Level = LogLevel.Information, Message = "API request budget: at most {Limit} calls per second")]
    public static partial void BudgetSet(ILogger logger, double limit);

    [LoggerMessage(EventId = 131, EventName = "RequestBudgetInvalid", Level = LogLevel.Warning,
        Message = "{Variable} must be a number between 0 (exclusive) and 10000; using {Default} calls per second")]
    public static partial void BudgetInvalid(ILogger logger, string variable, double @default);

    [LoggerMessage(EventId = 132, EventName = "ApiQuotaInvalid", Level = LogLevel.Warning,
        Message = "{Variable}: '{Item}' is not Action=calls/seconds or Action=off; ignored")]
    public static partial void QuotaInvalid(ILogger logger, string variable, string item);

    [LoggerMessage(EventId = 133, EventName = "ApiQuotasSet", Level = LogLevel.Debug,
        Message = "API quotas per region: {Quotas}; shared budget folder: {Directory}")]
    public static partial void QuotasSet(ILogger logger, string quotas, string directory);

    [LoggerMessage(EventId = 134, EventName = "CredentialSource", Level = LogLevel.Information,
        Message = "Credentials of {Account}: the AccessKey from {Source}")]
    public static partial void CredentialSource(ILogger logger, string account, string source);
}
