extern alias ProviderAssembly;

using System.Collections.Immutable;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Testing.Engine;
using CsCheck;
using Google.Protobuf.WellKnownTypes;
using ProviderAssembly::Alicloud.RouterInterface.Provider.Protocol;

namespace Alicloud.RouterInterface.Provider.Tests.Protocol;

public sealed class PropertyStructConverterTests
{
    private static readonly string[] TypedUnknowns =
    [
        "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
        "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
        "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
        "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
        "030794c1-ac77-496b-92df-f27374a8bd58",
        "e48ece36-62e2-4504-bad9-02848725956a",
        "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
    ];

    private readonly PropertyStructConverter _converter = new(new PropertyMarshallingOptions());

    [Fact]
    public void Decode_PlainValues_MapsEveryKind()
    {
        var decoded = _converter.Decode(PropertyValues.Object(
            ("s", "text"), ("n", 42), ("b", true), ("z", null), ("list", new object?[] { 1, "two" }), ("obj", PropertyValues.Object(("inner", 1.5)))));

        Assert.Equal("text", decoded["s"].StringValue);
        Assert.Equal(42d, decoded["n"].NumberValue);
        Assert.True(decoded["b"].BoolValue);
        Assert.Equal(PropertyValueKind.Null, decoded["z"].Kind);
        Assert.Equal(2, decoded["list"].ArrayValue.Length);
        Assert.Equal("two", decoded["list"].ArrayValue[1].StringValue);
        Assert.Equal(1.5, decoded["obj"].ObjectValue["inner"].NumberValue);
    }

    [Fact]
    public void Decode_NullStruct_IsEmptyMap()
    {
        Assert.Same(PropertyMap.Empty, _converter.Decode(null));
    }

    [Fact]
    public void Decode_Secret_WrapsInnerValue()
    {
        var decoded = _converter.Decode(PropertyValues.Object(("password", PropertyValues.Secret("hunter2"))));

        Assert.True(decoded["password"].IsSecret);
        Assert.Equal("hunter2", decoded["password"].SecretValue.StringValue);
    }

    [Fact]
    public void Encode_Secret_UsesSignatureAndValue()
    {
        var encoded = _converter.Encode(PropertyMap.Empty.With("password", PropertyValue.MakeSecret(PropertyValue.FromString("hunter2"))));

        var secret = encoded.Fields["password"].StructValue.Fields;
        Assert.Equal("1b47061264138c4ac30d75fd1eb44270", secret["4dabf18193072939515e22adb298388d"].StringValue);
        Assert.Equal("hunter2", secret["value"].StringValue);
    }

    [Theory]
    [MemberData(nameof(UnknownSentinels))]
    public void Decode_AnyUnknownSentinel_IsUnknown(string sentinel)
    {
        var decoded = _converter.Decode(PropertyValues.Object(("value", sentinel)));

        Assert.Equal(PropertyValueKind.Unknown, decoded["value"].Kind);
    }

    public static TheoryData<string> UnknownSentinels() => new(TypedUnknowns);

    [Fact]
    public void Encode_Unknown_IsTheUntypedSentinel()
    {
        var encoded = _converter.Encode(PropertyMap.Empty.With("id", PropertyValue.Unknown));

        Assert.Equal("04da6b54-80e4-46f7-96ec-b56ff0331ba9", encoded.Fields["id"].StringValue);
    }

    [Fact]
    public void Decode_ResourceReference_KeepsUrnIdAndVersion()
    {
        var decoded = _converter.Decode(PropertyValues.Object(("peer", PropertyValues.ResourceReference("urn:pulumi:dev::p::t::peer", "ri-1", "1.2.3"))));

        var reference = decoded["peer"].ResourceReferenceValue;
        Assert.Equal(new ResourceReference("urn:pulumi:dev::p::t::peer", "ri-1", "1.2.3"), reference);
    }

    [Fact]
    public void ResourceReference_RoundTrip_IsExact()
    {
        var original = PropertyValues.Object(("peer", PropertyValues.ResourceReference("urn:pulumi:dev::p::t::peer", "")));

        Assert.Equal(original, _converter.Encode(_converter.Decode(original)));
    }

    [Fact]
    public void Decode_OutputValueWithValue_IsThatValue()
    {
        var output = Value.ForStruct(new Struct
        {
            Fields =
            {
                [PropertyValues.SignatureKey] = Value.ForString(PropertyValues.OutputValueSignature),
                ["value"] = Value.ForString("known"),
                ["dependencies"] = Value.ForList(Value.ForString("urn:a")),
            },
        });

        Assert.Equal("known", _converter.Decode(PropertyValues.Object(("o", output)))["o"].StringValue);
    }

