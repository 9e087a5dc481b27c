using System.Collections;
using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>
/// Builds and reads <c>google.protobuf.Struct</c> property values the way the engine encodes them: secrets, unknowns
/// and resource references are objects carrying the signature key; numbers are doubles.
/// </summary>
public static class PropertyValues
{
    public const string SignatureKey = "4dabf18193072939515e22adb298388d";
    public const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";
    public const string ResourceReferenceSignature = "5cf8f73096256a8f31e491e813e4eb8e";
    public const string OutputValueSignature = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    public const string AssetSignature = "c44067f5952c0a294b673a41bacd8c17";
    public const string ArchiveSignature = "0def7320c3a5731c473e5ecbe6d01bc7";

    /// <summary>The unknown sentinel the engine sends for values not known during a preview.</summary>
    public const string UnknownSentinel = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    public static Value Unknown => Value.ForString(UnknownSentinel);

    /// <summary>A Struct from CLR values (see <see cref="ToValue"/>).</summary>
    public static Struct Object(IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new Struct();
        foreach (var (key, value) in values)
        {
            result.Fields[key] = ToValue(value);
        }

        return result;
    }

    /// <summary>A Struct from key/value pairs: <c>PropertyValues.Object(("name", "x"), ("bandwidth", 100))</c>.</summary>
    public static Struct Object(params (string Key, object? Value)[] values) =>
        Object(values.Select(pair => new KeyValuePair<string, object?>(pair.Key, pair.Value)));

    /// <summary>
    /// A <see cref="Value"/> from a CLR value: null, bool, any number (as double), string, <see cref="Value"/>,
    /// <see cref="Struct"/>, a string-keyed dictionary (object) or any other sequence (array).
    /// </summary>
    public static Value ToValue(object? value) => value switch
    {
        null => Value.ForNull(),
        Value v => v,
        Struct s => Value.ForStruct(s),
        string s => Value.ForString(s),
        bool b => Value.ForBool(b),
        int or long or short or byte or uint or ulong or ushort or sbyte or float or double or decimal =>
            Value.ForNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        IEnumerable<KeyValuePair<string, object?>> map => Value.ForStruct(Object(map)),
        IDictionary dictionary => Value.ForStruct(Object(dictionary.Keys.Cast<object>().Select(k => new KeyValuePair<string, object?>(Convert.ToString(k, CultureInfo.InvariantCulture)!, dictionary[k])))),
        IEnumerable sequence => Value.ForList([.. sequence.Cast<object?>().Select(ToValue)]),
        _ => throw new ArgumentException($"Cannot encode a {value.GetType().Name} as a property value.", nameof(value)),
    };

    /// <summary>A secret wrapping <paramref name="value"/>.</summary>
    public static Value Secret(object? value) => Value.ForStruct(new Struct
    {
        Fields =
        {
            [SignatureKey] = Value.ForString(SecretSignature),
            ["value"] = ToValue(value),
        },
    });

    /// <summary>A resource reference (<c>id</c> "" means the ID is unknown).</summary>
    public static Value ResourceReference(string urn, string? id = null, string? packageVersion = null)
    {
        var result = new Struct
        {
            Fields =
            {
                [SignatureKey] = Value.ForString(ResourceReferenceSignature),
                ["urn"] = Value.ForString(urn),
            },
        };
        if (id is not null)
        {
            result.Fields["id"] = Value.ForString(id);
        }

        if (packageVersion is not null)
        {
            result.Fields["packageVersion"] = Value.ForString(packageVersion);
        }

        return Value.ForStruct(result);
    }

    public static bool IsSecret(Value? value) => SignatureOf(value) == SecretSignature;

    public static bool IsUnknown(Value? value) => value?.KindCase == Value.KindOneofCase.StringValue && value.StringValue == UnknownSentinel;

    public static bool IsResourceReference(Value? value) => SignatureOf(value) == ResourceReferenceSignature;

    /// <summary>The value inside a secret (the value itself when it is not a secret).</summary>
    public static Value Unwrap(Value value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsSecret(value) && value.StructValue.Fields.TryGetValue("value", out var inner) ? inner : value;
    }

    /// <summary>The string of a top-level property (secret unwrapped); null when absent or not a string.</summary>
    public static string? GetString(Struct? properties, string key) =>
        properties is not null && properties.Fields.TryGetValue(key, out var value) && Unwrap(value) is { KindCase: Value.KindOneofCase.StringValue } text
            ? text.StringValue
            : null;

