using P = Alicloud.RouterInterface.Resources.RouterInterface.RouterInterfaceProperties;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>The property table of the resource contract: every input and output, its type and change behaviour.</summary>
public static class RouterInterfaceFields
{
    public static readonly IReadOnlyList<PropertyField<RouterInterfaceArgs>> Inputs =
    [
        Text(P.RouterId, ChangeBehaviour.Replace, a => a.RouterId, (a, v) => a with { RouterId = v }),
        Text(P.RouterType, ChangeBehaviour.Replace, a => a.RouterType, (a, v) => a with { RouterType = v }),
        Text(P.Role, ChangeBehaviour.Replace, a => a.Role, (a, v) => a with { Role = v }),
        Text(P.Spec, ChangeBehaviour.ModifySpec, a => a.Spec, (a, v) => a with { Spec = v }),
        Text(P.OppositeRegionId, ChangeBehaviour.Replace, a => a.OppositeRegionId, (a, v) => a with { OppositeRegionId = v }),
        Text(P.OppositeRouterId, ChangeBehaviour.ModifyAttribute, a => a.OppositeRouterId, (a, v) => a with { OppositeRouterId = v }),
        Text(P.OppositeRouterType, ChangeBehaviour.ModifyAttribute, a => a.OppositeRouterType, (a, v) => a with { OppositeRouterType = v }),
        Text(P.OppositeInterfaceId, ChangeBehaviour.ModifyAttribute, a => a.OppositeInterfaceId, (a, v) => a with { OppositeInterfaceId = v }),
        Text(P.OppositeInterfaceOwnerId, ChangeBehaviour.ModifyAttribute, a => a.OppositeInterfaceOwnerId, (a, v) => a with { OppositeInterfaceOwnerId = v }),
        Text(P.AccessPointId, ChangeBehaviour.Replace, a => a.AccessPointId, (a, v) => a with { AccessPointId = v }),

        // ModifyRouterInterfaceAttribute has no OppositeAccessPointId parameter: the contract keeps it in place, so it is state only.
        Text(P.OppositeAccessPointId, ChangeBehaviour.StateOnly, a => a.OppositeAccessPointId, (a, v) => a with { OppositeAccessPointId = v }),
        Text(P.Name, ChangeBehaviour.ModifyAttribute, a => a.Name, (a, v) => a with { Name = v }),
        Text(P.Description, ChangeBehaviour.ModifyAttribute, a => a.Description, (a, v) => a with { Description = v }),
        Text(P.HealthCheckSourceIp, ChangeBehaviour.ModifyAttribute, a => a.HealthCheckSourceIp, (a, v) => a with { HealthCheckSourceIp = v }),
        Text(P.HealthCheckTargetIp, ChangeBehaviour.ModifyAttribute, a => a.HealthCheckTargetIp, (a, v) => a with { HealthCheckTargetIp = v }),
        Text(P.InstanceChargeType, ChangeBehaviour.Replace, a => a.InstanceChargeType, (a, v) => a with { InstanceChargeType = v }),
        new(P.Period, PropertyKind.Integer, ChangeBehaviour.Replace, a => a.Period, (a, v) => a with { Period = (int?)v }),
        Text(P.PricingCycle, ChangeBehaviour.Replace, a => a.PricingCycle, (a, v) => a with { PricingCycle = v }),
        Flag(P.AutoPay, ChangeBehaviour.Replace, a => a.AutoPay, (a, v) => a with { AutoPay = v }),
        Flag(P.Force, ChangeBehaviour.StateOnly, a => a.Force, (a, v) => a with { Force = v }),
        Flag(P.Connect, ChangeBehaviour.Connect, a => a.Connect, (a, v) => a with { Connect = v }),

        // Absent in states written before the input existed: absent means false, so an upgrade replaces nothing.
        Flag(P.FastLinkMode, ChangeBehaviour.Replace, a => a.FastLinkMode, (a, v) => a with { FastLinkMode = v }) with { Default = false },
    ];

    /// <summary>
    /// Inputs that change in place on an ordinary interface but replace a fast-link instance: its acceptor is the cloud's,
    /// created on that vRouter of that account, so another VPC means another instance.
    /// </summary>
    public static readonly IReadOnlySet<string> FastLinkReplaces =
        new HashSet<string>(StringComparer.Ordinal) { P.OppositeRouterId, P.OppositeRouterType, P.OppositeInterfaceOwnerId };

    public static readonly IReadOnlyList<PropertyField<RouterInterfaceOutputs>> Outputs =
    [
        Text<RouterInterfaceOutputs>(P.RouterInterfaceId, ChangeBehaviour.None, o => o.RouterInterfaceId, (o, v) => o with { RouterInterfaceId = v }),
        Text<RouterInterfaceOutputs>(P.RegionId, ChangeBehaviour.None, o => o.RegionId, (o, v) => o with { RegionId = v }),
        Text<RouterInterfaceOutputs>(P.Status, ChangeBehaviour.None, o => o.Status, (o, v) => o with { Status = v }),
        Text<RouterInterfaceOutputs>(P.BusinessStatus, ChangeBehaviour.None, o => o.BusinessStatus, (o, v) => o with { BusinessStatus = v }),
        Text<RouterInterfaceOutputs>(P.ChargeType, ChangeBehaviour.None, o => o.ChargeType, (o, v) => o with { ChargeType = v }),
        Text<RouterInterfaceOutputs>(P.OppositeInterfaceStatus, ChangeBehaviour.None, o => o.OppositeInterfaceStatus, (o, v) => o with { OppositeInterfaceStatus = v }),
        new(P.Bandwidth, PropertyKind.Integer, ChangeBehaviour.None, o => o.Bandwidth, (o, v) => o with { Bandwidth = (int?)v }),
        Text<RouterInterfaceOutputs>(P.CreationTime, ChangeBehaviour.None, o => o.CreationTime, (o, v) => o with { CreationTime = v }),
        Text<RouterInterfaceOutputs>(P.EndTime, ChangeBehaviour.None, o => o.EndTime, (o, v) => o with { EndTime = v }),
        Text<RouterInterfaceOutputs>(P.VpcInstanceId, ChangeBehaviour.None, o => o.VpcInstanceId, (o, v) => o with { VpcInstanceId = v }),
    ];

    private static readonly Dictionary<string, PropertyField<RouterInterfaceArgs>> InputsByName =
        Inputs.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static PropertyField<RouterInterfaceArgs>? FindInput(string name) => InputsByName.GetValueOrDefault(name);

    private static PropertyField<RouterInterfaceArgs> Text(
        string name, ChangeBehaviour onChange, Func<RouterInterfaceArgs, string?> get, Func<RouterInterfaceArgs, string?, RouterInterfaceArgs> set) =>
        Text<RouterInterfaceArgs>(name, onChange, get, set);

    private static PropertyField<T> Text<T>(string name, ChangeBehaviour onChange, Func<T, string?> get, Func<T, string?, T> set) =>
        new(name, PropertyKind.String, onChange, r => get(r), (r, v) => set(r, (string?)v));

    private static PropertyField<RouterInterfaceArgs> Flag(
        string name, ChangeBehaviour onChange, Func<RouterInterfaceArgs, bool?> get, Func<RouterInterfaceArgs, bool?, RouterInterfaceArgs> set) =>
        new(name, PropertyKind.Boolean, onChange, r => get(r), (r, v) => set(r, (bool?)v));
}
