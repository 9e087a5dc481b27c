namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// What a grant log may hold, from the configuration, so that no content (a damaged or hostile file, a clock stepped
/// back) can make a call wait longer than the configuration itself would: grants later than now plus
/// <see cref="SkewMs"/> are dropped, no key looks further back than <see cref="MaxHorizonMs"/> (the longest window
/// configured), and no key keeps more than <see cref="MaxEntriesPerKey"/> grants (the largest limit configured: a
/// window never needs more of its newest grants to decide).
/// </summary>
internal sealed record GrantLogLimits(long MaxHorizonMs, int MaxEntriesPerKey, long SkewMs)
{
    /// <summary>Clocks of processes on one machine agree; this only absorbs the time between reading the clock and the file.</summary>
    public const long DefaultSkewMs = 1_000;

    /// <summary>Far more than any configuration writes (a few keys of at most a few hundred grants): a larger file is started afresh.</summary>
    public const long MaxFileBytes = 1 << 20;

    public static GrantLogLimits For(QuotaRule account, VpcQuotaOptions options)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(options);
        var horizon = Math.Max(account.Window.TotalMilliseconds, options.MeasureWindow.TotalMilliseconds);
        var entries = account.Limit;
        foreach (var rule in options.PerApi.Values)
        {
            horizon = Math.Max(horizon, (rule.Window + options.WindowMargin).TotalMilliseconds);
            entries = Math.Max(entries, rule.Limit);
        }

        // An adapted rate r becomes a window of max(1, ⌊r⌋)/r s, at most 1/MinRate s (VpcCallBudget.AddAdapted).
        horizon = Math.Max(horizon, 1000 / options.MinRate);
        return new GrantLogLimits((long)Math.Ceiling(horizon), entries, DefaultSkewMs);
    }
}
