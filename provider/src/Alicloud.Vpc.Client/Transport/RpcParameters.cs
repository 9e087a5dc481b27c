using System.Globalization;

namespace Alicloud.Vpc.Client.Transport;

/// <summary>The business parameters of one call in wire form; null values are left out.</summary>
internal sealed class RpcParameters
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    public IReadOnlyList<KeyValuePair<string, string>> Items => _items;

    public RpcParameters Add(string name, string? value)
    {
        if (value is not null)
        {
            _items.Add(new(name, value));
        }

        return this;
    }

    public RpcParameters Add(string name, int? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public RpcParameters Add(string name, bool? value) =>
        Add(name, value switch { null => null, true => "true", false => "false" });

    /// <summary>
    /// Flattens filters the way the SDKs do (1-based): <c>Filter.1.Key=RouterInterfaceId&amp;Filter.1.Value.1=ri-1&amp;Filter.1.Value.2=ri-2</c>.
    /// </summary>
    public RpcParameters AddFilters(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> filters)
    {
        var filterIndex = 0;
        foreach (var (key, values) in filters)
        {
            filterIndex++;
            var prefix = string.Create(CultureInfo.InvariantCulture, $"Filter.{filterIndex}.");
            Add(prefix + "Key", key);
            for (var valueIndex = 0; valueIndex < values.Count; valueIndex++)
            {
                Add(string.Create(CultureInfo.InvariantCulture, $"{prefix}Value.{valueIndex + 1}"), values[valueIndex]);
            }
        }

        return this;
    }

    /// <summary><c>{prefix}.N.Key</c> / <c>{prefix}.N.Value</c> (1-based, keys in ordinal order so retries sign the same).</summary>
    public RpcParameters AddTags(string prefix, IReadOnlyDictionary<string, string>? tags)
    {
        var index = 0;
        foreach (var (key, value) in (tags ?? new Dictionary<string, string>()).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            index++;
            _items.Add(new(string.Create(CultureInfo.InvariantCulture, $"{prefix}.{index}.Key"), key));
            _items.Add(new(string.Create(CultureInfo.InvariantCulture, $"{prefix}.{index}.Value"), value));
        }

        return this;
    }

    public RpcParameters Clone()
    {
        var copy = new RpcParameters();
        copy._items.AddRange(_items);
        return copy;
    }
}
