using System.Collections.Immutable;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Resources.RouterInterface;
using Alicloud.RouterInterface.Resources.Tests.Support;
using CsCheck;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

public sealed class MappingTests
{
    [Fact]
    public void ReadArgsWriteArgs_SecretsAndUnknowns_RoundTrip()
    {
        var map = Inputs.Initiator(
            ("name", PropertyValue.MakeSecret(PropertyValue.FromString("link"))),
            ("oppositeInterfaceId", PropertyValue.Unknown),
            ("description", PropertyValue.MakeSecret(PropertyValue.Unknown)),
            ("period", 3),
            ("force", true));
        var failures = new List<CheckFailure>();

        var args = RouterInterfaceMapper.ReadArgs(map, failures);

        Assert.Empty(failures);
        Assert.Equal("link", args.Name);
        Assert.Equal(3, args.Period);
        Assert.True(args.Force);
        Assert.Contains("oppositeInterfaceId", args.Unknowns);
        Assert.Contains("name", args.Secrets);
        Assert.Equal(map, RouterInterfaceMapper.WriteArgs(args));
    }

    [Fact]
    public void WriteState_SecretInput_StaysSecretInTheOutputs()
    {
        var args = RouterInterfaceMapper.ReadArgs(Inputs.Initiator(("name", PropertyValue.MakeSecret(PropertyValue.FromString("link")))), []);
        var info = ScriptedCloud.Interface("ri-1", "cn-hangzhou", "vrt-a1", RouterInterfaceRole.Initiator, "Idle");

        var outputs = RouterInterfaceMapper.WriteState(new RouterInterfaceState(args, RouterInterfaceOutputs.FromCloud(info)));

        Assert.True(outputs["name"].IsSecret);
        Assert.Equal(PropertyValue.FromString("Idle"), outputs["status"]);
        Assert.Equal(PropertyValue.FromNumber(2), outputs["bandwidth"]);
        Assert.Equal(PropertyValue.FromString("cn-hangzhou"), outputs["regionId"]);
        Assert.Equal(PropertyValue.FromString("ri-1"), outputs["routerInterfaceId"]);
    }

    [Fact]
    public void ReadState_Outputs_RoundTrip()
    {
        var args = RouterInterfaceMapper.ReadArgs(Inputs.Initiator(("force", true)), []);
        var state = new RouterInterfaceState(args, RouterInterfaceOutputs.FromCloud(ScriptedCloud.Interface("ri-1", "cn-hangzhou", "vrt-a1", RouterInterfaceRole.Initiator, "Active")));
        var map = RouterInterfaceMapper.WriteState(state);

        var read = RouterInterfaceMapper.ReadState(map);

        Assert.Equal(map, RouterInterfaceMapper.WriteState(read));
        Assert.Equal("Active", read.Outputs.Status);
        Assert.True(read.Args.Force);
    }

    [Fact]
    public void Unknown_PreviewOutputs_AreUnknownExceptTheRegion()
    {
        var outputs = RouterInterfaceMapper.WriteState(new RouterInterfaceState(new RouterInterfaceArgs(), RouterInterfaceOutputs.Unknown("cn-hangzhou")));

        Assert.Equal(PropertyValue.FromString("cn-hangzhou"), outputs["regionId"]);
        Assert.All(RouterInterfaceFields.Outputs.Where(f => f.Name != "regionId"), f => Assert.Equal(PropertyValue.Unknown, outputs[f.Name]));
    }

    private static readonly Gen<PropertyValue> AnyScalar = Gen.OneOf(
        Gen.String.Select(PropertyValue.FromString),
        Gen.Bool.Select(PropertyValue.FromBool),
        Gen.Double.Select(PropertyValue.FromNumber),
        Gen.Int.Select(i => PropertyValue.FromNumber(i)),
        Gen.Const(PropertyValue.Null),
        Gen.Const(PropertyValue.Unknown));

    private static readonly Gen<PropertyValue> AnyValue = AnyScalar.SelectMany(v => Gen.OneOf(
        Gen.Const(v),
        Gen.Const(PropertyValue.MakeSecret(v)),
        Gen.Const(PropertyValue.FromArray([v])),
        Gen.Const(PropertyValue.FromObject(PropertyMap.Empty.With("x", v)))));

    private static readonly Gen<string> AnyName = Gen.OneOf(
        Gen.OneOfConst(RouterInterfaceFields.Inputs.Select(f => f.Name).ToArray()),
        Gen.String[1, 20]);

    [Fact]
    public void Check_RandomInputs_NeverThrowsAndNamesEveryFailedProperty()
    {
        using var rig = new TestRig();
        Gen.Select(AnyName, AnyValue).Array[0, 25].Sample(pairs =>
        {
            var map = PropertyMap.From(pairs.DistinctBy(p => p.Item1).Select(p => KeyValuePair.Create(p.Item1, p.Item2)));
            var result = rig.Handler.CheckAsync(new ResourceCheckRequest(TestRig.Urn, "ri", PropertyMap.Empty, map), CancellationToken.None).GetAwaiter().GetResult();
            Assert.All(result.Failures, f => Assert.True(map.ContainsKey(f.Property) || RouterInterfaceFields.FindInput(f.Property) is not null, f.ToString()));
            Assert.All(result.Failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        }, iter: 2000);
    }

    private static readonly Gen<(string Name, PropertyValue Value)> ValidField = Gen.OneOf(
        Gen.String.AlphaNumeric.Select(s => ("name", PropertyValue.FromString("n" + s))),
        Gen.Int[1, 9].Select(i => ("period", PropertyValue.FromNumber(i))),
        Gen.Bool.Select(b => ("force", PropertyValue.FromBool(b))),
        Gen.Bool.Select(b => ("connect", PropertyValue.FromBool(b))),
        Gen.String.AlphaNumeric.Select(s => ("oppositeAccessPointId", PropertyValue.FromString("ap-" + s))));

    [Fact]
    public void ReadArgsWriteArgs_WellTypedMaps_RoundTripWithSecretsAndUnknowns()
    {
        Gen.Select(ValidField, Gen.Int[0, 2]).Array[0, 8].Sample(fields =>
        {
            var map = PropertyMap.From(fields.DistinctBy(f => f.Item1.Name).Select(f => KeyValuePair.Create(f.Item1.Name, f.Item2 switch
            {
                0 => f.Item1.Value,
                1 => PropertyValue.MakeSecret(f.Item1.Value),
                _ => PropertyValue.Unknown,
            })));
            var failures = new List<CheckFailure>();
            var args = RouterInterfaceMapper.ReadArgs(map, failures);
            Assert.Empty(failures);
            Assert.Equal(map, RouterInterfaceMapper.WriteArgs(args));
        }, iter: 1000);
    }

    [Fact]
    public void Unknowns_AreKeptWhenSecret()
    {
        var args = RouterInterfaceMapper.ReadArgs(PropertyMap.Empty.With("name", PropertyValue.MakeSecret(PropertyValue.Unknown)), []);

        Assert.Equal(ImmutableHashSet.Create("name"), args.Unknowns);
        Assert.True(RouterInterfaceMapper.WriteArgs(args)["name"].IsSecret);
    }
}
