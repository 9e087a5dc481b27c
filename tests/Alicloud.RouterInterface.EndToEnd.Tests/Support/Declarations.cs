using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>RouterInterface registrations as a Pulumi program would write them.</summary>
internal static class Declarations
{
    public const string Token = "alicloud-routerinterface:index:RouterInterface";

    public static ResourceDeclaration Acceptor(string name, string routerId, params (string Key, object? Value)[] extra) =>
        new(Token, name, Inputs(
            [("routerId", routerId), ("routerType", "VRouter"), ("role", "AcceptingSide"), ("spec", "Negative"), ("oppositeRegionId", Regions.Home), ("name", name)],
            extra));

    public static ResourceDeclaration Initiator(string name, string routerId, string? acceptorId, string acceptorRegion, bool connect, params (string Key, object? Value)[] extra)
    {
        var inputs = new List<(string, object?)>
        {
            ("routerId", routerId), ("routerType", "VRouter"), ("role", "InitiatingSide"), ("spec", "Small.1"),
            ("oppositeRegionId", acceptorRegion), ("name", name),
        };
        if (acceptorId is not null)
        {
            inputs.Add(("oppositeInterfaceId", acceptorId));
        }

        if (connect)
        {
            inputs.Add(("connect", true));
        }

        return new ResourceDeclaration(Token, name, Inputs(inputs, extra));
    }

    /// <summary>A fast-link instance: a VBR initiator whose acceptor the cloud creates on <paramref name="vpcRouterId"/> (same region).</summary>
    public static ResourceDeclaration FastLink(string name, string vbrId, string accessPointId, string vpcRouterId, params (string Key, object? Value)[] extra) =>
        new(Token, name, Inputs(
            [
                ("routerId", vbrId), ("routerType", "VBR"), ("role", "InitiatingSide"), ("spec", "Large.1"), ("accessPointId", accessPointId),
                ("oppositeRegionId", Regions.Home), ("oppositeRouterId", vpcRouterId), ("fastLinkMode", true), ("name", name),
            ],
            extra));

    /// <summary>The inputs of a registration with some values replaced (a program edit).</summary>
    public static ResourceDeclaration With(this ResourceDeclaration declaration, params (string Key, object? Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var inputs = declaration.Inputs.Clone();
        foreach (var (key, value) in changes)
        {
            inputs.Fields[key] = PropertyValues.ToValue(value);
        }

        return declaration with { Inputs = inputs };
    }

    public static string Urn(this PulumiEngine engine, string name) =>
        Urns.Create(engine.State.Stack, engine.State.Project, Token, name);

    private static Struct Inputs(IEnumerable<(string Key, object? Value)> values, IEnumerable<(string Key, object? Value)> extra)
    {
        var result = PropertyValues.Object(values.ToArray());
        foreach (var (key, value) in extra)
        {
            result.Fields[key] = PropertyValues.ToValue(value);
        }

        return result;
    }
}
