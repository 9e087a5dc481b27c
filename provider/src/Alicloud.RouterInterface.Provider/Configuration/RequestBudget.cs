using System.Globalization;
using Alicloud.Vpc.Client;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>
/// The plugin's client-side API budget, shared by every call of the process: at most <c>limit</c> calls start in any
/// one-second window (the account's flow-control limit, from <see cref="Variable"/>, default 20). The client's limiter
/// admits Burst calls in any window of Burst / RequestsPerSecond seconds: Burst = the whole number of calls the limit
/// allows per second (at least 1), the window 10 % longer than that second (or than 1 / limit below one call a second)
/// so that jitter between our start and the server's arrival (measured up to ~50 ms on a loaded machine) never puts one
/// call too many in its second:
/// 20 → 20 calls per 1.1 s. The server's bucket (burst = limit) then never has to refuse.
/// </summary>
internal static class RequestBudget
{
    public const string Variable = "ALICLOUD_ROUTERINTERFACE_REQUESTS_PER_SECOND";
    public const double DefaultLimit = 20;
    private const double WindowMargin = 1.1;

    /// <summary>Client options whose limiter honours <paramref name="limit"/> calls per second in any window.</summary>
    public static VpcClientOptions Apply(VpcClientOptions options, double limit)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, 0);
        var burst = Math.Max(1, (int)Math.Floor(limit));
        var windowSeconds = Math.Max(1, burst / limit) * WindowMargin;
        return options with { RequestsPerSecond = burst / windowSeconds, Burst = burst };
    }

    /// <summary>The limit from <see cref="Variable"/> (unset or invalid: the default, with a warning for invalid).</summary>
    public static VpcClientOptions FromEnvironment(VpcClientOptions defaults, Func<string, string?> getEnvironmentVariable, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        var text = getEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Apply(defaults, DefaultLimit);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var limit) && limit is > 0 and <= 10_000)
        {
            ConfigurationLog.BudgetSet(logger, limit);
            return Apply(defaults, limit);
        }

        ConfigurationLog.BudgetInvalid(logger, Variable, DefaultLimit);
        return Apply(defaults, DefaultLimit);
    }
}
