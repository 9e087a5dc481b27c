using Alicloud.RouterInterface.Demo.Cloud;
using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Demo.Stack;

/// <summary>What happens to a pair between <c>pulumi up</c> and <c>pulumi destroy</c>.</summary>
internal enum PairRole
{
    /// <summary>Active, each end the next hop of a route entry; <c>force: true</c> lets the delete remove those routes.</summary>
    Routed,

    /// <summary>Active, then deactivated through the API just before the destroy: the delete finds it mid-transition.</summary>
    Draining,

    /// <summary>A subscription (prepaid) instance: the API cannot delete it, so the provider refuses before changing anything.</summary>
    Prepaid,
}

/// <summary>One connected pair of the program: an acceptor in the acceptor region and an initiator with <c>connect: true</c>.</summary>
internal sealed record PairPlan(PairRole Role, string Key, string Spec, string Story)
{
    public const string ResourceType = "alicloud-routerinterface:index:RouterInterface";

    public static IReadOnlyList<PairPlan> All { get; } =
    [
        new(PairRole.Routed, "routed", "Small.1", "Active; each end is the next hop of a route entry; force: true"),
        new(PairRole.Draining, "draining", "Mini.5", "Active; deactivated by another tool just before the destroy"),
        new(PairRole.Prepaid, "prepaid", "Small.2", "Active; PrePaid, 1 month, autoPay: the API cannot delete it"),
    ];

    public string AcceptorName => $"{Key}-acceptor";

    public string InitiatorName => $"{Key}-initiator";

    private bool Force => Role == PairRole.Routed;

    public ResourceDeclaration Acceptor(RegionSite own, RegionSite opposite, DemoOptions options) =>
        new(ResourceType, AcceptorName, PropertyValues.Object(
            ("routerId", own.VRouterId),
            ("routerType", "VRouter"),
            ("role", "AcceptingSide"),
            ("spec", "Negative"),
            ("oppositeRegionId", opposite.RegionId),
            ("oppositeRouterId", opposite.VRouterId),
            ("oppositeRouterType", "VRouter"),
            ("name", AcceptorName),
            ("description", $"Acceptor end of the {Key} pair"),
            ("force", Force)))
        {
            CustomTimeouts = CustomTimeouts.Parse(create: options.ResourceTimeout, delete: options.ResourceTimeout),
        };

    public ResourceDeclaration Initiator(RegionSite own, RegionSite opposite, string acceptorId, DemoOptions options)
    {
        var inputs = PropertyValues.Object(
            ("routerId", own.VRouterId),
            ("routerType", "VRouter"),
            ("role", "InitiatingSide"),
            ("spec", Spec),
            ("oppositeRegionId", opposite.RegionId),
            ("oppositeRouterId", opposite.VRouterId),
            ("oppositeRouterType", "VRouter"),
            ("oppositeInterfaceId", acceptorId),
            ("name", InitiatorName),
            ("description", $"Initiator end of the {Key} pair"),
            ("connect", true),
            ("force", Force));
        if (Role == PairRole.Prepaid)
        {
            Add(inputs, ("instanceChargeType", "PrePaid"), ("period", 1), ("pricingCycle", "Month"), ("autoPay", true));
        }

        return new ResourceDeclaration(ResourceType, InitiatorName, inputs)
        {
            CustomTimeouts = CustomTimeouts.Parse(create: options.ResourceTimeout, delete: options.ResourceTimeout),
        };
    }

    private static void Add(Struct inputs, params (string Key, object Value)[] values)
    {
        foreach (var (key, value) in values)
        {
            inputs.Fields[key] = PropertyValues.ToValue(value);
        }
    }
}
