using Microsoft.Extensions.Logging;

namespace Alicloud.Vpc.Client.Budget;

/// <summary>Warnings to the logger only (clients built without a plugin around them).</summary>
internal sealed class LoggedBudgetWarnings(ILogger logger) : IBudgetWarnings
{
    public ValueTask WarnAsync(string message, CancellationToken cancellationToken)
    {
        VpcClientLog.SharedBudgetUnavailable(logger, message);
        return ValueTask.CompletedTask;
    }
}
