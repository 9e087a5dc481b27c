using System.Globalization;
using Alicloud.Vpc.Client.Budget;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>
/// The account-wide quota of the plugin's calls: at most <c>limit</c> calls start in any one-second window (the
/// account's flow-control limit, from <see cref="Variable"/>, default 20). As a quota: the whole number of calls the
/// limit allows per second (at least 1) per a window 10 % longer than that second (or than 1 / limit below one call a
/// second), so that jitter between our start and the server's arrival (measured up to ~50 ms on a loaded machine)
/// never puts one call too many in its second: 20 → 20 calls per 1.1 s. The server's bucket (burst = limit) then
/// never has to refuse.
/// </summary>
internal static class RequestBudget
{
    public const string Variable = "ALICLOUD_ROUTERINTERFACE_REQUESTS_PER_SECOND";
    public const double DefaultLimit = 20;
    private const double WindowMargin = 1.1;

    /// <summary>The quota that honours <paramref name="limit"/> calls per second in any window.</summary>
    public static QuotaRule Apply(double limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, 0);
        var calls = Math.Max(1, (int)Math.Floor(limit));
        return new QuotaRule(calls, TimeSpan.FromSeconds(Math.Max(1, calls / limit) * WindowMargin));
    }

    /// <summary>The quota from <see cref="Variable"/> (unset or invalid: the default's, with a warning for invalid).</summary>
    public static QuotaRule FromEnvironment(Func<string, string?> getEnvironmentVariable, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        var text = getEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Apply(DefaultLimit);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var limit) && limit is > 0 and <= 10_000)
        {
            ConfigurationLog.BudgetSet(logger, limit);
            return Apply(limit);
        }

        ConfigurationLog.BudgetInvalid(logger, Variable, DefaultLimit);
        return Apply(DefaultLimit);
    }
}
