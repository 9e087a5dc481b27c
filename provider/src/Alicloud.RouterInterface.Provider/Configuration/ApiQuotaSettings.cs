using System.Globalization;
using Alicloud.Vpc.Client.Budget;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>
/// The per-API quotas and the shared budget's folder from the environment, over the account-wide quota
/// (<see cref="RequestBudget"/>):
/// <list type="bullet">
/// <item><see cref="QuotasVariable"/>: <c>Action=calls/seconds</c> items separated by commas (e.g.
/// <c>DeleteExpressConnect=30/60,DescribeRouterInterfaces=100/60</c>) over the documented defaults;
/// <c>Action=off</c> drops one. An invalid item is ignored with a warning that names it.</item>
/// <item><see cref="DirectoryVariable"/>: the folder where the plugin processes of this user share one budget per
/// AccessKey and endpoint; <c>off</c> keeps each process's budget its own. Default: <c>$XDG_RUNTIME_DIR/alicloud-routerinterface</c>,
/// else <c>$XDG_CACHE_HOME/alicloud-routerinterface</c>, else <c>~/.cache/alicloud-routerinterface</c>: folders
/// inside the user's own, never the shared temp folder, where another user could create the folder first.</item>
/// </list>
/// </summary>
internal static class ApiQuotaSettings
{
    public const string QuotasVariable = "ALICLOUD_ROUTERINTERFACE_API_QUOTAS";
    public const string DirectoryVariable = "ALICLOUD_ROUTERINTERFACE_BUDGET_DIR";
    private const string Off = "off";
    private const string FolderName = "alicloud-routerinterface";

    public static VpcQuotaOptions FromEnvironment(VpcQuotaOptions defaults, Func<string, string?> getEnvironmentVariable, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        var quotas = new Dictionary<string, QuotaRule>(defaults.PerApi, StringComparer.Ordinal);
        foreach (var item in (getEnvironmentVariable(QuotasVariable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParse(item, out var action, out var rule))
            {
                ConfigurationLog.QuotaInvalid(logger, QuotasVariable, item);
            }
            else if (rule is null)
            {
                quotas.Remove(action);
            }
            else
            {
                quotas[action] = rule;
            }
        }

        var directory = SharedDirectory(getEnvironmentVariable);
        ConfigurationLog.QuotasSet(logger, string.Join(", ", quotas.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{q.Key} {q.Value}")), directory ?? "(this process only)");
        return defaults with { PerApi = quotas, SharedDirectory = directory };
    }

    /// <summary><c>Action=calls/seconds</c>, or <c>Action=off</c> (rule null).</summary>
    public static bool TryParse(string item, out string action, out QuotaRule? rule)
    {
        rule = null;
        var parts = item.Split('=', 2, StringSplitOptions.TrimEntries);
        action = parts[0];
        if (parts.Length != 2 || action.Length == 0 || !action.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        if (string.Equals(parts[1], Off, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var figures = parts[1].Split('/', 2, StringSplitOptions.TrimEntries);
        if (figures.Length == 2
            && int.TryParse(figures[0], NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is > 0 and <= 1_000_000
            && double.TryParse(figures[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 86_400)
        {
            rule = new QuotaRule(limit, TimeSpan.FromSeconds(seconds));
            return true;
        }

        return false;
    }

    private static string? SharedDirectory(Func<string, string?> getEnvironmentVariable)
    {
        var configured = getEnvironmentVariable(DirectoryVariable)?.Trim();
        if (string.Equals(configured, Off, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrEmpty(configured))
        {
            return Path.GetFullPath(configured);
        }

        // The user's runtime folder is private (0700) and cleared at logout; the cache folder sits in the user's home.
        // Relative XDG paths are to be ignored (XDG Base Directory Specification). No home: a budget per process.
        foreach (var (variable, below) in new[] { ("XDG_RUNTIME_DIR", ""), ("XDG_CACHE_HOME", ""), ("HOME", ".cache") })
        {
            if (getEnvironmentVariable(variable) is { Length: > 0 } root && Path.IsPathFullyQualified(root))
            {
                return Path.Combine(root, below, FolderName);
            }
        }

        return null;
    }
}
