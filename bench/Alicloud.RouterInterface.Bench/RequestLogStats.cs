using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Bench;

/// <summary>What the emulator's request log says about one measured phase.</summary>
public sealed record RequestLogStats(
    int Total,
    IReadOnlyDictionary<string, int> ByAction,
    int ThrottlingAnswers,
    int MaxInAnySecond,
    DateTimeOffset? First,
    DateTimeOffset? Last)
{
    public static RequestLogStats From(IEnumerable<EmulatorRequestRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.OrderBy(r => r.Time).ToList();
        var byAction = list.GroupBy(r => r.Action, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var throttled = list.Count(r => r.Code is { } code && code.Contains("Throttling", StringComparison.OrdinalIgnoreCase));
        return new RequestLogStats(list.Count, byAction, throttled, MaxInWindow(list.Select(r => r.Time).ToList(), TimeSpan.FromSeconds(1)),
            list.Count == 0 ? null : list[0].Time, list.Count == 0 ? null : list[^1].Time);
    }

    /// <summary>The most requests in any window of length <paramref name="window"/> (two pointers over sorted times; a window is half-open).</summary>
    public static int MaxInWindow(IReadOnlyList<DateTimeOffset> sortedTimes, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(sortedTimes);
        var best = 0;
        var start = 0;
        for (var end = 0; end < sortedTimes.Count; end++)
        {
            while (sortedTimes[end] - sortedTimes[start] >= window)
            {
                start++;
            }

            best = Math.Max(best, end - start + 1);
        }

        return best;
    }

    /// <summary>Calls per pair by action (rounded to 0.01).</summary>
    public IReadOnlyDictionary<string, double> PerPair(int pairs) =>
        ByAction.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value / (double)pairs, 2), StringComparer.Ordinal);
}
