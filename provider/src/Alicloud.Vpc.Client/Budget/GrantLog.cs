using System.Globalization;
using System.Text;

namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The grants of the last windows per key, in Unix milliseconds (wall clock, so that processes can share them), and
/// the decision whether one more call fits. Its text form is what the shared file holds: nothing but key names
/// (actions, regions, "*") and times; entries older than their key's longest window are dropped, and what
/// <see cref="GrantLogLimits"/> allows is all it keeps, whatever it read.
/// </summary>
internal sealed class GrantLog(GrantLogLimits limits)
{
    private const string Header = "alicloud-vpc-grants v1";
    private readonly Dictionary<string, KeyLog> _keys = new(StringComparer.Ordinal);

    /// <summary>False when <see cref="Parse"/> met text that is not a grant log (then it started afresh).</summary>
    public bool WasWellFormed { get; private set; } = true;

    public GrantDecision TryTake(BudgetRequest request, long nowMs)
    {
        var wait = 0L;
        var logs = new KeyLog[request.Keys.Length];
        for (var i = 0; i < logs.Length; i++)
        {
            logs[i] = Log(request.Keys[i]);
            logs[i].DropAfter(nowMs + limits.SkewMs); // a clock stepped back must not leave grants that never age out
        }

        foreach (var window in request.Windows)
        {
            var log = logs[window.KeyIndex];
            log.Horizon = Math.Min(Math.Max(log.Horizon, window.WindowMs), limits.MaxHorizonMs);
            wait = Math.Max(wait, log.FreeIn(window.Limit, window.WindowMs, nowMs));
        }

        if (wait > 0)
        {
            return GrantDecision.Later(TimeSpan.FromMilliseconds(wait));
        }

        var recent = new int[logs.Length];
        for (var i = 0; i < logs.Length; i++)
        {
            logs[i].Add(nowMs, limits.MaxEntriesPerKey);
            recent[i] = logs[i].CountSince(nowMs - request.MeasureMs);
        }

        return new GrantDecision(true, TimeSpan.Zero, recent);
    }

    /// <summary>Grants of <paramref name="key"/> after <paramref name="sinceMs"/>.</summary>
    public int CountSince(string key, long sinceMs) => _keys.TryGetValue(key, out var log) ? log.CountSince(sinceMs) : 0;

    public string Serialize(long nowMs)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (key, log) in _keys)
        {
            log.Prune(nowMs);
            if (log.Grants.Count == 0)
            {
                continue;
            }

            text.Append(key).Append('\t').Append(log.Horizon.ToString(CultureInfo.InvariantCulture)).Append('\t');
            text.AppendJoin(',', log.Grants.Select(g => g.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Reads <see cref="Serialize"/>'s form. A damaged line (a writer that died mid-write) is skipped: the budget then
    /// forgets at most one window of grants, which throttling answers and the adaptation make up for. Other text is
    /// no log (<see cref="WasWellFormed"/> false). Grants after <paramref name="nowMs"/> plus the skew are dropped and
    /// horizons capped (<see cref="GrantLogLimits"/>).
    /// </summary>
    public static GrantLog Parse(string text, GrantLogLimits limits, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        var log = new GrantLog(limits);
        var lines = text.Split('\n');
        if (lines[0] != Header)
        {
            log.WasWellFormed = text.Length == 0;
            return log;
        }

        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[0].Length == 0
                || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var horizon))
            {
                continue;
            }

            var grants = new List<long>();
            foreach (var item in fields[2].Split(','))
            {
                if (long.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var grant) && grant <= nowMs + limits.SkewMs)
                {
                    grants.Add(grant);
                }
            }

            grants.Sort();
            if (grants.Count > limits.MaxEntriesPerKey)
            {
                grants.RemoveRange(0, grants.Count - limits.MaxEntriesPerKey);
            }

            log._keys[fields[0]] = new KeyLog { Horizon = Math.Min(horizon, limits.MaxHorizonMs), Grants = grants };
        }

        return log;
    }

    private KeyLog Log(string key)
    {
        if (!_keys.TryGetValue(key, out var log))
        {
            _keys[key] = log = new KeyLog();
        }

        return log;
    }

    private sealed class KeyLog
    {
        public long Horizon { get; set; }

        /// <summary>Ascending.</summary>
        public List<long> Grants { get; init; } = [];

        public void Add(long nowMs, int maxEntries)
        {
            // Later entries (within the skew) stay in place and count as inside every window until they age out.
            var at = Grants.Count;
            while (at > 0 && Grants[at - 1] > nowMs)
            {
                at--;
            }

            Grants.Insert(at, nowMs);
            if (Grants.Count > maxEntries)
            {
                Grants.RemoveRange(0, Grants.Count - maxEntries);
            }
        }

        public void DropAfter(long latestMs)
        {
            var keep = Grants.Count;
            while (keep > 0 && Grants[keep - 1] > latestMs)
            {
                keep--;
            }

            Grants.RemoveRange(keep, Grants.Count - keep);
        }

        public void Prune(long nowMs)
        {
            var old = 0;
            while (old < Grants.Count && Grants[old] <= nowMs - Horizon)
            {
                old++;
            }

            Grants.RemoveRange(0, old);
        }

        public int CountSince(long sinceMs)
        {
            var count = 0;
            for (var i = Grants.Count - 1; i >= 0 && Grants[i] > sinceMs; i--)
            {
                count++;
            }

            return count;
        }

        /// <summary>0 when the window has room; otherwise milliseconds until enough of its grants have left it.</summary>
        public long FreeIn(int limit, long windowMs, long nowMs)
        {
            var inWindow = CountSince(nowMs - windowMs);
            if (inWindow < limit)
            {
                return 0;
            }

            // The (inWindow - limit + 1)-th oldest grant inside the window must leave it.
            var leaving = Grants[Grants.Count - inWindow + (inWindow - limit)];
            return Math.Clamp(leaving + windowMs - nowMs, 1, windowMs);
        }
    }
}
