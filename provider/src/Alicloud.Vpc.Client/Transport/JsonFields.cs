using System.Globalization;
using System.Text.Json;

namespace Alicloud.Vpc.Client.Transport;

/// <summary>
/// Lenient reads of response fields: a field may be absent, null, or typed differently than documented
/// (numbers as strings and back), so readers never throw on shape, only return defaults.
/// </summary>
internal static class JsonFields
{
    public static string? String(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    public static string? StringOrNull(JsonElement element, string name) =>
        String(element, name) is { Length: > 0 } text ? text : null;

    public static string StringOrEmpty(JsonElement element, string name) => String(element, name) ?? "";

    /// <summary>A boolean sent as JSON true/false or as the strings "true"/"false" (the attribute describe's form); else null.</summary>
    public static bool? Bool(JsonElement element, string name) => String(element, name) switch
    {
        { } text when string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) => true,
        { } text when string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };

    public static int Int(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return 0;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => 0,
        };
    }

    /// <summary>
    /// The items of a wrapped list such as <c>RouterInterfaceSet.RouterInterfaceType[]</c>; a single object instead of
    /// an array counts as one item, anything else as none.
    /// </summary>
    public static IEnumerable<JsonElement> List(JsonElement root, string wrapper, string itemName)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty(wrapper, out var container)
            || container.ValueKind != JsonValueKind.Object
            || !container.TryGetProperty(itemName, out var items))
        {
            return [];
        }

        return items.ValueKind switch
        {
            JsonValueKind.Array => items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).ToList(),
            JsonValueKind.Object => [items],
            _ => [],
        };
    }
}
