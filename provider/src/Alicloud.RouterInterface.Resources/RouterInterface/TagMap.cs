using System.Collections.Immutable;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// The <c>tags</c> of an interface: key → value, compared by content (so the differ and the update plan see equal maps
/// as equal), keys in ordinal order.
/// </summary>
public sealed class TagMap : IEquatable<TagMap>
{
    public static readonly TagMap Empty = new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));

    private TagMap(ImmutableSortedDictionary<string, string> values) => Values = values;

    public ImmutableSortedDictionary<string, string> Values { get; }

    public int Count => Values.Count;

    public static TagMap From(IEnumerable<KeyValuePair<string, string>> tags) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, tags));

    /// <summary>Keys to set (new or with another value) and keys to remove so that <paramref name="live"/> becomes this map.</summary>
    public (IReadOnlyDictionary<string, string> Set, IReadOnlyList<string> Remove) ChangesFrom(TagMap live)
    {
        ArgumentNullException.ThrowIfNull(live);
        var set = Values.Where(t => !live.Values.TryGetValue(t.Key, out var now) || now != t.Value).ToDictionary(StringComparer.Ordinal);
        var remove = live.Values.Keys.Where(k => !Values.ContainsKey(k)).ToList();
        return (set, remove);
    }

    public bool Equals(TagMap? other) => other is not null && Values.Count == other.Values.Count
        && Values.All(t => other.Values.TryGetValue(t.Key, out var value) && value == t.Value);

    public override bool Equals(object? obj) => obj is TagMap other && Equals(other);

    public override int GetHashCode() => Values.Count;

    public override string ToString() => "{" + string.Join(", ", Values.Select(t => $"{t.Key}: {t.Value}")) + "}";
}
