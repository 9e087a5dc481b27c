using System.Collections;
using System.Collections.Immutable;

namespace Alicloud.RouterInterface.Resources.Properties;

/// <summary>An immutable, ordered-by-key map of property name to value: the inputs or outputs of a resource.</summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, PropertyValue>, IEquatable<PropertyMap>
{
    public static readonly PropertyMap Empty = new(ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, PropertyValue> _values;

    private PropertyMap(ImmutableSortedDictionary<string, PropertyValue> values) => _values = values;

    public static PropertyMap From(IEnumerable<KeyValuePair<string, PropertyValue>> values) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, values));

    public int Count => _values.Count;

    public IEnumerable<string> Keys => _values.Keys;

    public IEnumerable<PropertyValue> Values => _values.Values;

    public PropertyValue this[string key] => _values[key];

    public PropertyMap With(string key, PropertyValue value) => new(_values.SetItem(key, value));

    public PropertyMap Without(string key) => new(_values.Remove(key));

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool TryGetValue(string key, out PropertyValue value) => _values.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, PropertyValue>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(PropertyMap? other) =>
        other is not null && Count == other.Count && _values.All(kv => other.TryGetValue(kv.Key, out var v) && kv.Value.Equals(v));

    public override bool Equals(object? obj) => obj is PropertyMap other && Equals(other);

    public override int GetHashCode() => Count;

    public override string ToString() => "{" + string.Join(", ", _values.Select(kv => $"{kv.Key}: {kv.Value}")) + "}";
}
