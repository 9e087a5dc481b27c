using System.Collections.Immutable;
using System.Globalization;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>Reads and writes typed records through their <see cref="PropertyField{TRecord}"/> tables, keeping unknowns and secrets.</summary>
internal static class PropertyCodec
{
    public sealed record Decoded<T>(T Value, ImmutableHashSet<string> Unknowns, ImmutableHashSet<string> Secrets);

    public static Decoded<T> Read<T>(PropertyMap map, IReadOnlyList<PropertyField<T>> fields, T seed, List<CheckFailure> failures)
    {
        var record = seed;
        var unknowns = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var secrets = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!map.TryGetValue(field.Name, out var raw))
            {
                continue;
            }

            if (raw.IsSecret)
            {
                secrets.Add(field.Name);
            }

            var value = raw.Unsecret();
            if (value.ContainsUnknowns)
            {
                unknowns.Add(field.Name);
                continue;
            }

            if (value.Kind == PropertyValueKind.Null)
            {
                continue;
            }

            var decoded = Decode(field.Kind, value, out var reason);
            if (reason is not null)
            {
                failures.Add(new CheckFailure(field.Name, reason));
                continue;
            }

            record = field.Set(record, decoded);
        }

        return new Decoded<T>(record, unknowns.ToImmutable(), secrets.ToImmutable());
    }

    public static PropertyMap Write<T>(PropertyMap into, IReadOnlyList<PropertyField<T>> fields, T record, ImmutableHashSet<string> unknowns, ImmutableHashSet<string> secrets)
    {
        var map = into;
        foreach (var field in fields)
        {
            PropertyValue? value = unknowns.Contains(field.Name) ? PropertyValue.Unknown : Encode(field.Get(record));
            if (value is null)
            {
                continue;
            }

            map = map.With(field.Name, secrets.Contains(field.Name) ? PropertyValue.MakeSecret(value) : value);
        }

        return map;
    }

    public static string DescribeKind(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.Null => "null",
        PropertyValueKind.Bool => "a boolean",
        PropertyValueKind.Number => "a number",
        PropertyValueKind.String => "a string",
        PropertyValueKind.Array => "an array",
        PropertyValueKind.Object => "an object",
        PropertyValueKind.ResourceReference => "a resource reference",
        PropertyValueKind.Unknown => "an unknown value",
        _ => value.Kind.ToString(),
    };

    private static object? Decode(PropertyKind kind, PropertyValue value, out string? reason)
    {
        reason = null;
        switch (kind)
        {
            case PropertyKind.String when value.Kind == PropertyValueKind.String:
                return value.StringValue;
            case PropertyKind.Boolean when value.Kind == PropertyValueKind.Bool:
                return value.BoolValue;
            case PropertyKind.StringMap when value.Kind == PropertyValueKind.Object:
                var notText = value.ObjectValue.FirstOrDefault(kv => kv.Value.Unsecret().Kind != PropertyValueKind.String);
                if (notText.Key is not null)
                {
                    reason = $"expected a map of strings, but \"{notText.Key}\" is {DescribeKind(notText.Value.Unsecret())}";
                    return null;
                }

                return TagMap.From(value.ObjectValue.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Unsecret().StringValue)));
            case PropertyKind.Integer when value.Kind == PropertyValueKind.Number:
                var number = value.NumberValue;
                if (double.IsFinite(number) && Math.Floor(number) == number && number is >= int.MinValue and <= int.MaxValue)
                {
                    return (int)number;
                }

                reason = $"expected an integer, got {number.ToString(CultureInfo.InvariantCulture)}";
                return null;
            default:
                reason = $"expected {KindName(kind)}, got {DescribeKind(value)}";
                return null;
        }
    }

    public static PropertyValue? Encode(object? value) => value switch
    {
        null => null,
        string s => PropertyValue.FromString(s),
        bool b => PropertyValue.FromBool(b),
        int i => PropertyValue.FromNumber(i),
        TagMap tags => PropertyValue.FromObject(PropertyMap.From(tags.Values.Select(t => KeyValuePair.Create(t.Key, PropertyValue.FromString(t.Value))))),
        _ => throw new InvalidOperationException($"Unsupported property value type {value.GetType().Name}."),
    };

    private static string KindName(PropertyKind kind) => kind switch
    {
        PropertyKind.String => "a string",
        PropertyKind.Integer => "an integer",
        PropertyKind.StringMap => "a map of strings",
        _ => "a boolean",
    };
}
