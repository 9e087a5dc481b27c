using Alicloud.RouterInterface.Testing.Engine;
using CsCheck;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Reliability.Tests.Hostile;

/// <summary>
/// Generators of hostile property values, as the engine could send them or a broken program could produce them:
/// wrong types, huge and odd strings, NaN and infinities, deep nesting, unknowns and secrets in odd places, malformed
/// special objects (secrets without a value, references without a URN, unknown signatures), values without a kind,
/// invalid IDs, ClientToken-like values over 64 characters or non-ASCII.
/// </summary>
internal static class HostileValues
{
    public static readonly string[] InputNames =
    [
        "routerId", "routerType", "role", "spec", "oppositeRegionId", "oppositeRouterId", "oppositeRouterType", "oppositeInterfaceId",
        "oppositeInterfaceOwnerId", "accessPointId", "oppositeAccessPointId", "name", "description", "healthCheckSourceIp",
        "healthCheckTargetIp", "instanceChargeType", "period", "pricingCycle", "autoPay", "force", "connect",
    ];

    public static readonly string[] ConfigKeys = ["region", "accessKey", "secretKey", "securityToken", "profile", "endpoint", "signatureAlgorithm", "oppositeAccessKey", "oppositeSecretKey", "oppositeSecurityToken", "oppositeProfile", "version"];

    private static readonly string[] s_oddStrings =
    [
        "", " ", "\0", "\t\r\n", "\u202e\u0646\u0627", "\uFEFF", "ri-", "vrt-", "vbr-", "ri-🙂", "ri-a b", "vrt-../../etc/passwd",
        "Ｍini.2", "mini.2", "INITIATINGSIDE", "PrePaid ", "客户端令牌-ClientToken-非ASCII", "%00%ff", "${jndi:ldap://127.0.0.1/a}",
        "<script>alert(1)</script>", "'; DROP TABLE routes;--", "NaN", "Infinity", "-0", "1e309", "true", "null", "{}", "[]",
        "http://example.com", "https://", "127.0.0.1:0", "ftp://127.0.0.1", "https://user:p%40ss@example.com/x?y=1", "cn-hangzhou\n", "cn-hangzhou/../x", "9999999999999999999999",
        PropertyValues.UnknownSentinel, PropertyValues.SecretSignature, PropertyValues.ResourceReferenceSignature, PropertyValues.SignatureKey,
    ];

