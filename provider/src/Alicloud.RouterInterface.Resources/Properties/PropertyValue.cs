using System.Collections.Immutable;

namespace Alicloud.RouterInterface.Resources.Properties;

/// <summary>The kinds of value a Pulumi property can hold (after the protocol layer decoded the Struct).</summary>
public enum PropertyValueKind
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,

    /// <summary>A value not known yet (previews only).</summary>
    Unknown,

    /// <summary>A secret wrapping another value.</summary>
    Secret,

    /// <summary>A reference to another resource (URN and ID).</summary>
    ResourceReference,
}

/// <summary>
/// One Pulumi property value, independent of the wire format. Secrets wrap their inner value, so "secretness"
/// survives every transformation; numbers are doubles, as on the wire.
/// </summary>
public sealed record PropertyValue
{
    public static readonly PropertyValue Null = new(PropertyValueKind.Null, null);
    public static readonly PropertyValue Unknown = new(PropertyValueKind.Unknown, null);

    private PropertyValue(PropertyValueKind kind, object? value)
    {
        Kind = kind;
        Value = value;
    }

    public PropertyValueKind Kind { get; }

    private object? Value { get; }

    public static PropertyValue FromBool(bool value) => new(PropertyValueKind.Bool, value);

    public static PropertyValue FromNumber(double value) => new(PropertyValueKind.Number, value);

    public static PropertyValue FromString(string value) => new(PropertyValueKind.String, value);

    public static PropertyValue FromArray(ImmutableArray<PropertyValue> items) => new(PropertyValueKind.Array, items);

    public static PropertyValue FromObject(PropertyMap map) => new(PropertyValueKind.Object, map);

    public static PropertyValue MakeSecret(PropertyValue inner) =>
        inner.Kind == PropertyValueKind.Secret ? inner : new(PropertyValueKind.Secret, inner);

    public static PropertyValue FromResourceReference(ResourceReference reference) => new(PropertyValueKind.ResourceReference, reference);

    public bool IsSecret => Kind == PropertyValueKind.Secret;

    /// <summary>True when this value, or anything inside it, is unknown.</summary>
    public bool ContainsUnknowns => Kind switch
    {
        PropertyValueKind.Unknown => true,
        PropertyValueKind.Secret => SecretValue.ContainsUnknowns,
        PropertyValueKind.Array => ArrayValue.Any(v => v.ContainsUnknowns),
        PropertyValueKind.Object => ObjectValue.Values.Any(v => v.ContainsUnknowns),
        _ => false,
    };

    public bool BoolValue => Kind == PropertyValueKind.Bool ? (bool)Value! : throw WrongKind(PropertyValueKind.Bool);

    public double NumberValue => Kind == PropertyValueKind.Number ? (double)Value! : throw WrongKind(PropertyValueKind.Number);

    public string StringValue => Kind == PropertyValueKind.String ? (string)Value! : throw WrongKind(PropertyValueKind.String);

    public ImmutableArray<PropertyValue> ArrayValue => Kind == PropertyValueKind.Array ? (ImmutableArray<PropertyValue>)Value! : throw WrongKind(PropertyValueKind.Array);

    public PropertyMap ObjectValue => Kind == PropertyValueKind.Object ? (PropertyMap)Value! : throw WrongKind(PropertyValueKind.Object);

    public PropertyValue SecretValue => Kind == PropertyValueKind.Secret ? (PropertyValue)Value! : throw WrongKind(PropertyValueKind.Secret);

    public ResourceReference ResourceReferenceValue => Kind == PropertyValueKind.ResourceReference ? (ResourceReference)Value! : throw WrongKind(PropertyValueKind.ResourceReference);

    /// <summary>The value with any secret wrapper removed (one level; secrets never nest).</summary>
    public PropertyValue Unsecret() => Kind == PropertyValueKind.Secret ? SecretValue : this;

    public bool Equals(PropertyValue? other) =>
        other is not null && Kind == other.Kind && Kind switch
        {
            PropertyValueKind.Array => ArrayValue.SequenceEqual(other.ArrayValue),
            PropertyValueKind.Object => ObjectValue.Equals(other.ObjectValue),
            _ => Equals(Value, other.Value),
        };

    public override int GetHashCode() => HashCode.Combine(Kind, Kind is PropertyValueKind.Array or PropertyValueKind.Object ? 0 : Value?.GetHashCode() ?? 0);

    public override string ToString() => Kind switch
    {
        PropertyValueKind.Null => "null",
        PropertyValueKind.Unknown => "<unknown>",
        PropertyValueKind.Secret => "[secret]",
        PropertyValueKind.String => $"\"{StringValue}\"",
        PropertyValueKind.Array => $"[{string.Join(", ", ArrayValue)}]",
        PropertyValueKind.Object => ObjectValue.ToString(),
        _ => Value?.ToString() ?? "",
    };

    private InvalidOperationException WrongKind(PropertyValueKind expected) =>
        new($"Property value is {Kind}, not {expected}.");
}

/// <summary>A reference to another resource, as the engine sends it when resources are accepted.</summary>
public sealed record ResourceReference(string Urn, string? Id, string? PackageVersion);
