using System.Collections;
using System.Collections.Immutable;

namespace Alicloud.Vpc.Client.Models;

/// <summary>
/// The tags of a resource (key → value), compared by content so that records holding them (such as
/// <see cref="RouterInterfaceInfo"/>) stay value-equal.
/// </summary>
public sealed class ResourceTags : IReadOnlyDictionary<string, string>, IEquatable<ResourceTags>
{
    public static readonly ResourceTags Empty = new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, string> _tags;

    private ResourceTags(ImmutableSortedDictionary<string, string> tags) => _tags = tags;

    public int Count => _tags.Count;

    public IEnumerable<string> Keys => _tags.Keys;

    public IEnumerable<string> Values => _tags.Values;

    public string this[string key] => _tags[key];

    public static ResourceTags From(IEnumerable<KeyValuePair<string, string>> tags) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, tags));

    public static implicit operator ResourceTags(Dictionary<string, string> tags) => From(tags);

    public bool ContainsKey(string key) => _tags.ContainsKey(key);

    public bool TryGetValue(string key, out string value) => _tags.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _tags.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ResourceTags? other) => other is not null && _tags.Count == other._tags.Count
        && _tags.All(t => other._tags.TryGetValue(t.Key, out var value) && value == t.Value);

    public override bool Equals(object? obj) => obj is ResourceTags other && Equals(other);

    public override int GetHashCode() => _tags.Count;

    public override string ToString() => "{" + string.Join(", ", _tags.Select(t => $"{t.Key}: {t.Value}")) + "}";
}
