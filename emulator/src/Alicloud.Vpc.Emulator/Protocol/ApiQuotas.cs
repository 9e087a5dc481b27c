using System.Globalization;
using Alicloud.Vpc.Emulator.Behaviour;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>
/// Per-API quotas per main account and region (A8): at most N calls of one action in any 60 s, beyond that
/// 400 Throttling.User. DeactivateRouterInterface and DeleteRouterInterface have the documented 300; others are set
/// with --quota / PUT /_emulator/quotas; B9's three actions follow the unlistedQuota variant unless set explicitly.
/// Only under the strict rules. A sliding window log on the injected clock.
/// </summary>
internal sealed class ApiQuotas(EmulatorBehaviour behaviour, TimeProvider timeProvider)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    public static IReadOnlyDictionary<string, int> Documented { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["DeactivateRouterInterface"] = 300,
        ["DeleteRouterInterface"] = 300,
    };

    /// <summary>The actions of B9, whose quotas the quota pages do not give.</summary>
    public static IReadOnlyList<string> Unlisted { get; } = ["DescribeRouterInterfaces", "DescribeRouteEntryList", "DeleteExpressConnect"];

    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _limits = new(Documented, StringComparer.Ordinal);
    private readonly Dictionary<(string Account, string Region, string Action), Queue<DateTimeOffset>> _calls = [];

    public IReadOnlyDictionary<string, int> Snapshot()
    {
        lock (_lock)
        {
            return new SortedDictionary<string, int>(_limits, StringComparer.Ordinal);
        }
    }

    /// <summary>Validates all entries, then applies them (0 removes an action's quota).</summary>
    public void Apply(IReadOnlyDictionary<string, int> limits, IReadOnlyCollection<string> knownActions)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(knownActions);
        foreach (var (action, limit) in limits)
        {
            if (!knownActions.Contains(action))
            {
                throw new ArgumentException($"Unknown action '{action}' in the quotas.", nameof(limits));
            }

            if (limit is < 0 or > 1_000_000)
            {
                throw new ArgumentException($"Quota of '{action}' must be 0..1000000 calls per 60 s.", nameof(limits));
            }
        }

        lock (_lock)
        {
            foreach (var (action, limit) in limits)
            {
                _limits[action] = limit;
            }
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _calls.Clear();
        }
    }

    public bool TryAcquire(string accountId, string? regionId, string action)
    {
        var variants = behaviour.Current;
        if (!variants.StrictRules)
        {
            return true;
        }

        lock (_lock)
        {
            var limit = _limits.TryGetValue(action, out var set) ? set : Unlisted.Contains(action) ? variants.UnlistedQuota : 0;
            if (limit <= 0)
            {
                return true;
            }

            var now = timeProvider.GetUtcNow();
            var key = (accountId, regionId ?? "", action);
            if (!_calls.TryGetValue(key, out var calls))
            {
                calls = new Queue<DateTimeOffset>();
                _calls[key] = calls;
            }

            while (calls.Count > 0 && now - calls.Peek() >= Window)
            {
                calls.Dequeue();
            }

            if (calls.Count >= limit)
            {
                return false;
            }

            calls.Enqueue(now);
            return true;
        }
    }

    /// <summary>Parses the CLI form ACTION=CALLS.</summary>
    public static KeyValuePair<string, int> ParseAssignment(string assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var parts = assignment.Split('=', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var calls)
            ? new(parts[0], calls)
            : throw new FormatException($"Expected ACTION=CALLS (per 60 s), got '{assignment}'.");
    }
}