    private static readonly double[] s_oddNumbers =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue, double.Epsilon, -0.0,
        1e300, 2147483648, -2147483649, 0.5, 1, 3, 9, 10, -1, 0,
    ];

    private static readonly string[] s_signatures =
    [
        PropertyValues.SecretSignature, PropertyValues.ResourceReferenceSignature, PropertyValues.OutputValueSignature,
        PropertyValues.AssetSignature, PropertyValues.ArchiveSignature, "bogus-signature", "",
    ];

    /// <summary>Strings: random Unicode, odd ones, huge ones, token-like ones over 64 characters, ID look-alikes.</summary>
    public static readonly Gen<string> Strings = Gen.Frequency(
        (4, Gen.String),
        (3, Gen.OneOfConst(s_oddStrings)),
        (1, Gen.Int[1_000, 300_000].Select(n => new string('x', n))),
        (1, Gen.Int[65, 400].Select(n => new string('T', n))),
        (1, Gen.String[1, 80].Select(s => "ri-" + s)),
        (1, Gen.Int[2, 200].Select(n => "名" + new string('字', n))));

    public static readonly Gen<double> Numbers = Gen.Frequency((2, Gen.Double), (3, Gen.OneOfConst(s_oddNumbers)));

    /// <summary>Property names: the resource's inputs (mostly), config keys and odd names.</summary>
    public static readonly Gen<string> Keys = Gen.Frequency(
        (8, Gen.OneOfConst(InputNames)),
        (2, Gen.OneOfConst(ConfigKeys)),
        (2, Gen.OneOfConst("clientToken", "__defaults", "__internal", "", "a.b[0]", "\"quoted\"", "名前", "id", "urn", "value", PropertyValues.SignatureKey)),
        (1, Gen.String[0, 40]),
        (1, Gen.Int[200, 5_000].Select(n => new string('k', n))));

    private static readonly Gen<Value> s_leaves = Gen.Frequency(
        (1, Gen.Const(() => new Value())),
        (1, Gen.Const(() => Value.ForNull())),
        (1, Gen.Bool.Select(Value.ForBool)),
        (2, Numbers.Select(Value.ForNumber)),
        (4, Strings.Select(Value.ForString)),
        (1, Gen.Const(() => PropertyValues.Unknown)));

    /// <summary>Any value, nested up to a few levels, with special objects well- and ill-formed.</summary>
    public static readonly Gen<Value> Values = Gen.Recursive<Value>((depth, self) => depth >= 3
        ? s_leaves
        : Gen.Frequency(
            (6, s_leaves),
            (1, self.Array[0, 4].Select(items => Value.ForList(items))),
            (1, Gen.Select(Keys, self).Array[0, 4].Select(pairs => Value.ForStruct(StructOf(pairs)))),
            (1, self.Select(v => PropertyValues.Secret(Marked(v)))),
            (1, Gen.Select(Gen.OneOfConst(s_signatures), Gen.Select(Gen.OneOfConst("value", "urn", "id", "secret", "dependencies", "packageVersion", "x"), self).Array[0, 3])
                .Select((signature, pairs) => Value.ForStruct(Special(signature, pairs)))),
            (1, self.Select(inner => Value.ForStruct(new Struct { Fields = { [PropertyValues.SignatureKey] = inner } }))),
            (1, Gen.Int[20, 30].Select(Deep))));

    /// <summary>A resource's inputs: sometimes valid ones with hostile changes, sometimes anything.</summary>
    public static readonly Gen<Struct> Inputs = Gen.Select(Gen.Bool, Gen.Select(Keys, Values).Array[0, 8])
        .Select((startValid, pairs) =>
        {
            var inputs = startValid ? ValidInputs() : new Struct();
            foreach (var (key, value) in pairs)
            {
                inputs.Fields[key] = value;
            }

            return inputs;
        });

    /// <summary>Provider configuration: the real keys (credentials carrying leak-check markers) with hostile values mixed in.</summary>
    public static readonly Gen<Struct> Configs = Gen.Select(
            Gen.Bool,
            Gen.Select(Gen.Frequency((6, Gen.OneOfConst(ConfigKeys)), (1, Keys)), Gen.Frequency((1, Values), (1, Strings.Select(s => Value.ForString(s))))).Array[0, 6])
        .Select((startValid, pairs) =>
        {
            var config = startValid ? ValidConfig() : new Struct();
            foreach (var (key, value) in pairs)
            {
                config.Fields[key] = key is "secretKey" or "securityToken" ? Marked(value) : value;
            }

            return config;
        });

    /// <summary>
    /// A value nested <paramref name="depth"/> levels (lists and objects alternating). The generators stay within what
    /// Google.Protobuf parses (100 message levels, about 35 of these); deeper requests are a test of their own.
    /// </summary>
    public static Value Deep(int depth)
    {
        var value = Value.ForString("bottom");
        for (var i = 0; i < depth; i++)
        {
            value = i % 2 == 0 ? Value.ForList(value) : Value.ForStruct(new Struct { Fields = { ["n"] = value } });
        }

        return value;
    }

    public static Struct ValidInputs() => PropertyValues.Object(
        ("routerId", "vrt-hostile0001"),
        ("routerType", "VRouter"),
        ("role", "InitiatingSide"),
        ("spec", "Small.1"),
        ("oppositeRegionId", "cn-shanghai"),
        ("name", "hostile"));

    public static Struct ValidConfig() => PropertyValues.Object(
        ("region", "cn-hangzhou"),
        ("accessKey", "LTAI-LEAKCHECK-HOSTILE-KEY"),
        ("secretKey", PropertyValues.Secret(SecretValue)),
        ("endpoint", "127.0.0.1:9"));

    /// <summary>Secret values of hostile configs: any echo of them in an answer is a leak.</summary>
    public const string SecretValue = "SECRET-LEAKCHECK-HOSTILE-CONFIG";

    /// <summary>Strings stay hostile but carry the secret marker (an answer quoting a secret is a leak); other kinds stay as they are.</summary>
    private static Value Marked(Value value) =>
        value.KindCase == Value.KindOneofCase.StringValue ? Value.ForString(SecretValue + value.StringValue) : value;

    private static Struct StructOf(IEnumerable<(string Key, Value Value)> pairs)
    {
        var result = new Struct();
        foreach (var (key, value) in pairs)
        {
            result.Fields[key] = value;
        }

        return result;
    }

    private static Struct Special(string signature, IEnumerable<(string Key, Value Value)> pairs)
    {
        var result = StructOf(pairs);
        result.Fields[PropertyValues.SignatureKey] = Value.ForString(signature);
        return result;
    }
}
