using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>Inputs of RouterInterface resources for the starting states the tests build (all in <see cref="Cloud.Region"/>).</summary>
internal static class RouterInterfaceInputs
{
    public const string Token = "alicloud-routerinterface:index:RouterInterface";

    /// <summary>An initiator on its own (no opposite interface), post- or prepaid.</summary>
    public static Struct Single(string routerId, string name, bool force, bool prepaid)
    {
        var inputs = PropertyValues.Object(
            ("routerId", routerId),
            ("routerType", "VRouter"),
            ("role", "InitiatingSide"),
            ("spec", "Small.1"),
            ("oppositeRegionId", Cloud.Region),
            ("name", name),
            ("force", force));
        return prepaid ? Prepaid(inputs) : inputs;
    }

    public static Struct Acceptor(string routerId, string oppositeRouterId, string name, bool force) => PropertyValues.Object(
        ("routerId", routerId),
        ("routerType", "VRouter"),
        ("role", "AcceptingSide"),
        ("spec", "Negative"),
        ("oppositeRegionId", Cloud.Region),
        ("oppositeRouterId", oppositeRouterId),
        ("oppositeRouterType", "VRouter"),
        ("name", name),
        ("force", force));

    /// <summary>The initiator of a pair; with <paramref name="connect"/> the provider connects it (both ends Active).</summary>
    public static Struct Initiator(string routerId, string oppositeRouterId, string acceptorId, string name, bool force, bool connect, bool prepaid)
    {
        var inputs = PropertyValues.Object(
            ("routerId", routerId),
            ("routerType", "VRouter"),
            ("role", "InitiatingSide"),
            ("spec", "Small.2"),
            ("oppositeRegionId", Cloud.Region),
            ("oppositeRouterId", oppositeRouterId),
            ("oppositeRouterType", "VRouter"),
            ("oppositeInterfaceId", acceptorId),
            ("name", name),
            ("force", force),
            ("connect", connect));
        return prepaid ? Prepaid(inputs) : inputs;
    }

    private static Struct Prepaid(Struct inputs)
    {
        inputs.Fields["instanceChargeType"] = Value.ForString("PrePaid");
        inputs.Fields["period"] = Value.ForNumber(1);
        inputs.Fields["pricingCycle"] = Value.ForString("Month");
        inputs.Fields["autoPay"] = Value.ForBool(true);
        return inputs;
    }
}