    /// <summary>The number of a top-level property (secret unwrapped); null when absent or not a number.</summary>
    public static double? GetNumber(Struct? properties, string key) =>
        properties is not null && properties.Fields.TryGetValue(key, out var value) && Unwrap(value) is { KindCase: Value.KindOneofCase.NumberValue } number
            ? number.NumberValue
            : null;

    /// <summary>True when the top-level property is present and a secret.</summary>
    public static bool IsSecretProperty(Struct? properties, string key) =>
        properties is not null && properties.Fields.TryGetValue(key, out var value) && IsSecret(value);

    /// <summary>True when any value, however deep, is the unknown sentinel.</summary>
    public static bool ContainsUnknowns(Struct? properties) =>
        properties is not null && properties.Fields.Values.Any(ContainsUnknowns);

    public static bool ContainsUnknowns(Value? value) => value?.KindCase switch
    {
        Value.KindOneofCase.StringValue => IsUnknown(value),
        Value.KindOneofCase.ListValue => value.ListValue.Values.Any(ContainsUnknowns),
        Value.KindOneofCase.StructValue => value.StructValue.Fields.Values.Any(ContainsUnknowns),
        _ => false,
    };

    /// <summary>A deep copy with every secret replaced by its plain value (what the engine sends a provider that does not accept secrets).</summary>
    public static Struct StripSecrets(Struct? properties) => TransformObject(properties, acceptResources: true);

    /// <summary>
    /// What the engine sends a provider: secrets kept only if it accepted secrets, resource references kept only if it
    /// accepted resources (otherwise replaced by the referenced ID, or its URN when the ID is unknown).
    /// </summary>
    public static Struct ForProvider(Struct? properties, bool acceptSecrets, bool acceptResources) =>
        acceptSecrets && acceptResources ? properties?.Clone() ?? new Struct() : TransformObject(properties, acceptResources, keepSecrets: acceptSecrets);

    /// <summary>
    /// A value as the engine's <c>PropertyValue.String()</c> prints it (sdk/go/common/resource/properties.go): the value
    /// in braces, a secret's plain value included (no redaction), an unknown as its type and <c>{}</c>.
    /// </summary>
    public static string EngineText(Value? value)
    {
        if (value is null || value.KindCase is Value.KindOneofCase.NullValue or Value.KindOneofCase.None)
        {
            return "{<nil>}";
        }

        if (IsUnknown(value))
        {
            return "output<string>{}";
        }

        if (IsSecret(value))
        {
            return "{&{" + EngineText(Unwrap(value)) + "}}";
        }

        return value.KindCase switch
        {
            Value.KindOneofCase.StringValue => "{" + value.StringValue + "}",
            Value.KindOneofCase.BoolValue => value.BoolValue ? "{true}" : "{false}",
            Value.KindOneofCase.NumberValue => "{" + value.NumberValue.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}",
            _ => "{" + JsonFormatter.Default.Format(value) + "}",
        };
    }

    /// <summary>The JSON text of a Struct, for searches (e.g. that no credential appears anywhere).</summary>
    public static string ToJson(IMessage message) => JsonFormatter.Default.Format(message);

    private static Struct TransformObject(Struct? properties, bool acceptResources, bool keepSecrets = false)
    {
        var result = new Struct();
        if (properties is null)
        {
            return result;
        }

        foreach (var (key, value) in properties.Fields)
        {
            result.Fields[key] = Transform(value, acceptResources, keepSecrets);
        }

        return result;
    }

    private static Value Transform(Value value, bool acceptResources, bool keepSecrets)
    {
        if (IsSecret(value))
        {
            var inner = Transform(Unwrap(value), acceptResources, keepSecrets);
            return keepSecrets ? Secret(inner) : inner;
        }

        if (IsResourceReference(value) && !acceptResources)
        {
            var fields = value.StructValue.Fields;
            return fields.TryGetValue("id", out var id) && id.StringValue.Length > 0 ? Value.ForString(id.StringValue)
                : fields.TryGetValue("id", out _) ? Unknown
                : fields["urn"];
        }

        return value.KindCase switch
        {
            Value.KindOneofCase.ListValue => Value.ForList([.. value.ListValue.Values.Select(v => Transform(v, acceptResources, keepSecrets))]),
            Value.KindOneofCase.StructValue when SignatureOf(value) is null => Value.ForStruct(TransformObject(value.StructValue, acceptResources, keepSecrets)),
            _ => value.Clone(),
        };
    }

    private static string? SignatureOf(Value? value) =>
        value?.KindCase == Value.KindOneofCase.StructValue
        && value.StructValue.Fields.TryGetValue(SignatureKey, out var signature)
        && signature.KindCase == Value.KindOneofCase.StringValue
            ? signature.StringValue
            : null;
}
