using System.Collections.Immutable;
using System.Globalization;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>
/// Maps <c>google.protobuf.Struct</c>/<c>Value</c> to the domain <see cref="PropertyMap"/>/<see cref="PropertyValue"/>
/// and back. Malformed input never crashes: it raises <see cref="PropertyValidationException"/> naming the property
/// path, which the boundary answers with InvalidArgument.
/// </summary>
internal sealed class PropertyStructConverter(PropertyMarshallingOptions options)
{
    private readonly int _maxDepth = options.MaxDepth;

    /// <summary>Decodes a Struct; a missing Struct is an empty map.</summary>
    public PropertyMap Decode(Struct? value) =>
        value is null ? PropertyMap.Empty : DecodeObject(value, prefix: null, depth: 1);

    public Struct Encode(PropertyMap map) => EncodeObject(map, depth: 1);

    public PropertyValue DecodeValue(Value value, string path) => DecodeValue(value, path, depth: 1);

    public Value EncodeValue(PropertyValue value) => EncodeValue(value, depth: 1);

    private PropertyMap DecodeObject(Struct value, string? prefix, int depth)
    {
        var entries = new List<KeyValuePair<string, PropertyValue>>(value.Fields.Count);
        foreach (var (key, field) in value.Fields)
        {
            entries.Add(new(key, DecodeValue(field, PathOf(prefix, key), depth)));
        }

        return PropertyMap.From(entries);
    }

    /// <summary>Property paths as Pulumi writes them: <c>a.b[0]</c>, with <c>["…"]</c> for keys that are not plain names.</summary>
    private static string PathOf(string? prefix, string key)
    {
        var plain = key.Length > 0 && key.IndexOfAny(['.', '[', ']', '"']) < 0;
        return (prefix, plain) switch
        {
            (null, true) => key,
            (_, true) => $"{prefix}.{key}",
            _ => $"{prefix}[\"{key}\"]",
        };
    }

    private PropertyValue DecodeValue(Value? value, string path, int depth)
    {
        if (depth > _maxDepth)
        {
            throw new PropertyValidationException(path, $"the value is nested deeper than {_maxDepth} levels");
        }

        if (value is null)
        {
            throw new PropertyValidationException(path, "the value is missing");
        }

        return value.KindCase switch
        {
            Value.KindOneofCase.NullValue => PropertyValue.Null,
            Value.KindOneofCase.BoolValue => PropertyValue.FromBool(value.BoolValue),
            Value.KindOneofCase.NumberValue => PropertyValue.FromNumber(value.NumberValue),
            Value.KindOneofCase.StringValue => PropertySignatures.UnknownSentinels.Contains(value.StringValue)
                ? PropertyValue.Unknown
                : PropertyValue.FromString(value.StringValue),
            Value.KindOneofCase.ListValue => DecodeList(value.ListValue, path, depth),
            Value.KindOneofCase.StructValue => DecodeStructValue(value.StructValue, path, depth),
            _ => throw new PropertyValidationException(path, "the value has no kind (malformed google.protobuf.Value)"),
        };
    }

