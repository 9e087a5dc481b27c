namespace Alicloud.Vpc.Emulator.Faults;

/// <summary>Ordered fault rules; the first rule that matches (and wins its probability roll) fires. Seeded randomness.</summary>
internal sealed class FaultInjector(int? seed)
{
    private readonly Lock _lock = new();
    private readonly List<RuleSlot> _rules = [];
    private readonly Random _random = seed is { } value ? new Random(value) : new Random();

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_lock)
        {
            _rules.Add(new RuleSlot(rule, rule.Count));
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _rules.Clear();
        }
    }

    public IReadOnlyList<FaultRule> Snapshot()
    {
        lock (_lock)
        {
            return _rules.Select(slot => slot.Rule with { Count = slot.Remaining }).ToArray();
        }
    }

    public FaultDecision? Decide(string action, IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        lock (_lock)
        {
            foreach (var slot in _rules)
            {
                if (!Matches(slot.Rule, action, parameters))
                {
                    continue;
                }

                if (slot.Rule.Probability is { } probability && _random.NextDouble() >= probability)
                {
                    continue;
                }

                if (slot.Remaining is { } remaining)
                {
                    slot.Remaining = remaining - 1;
                    if (slot.Remaining == 0)
                    {
                        _rules.Remove(slot);
                    }
                }

                var rule = slot.Rule;
                return new FaultDecision(
                    TimeSpan.FromMilliseconds(rule.LatencyMs ?? 0),
                    rule.DropConnection,
                    rule.Code,
                    rule.HttpStatus ?? DefaultStatus(rule.Code),
                    rule.Message ?? $"Injected fault {rule.Code}.");
            }

            return null;
        }
    }

    /// <summary>The status the real API uses for well-known codes, so a rule may give just the code.</summary>
    public static int DefaultStatus(string? code) => code switch
    {
        null => 400,
        "InternalError" or "UnknownError" => 500,
        "ServiceUnavailable" => 503,
        _ when code.EndsWith(".NotFound", StringComparison.Ordinal) => 404,
        "IncorrectStatus.VSwitchOrRouteEntry" or "DependencyViolation.ClassicLinkEcsRouteEntry" => 404,
        _ => 400,
    };

    private static bool Matches(FaultRule rule, string action, IReadOnlyDictionary<string, string> parameters) =>
        (rule.Action is null or "*" || rule.Action == action)
        && (rule.RegionId is null || parameters.GetValueOrDefault("RegionId") == rule.RegionId)
        && (rule.ResourceId is null || parameters.Values.Contains(rule.ResourceId, StringComparer.Ordinal));

    private sealed class RuleSlot(FaultRule rule, int? remaining)
    {
        public FaultRule Rule { get; } = rule;

        public int? Remaining { get; set; } = remaining;
    }
}