    [Fact]
    public void Decode_OutputValueWithoutValueButSecret_IsSecretUnknown()
    {
        var output = Value.ForStruct(new Struct
        {
            Fields =
            {
                [PropertyValues.SignatureKey] = Value.ForString(PropertyValues.OutputValueSignature),
                ["secret"] = Value.ForBool(true),
            },
        });

        var decoded = _converter.Decode(PropertyValues.Object(("o", output)))["o"];

        Assert.True(decoded.IsSecret);
        Assert.Equal(PropertyValueKind.Unknown, decoded.SecretValue.Kind);
    }

    [Theory]
    [InlineData(PropertyValues.AssetSignature, "assets")]
    [InlineData(PropertyValues.ArchiveSignature, "archives")]
    [InlineData("not-a-signature", "unrecognized signature")]
    public void Decode_UnsupportedSignature_FailsNamingThePath(string signature, string expected)
    {
        var special = Value.ForStruct(new Struct { Fields = { [PropertyValues.SignatureKey] = Value.ForString(signature) } });
        var input = PropertyValues.Object(("outer", PropertyValues.Object(("list", Value.ForList(Value.ForNumber(1), special)))));

        var error = Assert.Throws<PropertyValidationException>(() => _converter.Decode(input));

        Assert.Equal("outer.list[1]", error.Property);
        Assert.Contains(expected, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_SecretWithoutValue_FailsNamingTheProperty()
    {
        var malformed = Value.ForStruct(new Struct { Fields = { [PropertyValues.SignatureKey] = Value.ForString(PropertyValues.SecretSignature) } });

        var error = Assert.Throws<PropertyValidationException>(() => _converter.Decode(PropertyValues.Object(("password", malformed))));

        Assert.Equal("password", error.Property);
    }

    [Fact]
    public void Decode_ValueWithoutKind_FailsNamingTheProperty()
    {
        var error = Assert.Throws<PropertyValidationException>(() => _converter.Decode(new Struct { Fields = { ["empty"] = new Value() } }));

        Assert.Equal("empty", error.Property);
    }

    [Fact]
    public void Decode_NonStringSignature_FailsNamingTheProperty()
    {
        var malformed = Value.ForStruct(new Struct { Fields = { [PropertyValues.SignatureKey] = Value.ForNumber(1) } });

        var error = Assert.Throws<PropertyValidationException>(() => _converter.Decode(PropertyValues.Object(("odd", malformed))));

        Assert.Equal("odd", error.Property);
    }

    [Fact]
    public void Decode_TooDeep_FailsInsteadOfRecursingForever()
    {
        var converter = new PropertyStructConverter(new PropertyMarshallingOptions { MaxDepth = 8 });
        var value = Value.ForString("leaf");
        for (var i = 0; i < 10; i++)
        {
            value = Value.ForList(value);
        }

        var error = Assert.Throws<PropertyValidationException>(() => converter.Decode(PropertyValues.Object(("deep", value))));

        Assert.StartsWith("deep[0]", error.Property, StringComparison.Ordinal);
        Assert.Contains("deeper than 8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NestedSecretInsideSecret_Flattens()
    {
        var decoded = _converter.Decode(PropertyValues.Object(("s", PropertyValues.Secret(PropertyValues.Secret("x")))));

        Assert.Equal("x", decoded["s"].SecretValue.StringValue);
    }

    [Fact]
    public void DomainValues_RoundTrip_AreEqual()
    {
        Check.Sample(DomainMaps, map => Assert.Equal(map, _converter.Decode(_converter.Encode(map))), iter: 500);
    }

    [Fact]
    public void WireValues_AnyShape_DecodeOrRejectWithPropertyName()
    {
        Check.Sample(WireStructs, input =>
        {
            try
            {
                var decoded = _converter.Decode(input);
                var reencoded = _converter.Decode(_converter.Encode(decoded));
                Assert.Equal(decoded, reencoded);
            }
            catch (PropertyValidationException exception)
            {
                Assert.False(string.IsNullOrEmpty(exception.Property));
            }
        }, iter: 1000, print: Describe);
    }

    // Struct.ToString refuses empty keys, which the wire allows; print by hand.
    private static string Describe(Struct value) => "{" + string.Join(", ", value.Fields.Select(f => $"\"{f.Key}\": {Describe(f.Value)}")) + "}";

    private static string Describe(Value value) => value.KindCase switch
    {
        Value.KindOneofCase.StructValue => Describe(value.StructValue),
        Value.KindOneofCase.ListValue => "[" + string.Join(", ", value.ListValue.Values.Select(Describe)) + "]",
        Value.KindOneofCase.StringValue => $"\"{value.StringValue}\"",
        Value.KindOneofCase.None => "<no kind>",
        _ => value.KindCase + ":" + (value.KindCase == Value.KindOneofCase.NumberValue ? value.NumberValue.ToString(System.Globalization.CultureInfo.InvariantCulture) : value.BoolValue.ToString()),
    };

    // The wire may carry the signature key anywhere; a domain object never has it as a plain key (it would be ambiguous).
    private static readonly Gen<string> Keys = Gen.OneOfConst("a", "b", "name", "x.y", "", PropertyValues.SignatureKey, "value", "urn", "id");

    private static readonly Gen<string> DomainKeys = Gen.OneOfConst("a", "b", "name", "x.y", "", "value", "urn", "id");

    private static readonly Gen<PropertyValue> DomainLeaves = Gen.OneOf(
        Gen.Const(PropertyValue.Null),
        Gen.Const(PropertyValue.Unknown),
        Gen.Bool.Select(PropertyValue.FromBool),
        Gen.Double.Where(double.IsFinite).Select(PropertyValue.FromNumber),
        Gen.String.Where(s => !TypedUnknowns.Contains(s)).Select(PropertyValue.FromString),
        Gen.Select(Gen.String[1, 20], Gen.String.Null(), (urn, id) => PropertyValue.FromResourceReference(new ResourceReference("urn:" + urn, id, null))));

    private static readonly Gen<PropertyValue> DomainValues = Gen.Recursive<PropertyValue>((depth, self) => depth >= 4
        ? DomainLeaves
        : Gen.Frequency(
            (4, DomainLeaves),
            (1, self.Array[0, 3].Select(items => PropertyValue.FromArray([.. items]))),
            (1, Gen.Select(DomainKeys, self).Array[0, 3].Select(pairs => PropertyValue.FromObject(ToMap(pairs)))),
            (1, self.Where(v => !v.IsSecret).Select(PropertyValue.MakeSecret))));

    private static readonly Gen<PropertyMap> DomainMaps = Gen.Select(DomainKeys, DomainValues).Array[0, 5].Select(ToMap);

    private static readonly Gen<Value> WireLeaves = Gen.OneOf(
        Gen.Const(new Value()),
        Gen.Const(Value.ForNull()),
        Gen.Bool.Select(Value.ForBool),
        Gen.Double.Select(Value.ForNumber),
        Gen.OneOf(Gen.String, Gen.OneOfConst(TypedUnknowns)).Select(Value.ForString));

    private static readonly Gen<Value> WireValues = Gen.Recursive<Value>((depth, self) => depth >= 5
        ? WireLeaves
        : Gen.Frequency(
            (3, WireLeaves),
            (1, self.Array[0, 3].Select(items => Value.ForList(items))),
            (1, Gen.Select(Keys, self).Array[0, 3].Select(pairs => Value.ForStruct(ToStruct(pairs)))),
            (1, Gen.Select(Gen.OneOfConst(PropertyValues.SecretSignature, PropertyValues.ResourceReferenceSignature, PropertyValues.OutputValueSignature, PropertyValues.AssetSignature, "bogus"), Gen.Select(Keys, self).Array[0, 3])
                .Select((signature, pairs) =>
                {
                    var result = ToStruct(pairs);
                    result.Fields[PropertyValues.SignatureKey] = Value.ForString(signature);
                    return Value.ForStruct(result);
                }))));

    private static readonly Gen<Struct> WireStructs = Gen.Select(Keys, WireValues).Array[0, 5].Select(ToStruct);

    private static PropertyMap ToMap((string Key, PropertyValue Value)[] pairs) =>
        PropertyMap.From(pairs.GroupBy(p => p.Key).Select(g => new KeyValuePair<string, PropertyValue>(g.Key, g.Last().Value)));

    private static Struct ToStruct((string Key, Value Value)[] pairs)
    {
        var result = new Struct();
        foreach (var (key, value) in pairs)
        {
            result.Fields[key] = value;
        }

        return result;
    }
}