    private PropertyValue DecodeList(ListValue list, string path, int depth)
    {
        var items = ImmutableArray.CreateBuilder<PropertyValue>(list.Values.Count);
        for (var i = 0; i < list.Values.Count; i++)
        {
            items.Add(DecodeValue(list.Values[i], $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", depth + 1));
        }

        return PropertyValue.FromArray(items.MoveToImmutable());
    }

    private PropertyValue DecodeStructValue(Struct value, string path, int depth)
    {
        if (!value.Fields.TryGetValue(PropertySignatures.Key, out var signature))
        {
            return PropertyValue.FromObject(DecodeObject(value, path, depth + 1));
        }

        if (signature.KindCase != Value.KindOneofCase.StringValue)
        {
            throw new PropertyValidationException(path, "the special-value signature must be a string");
        }

        return signature.StringValue switch
        {
            PropertySignatures.Secret => DecodeSecret(value, path, depth),
            PropertySignatures.ResourceReference => DecodeResourceReference(value, path),
            PropertySignatures.OutputValue => DecodeOutputValue(value, path, depth),
            PropertySignatures.Asset => throw new PropertyValidationException(path, "assets are not supported by this provider"),
            PropertySignatures.Archive => throw new PropertyValidationException(path, "archives are not supported by this provider"),
            PropertySignatures.ByteString => throw new PropertyValidationException(path, "byte strings are not supported by this provider"),
            var other => throw new PropertyValidationException(path, $"unrecognized signature '{(other.Length <= 64 ? other : other[..64] + "…")}' in property map"),
        };
    }

    private PropertyValue DecodeSecret(Struct value, string path, int depth)
    {
        if (!value.Fields.TryGetValue("value", out var inner))
        {
            throw new PropertyValidationException(path, "malformed secret: missing 'value'");
        }

        return PropertyValue.MakeSecret(DecodeValue(inner, path, depth + 1));
    }

    private PropertyValue DecodeOutputValue(Struct value, string path, int depth)
    {
        var decoded = value.Fields.TryGetValue("value", out var inner)
            ? DecodeValue(inner, path, depth + 1)
            : PropertyValue.Unknown;
        var isSecret = value.Fields.TryGetValue("secret", out var secret) && secret.KindCase == Value.KindOneofCase.BoolValue && secret.BoolValue;
        return isSecret ? PropertyValue.MakeSecret(decoded) : decoded;
    }

    private static PropertyValue DecodeResourceReference(Struct value, string path)
    {
        var urn = OptionalString(value, "urn", path)
            ?? throw new PropertyValidationException(path, "malformed resource reference: missing 'urn'");
        return PropertyValue.FromResourceReference(new ResourceReference(urn, OptionalString(value, "id", path), OptionalString(value, "packageVersion", path)));
    }

    private static string? OptionalString(Struct value, string key, string path)
    {
        if (!value.Fields.TryGetValue(key, out var field))
        {
            return null;
        }

        return field.KindCase switch
        {
            Value.KindOneofCase.StringValue => field.StringValue,
            _ => throw new PropertyValidationException(path, $"malformed resource reference: '{key}' must be a string"),
        };
    }

    private Struct EncodeObject(PropertyMap map, int depth)
    {
        var result = new Struct();
        foreach (var (key, value) in map)
        {
            result.Fields[key] = EncodeValue(value, depth);
        }

        return result;
    }

    private Value EncodeValue(PropertyValue value, int depth)
    {
        if (depth > _maxDepth)
        {
            throw new InvalidOperationException($"An output value is nested deeper than {_maxDepth} levels.");
        }

        return value.Kind switch
        {
            PropertyValueKind.Null => Value.ForNull(),
            PropertyValueKind.Bool => Value.ForBool(value.BoolValue),
            PropertyValueKind.Number => Value.ForNumber(value.NumberValue),
            PropertyValueKind.String => Value.ForString(value.StringValue),
            PropertyValueKind.Unknown => Value.ForString(PropertySignatures.UnknownValue),
            PropertyValueKind.Array => Value.ForList([.. value.ArrayValue.Select(item => EncodeValue(item, depth + 1))]),
            PropertyValueKind.Object => Value.ForStruct(EncodeObject(value.ObjectValue, depth + 1)),
            PropertyValueKind.Secret => Value.ForStruct(Special(PropertySignatures.Secret, ("value", EncodeValue(value.SecretValue, depth + 1)))),
            PropertyValueKind.ResourceReference => Value.ForStruct(EncodeResourceReference(value.ResourceReferenceValue)),
            _ => throw new InvalidOperationException($"Unsupported property value kind {value.Kind}."),
        };
    }

    private static Struct EncodeResourceReference(ResourceReference reference)
    {
        var result = Special(PropertySignatures.ResourceReference, ("urn", Value.ForString(reference.Urn)));
        if (reference.Id is not null)
        {
            result.Fields["id"] = Value.ForString(reference.Id);
        }

        if (reference.PackageVersion is not null)
        {
            result.Fields["packageVersion"] = Value.ForString(reference.PackageVersion);
        }

        return result;
    }

    private static Struct Special(string signature, (string Key, Value Value) field) => new()
    {
        Fields =
        {
            [PropertySignatures.Key] = Value.ForString(signature),
            [field.Key] = field.Value,
        },
    };
}
