using System.Collections.Concurrent;
using System.Globalization;

namespace Alicloud.Vpc.Emulator.State;

/// <summary>How long each transitional status lasts. Thread-safe; changes apply to transitions begun afterwards.</summary>
internal sealed class TransitionDurations
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(1);

    private static readonly IReadOnlyDictionary<string, TimeSpan> s_defaults = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
    {
        [TransitionNames.Connecting] = TimeSpan.FromSeconds(2),
        [TransitionNames.AcceptingConnecting] = TimeSpan.FromSeconds(2),
        [TransitionNames.Activating] = TimeSpan.FromSeconds(2),
        [TransitionNames.Modifying] = TimeSpan.FromSeconds(2),
        [TransitionNames.Deactivating] = TimeSpan.FromSeconds(2),
        [TransitionNames.Deleting] = TimeSpan.FromSeconds(3),
        [TransitionNames.RouteEntryPending] = TimeSpan.FromSeconds(1),
        [TransitionNames.RouteEntryDeleting] = TimeSpan.FromSeconds(1),
        [TransitionNames.VpcPending] = TimeSpan.FromSeconds(1),
    };

    private readonly ConcurrentDictionary<string, TimeSpan> _durations = new(s_defaults, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => (IReadOnlyCollection<string>)s_defaults.Keys;

    public TimeSpan Get(string name) =>
        _durations.TryGetValue(name, out var duration) ? duration : throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown transition.");

    public IReadOnlyDictionary<string, double> Snapshot() =>
        s_defaults.Keys.ToDictionary(k => k, k => _durations[k].TotalSeconds, StringComparer.Ordinal);

    /// <summary>Validates all entries first, then applies them: a bad entry changes nothing.</summary>
    public void Apply(IReadOnlyDictionary<string, double> seconds)
    {
        ArgumentNullException.ThrowIfNull(seconds);
        var updates = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var (name, value) in seconds)
        {
            if (double.IsNaN(value) || value < 0 || value > MaxDuration.TotalSeconds)
            {
                throw new ArgumentException($"Duration of '{name}' must be between 0 and {MaxDuration.TotalSeconds} seconds.", nameof(seconds));
            }

            var duration = TimeSpan.FromSeconds(value);
            if (name == TransitionNames.All)
            {
                foreach (var key in s_defaults.Keys)
                {
                    updates.TryAdd(key, duration);
                }
            }
            else if (s_defaults.ContainsKey(name))
            {
                updates[name] = duration;
            }
            else
            {
                throw new ArgumentException($"Unknown transition '{name}'. Known: {string.Join(", ", s_defaults.Keys)}, or '*'.", nameof(seconds));
            }
        }

        foreach (var (name, duration) in updates)
        {
            _durations[name] = duration;
        }
    }

    /// <summary>Parses the CLI form STATE=SECONDS.</summary>
    public static KeyValuePair<string, double> ParseAssignment(string assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var parts = assignment.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new FormatException($"Expected STATE=SECONDS, got '{assignment}'.");
        }

        return new KeyValuePair<string, double>(parts[0], seconds);
    }
}
