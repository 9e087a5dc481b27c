namespace Alicloud.Vpc.Emulator.Behaviour;

/// <summary>
/// The variants in force (CLI --profile/--variant, PUT /_emulator/variants). Thread-safe: a request takes one
/// snapshot and sees it throughout; a change applies to requests that start afterwards.
/// </summary>
internal sealed class EmulatorBehaviour
{
    private readonly Lock _lock = new();
    private ApiVariants _current = ApiVariants.Strict;
    private string _profile = "strict";
    private int? _seed;
    private long _busyCodeTurn;

    public ApiVariants Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    public (string Profile, int? Seed, ApiVariants Variants) Snapshot()
    {
        lock (_lock)
        {
            return (_profile, _seed, _current);
        }
    }

    /// <summary>Validates everything first: a bad profile, name or value changes nothing.</summary>
    public void Apply(string? profile, int? seed, IReadOnlyDictionary<string, string>? overrides)
    {
        var normalized = Normalize(overrides ?? new Dictionary<string, string>());
        if (string.Equals(profile, "random", StringComparison.OrdinalIgnoreCase))
        {
            seed ??= Random.Shared.Next(); // reported, so any run can be replayed
        }

        var baseline = profile is null ? null : Profile(profile, seed);
        lock (_lock)
        {
            if (baseline is not null)
            {
                _current = baseline;
                _profile = profile!.ToLowerInvariant();
                _seed = _profile == "random" ? seed : null;
            }

            _current = _current.With(normalized);
        }
    }

    /// <summary>The next code of a rotation (B8 any-a3), so consecutive answers walk through the list.</summary>
    public long NextBusyTurn() => Interlocked.Increment(ref _busyCodeTurn) - 1;

    public static ApiVariants Profile(string profile, int? seed)
    {
        ArgumentNullException.ThrowIfNull(profile);
        switch (profile.ToLowerInvariant())
        {
            case "strict":
                return ApiVariants.Strict;
            case "lenient":
                return ApiVariants.Lenient;
            case "random":
                var random = seed is { } value ? new Random(value) : new Random();
                return new ApiVariants(VariantCatalog.All.ToDictionary(
                    d => d.Name, d => d.RandomPicks[random.Next(d.RandomPicks.Count)], StringComparer.Ordinal));
            default:
                throw new ArgumentException($"Unknown profile '{profile}'. Known: {string.Join(", ", VariantCatalog.Profiles)}.", nameof(profile));
        }
    }

    public static Dictionary<string, string> Normalize(IReadOnlyDictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in overrides)
        {
            var definition = VariantCatalog.Find(name)
                ?? throw new ArgumentException($"Unknown variant '{name}'. Known: {string.Join(", ", VariantCatalog.All.Select(d => d.Name))}.", nameof(overrides));
            result[definition.Name] = definition.Normalize(value)
                ?? throw new ArgumentException($"Variant '{definition.Name}' takes {definition.Allowed}, not '{value}'.", nameof(overrides));
        }

        return result;
    }

    /// <summary>Parses the CLI form NAME=VALUE.</summary>
    public static KeyValuePair<string, string> ParseAssignment(string assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var parts = assignment.Split('=', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 ? new(parts[0], parts[1]) : throw new FormatException($"Expected NAME=VALUE, got '{assignment}'.");
    }
}
