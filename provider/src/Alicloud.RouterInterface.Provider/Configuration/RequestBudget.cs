using System.Globalization;
using Alicloud.Vpc.Client;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>
/// The plugin's client-side API budget, shared by every call of the process: at most <c>limit</c> calls start in any
/// one-second window (the account's flow-control limit, from <see cref="Variable"/>, default 20). A token bucket with
/// burst b and refill r never starts more than b + r calls in a second, so it gets a small burst (5 %, at least 1) and
/// the rest as refill, less 5 % for timer jitter: 20 → burst 1, 18.05 per second. The server's bucket (burst = limit)
/// then never has to refuse.
/// </summary>
internal static class RequestBudget
{
    public const string Variable = "ALICLOUD_ROUTERINTERFACE_REQUESTS_PER_SECOND";
    public const double DefaultLimit = 20;
    private const double BurstShare = 0.05;

    /// <summary>Client options whose limiter honours <paramref name="limit"/> calls per second in any window.</summary>
    public static VpcClientOptions Apply(VpcClientOptions options, double limit)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, 0);
        var burst = Math.Max(1, (int)Math.Floor(limit * BurstShare));
        // 5 % below the rest: the bucket's refill timer may fire late and then early, which must not add a call
        var refill = limit > burst ? (limit - burst) * 0.95 : limit / 2;
        return options with { RequestsPerSecond = refill, Burst = burst };
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
