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
        // ModifyRouterInterfaceAttribute takes the opposite fields while Idle only (ConnectedReplaces below)
        Text(P.OppositeRouterId, ChangeBehaviour.ModifyAttribute, a => a.OppositeRouterId, (a, v) => a with { OppositeRouterId = v }),
        Text(P.OppositeRouterType, ChangeBehaviour.ModifyAttribute, a => a.OppositeRouterType, (a, v) => a with { OppositeRouterType = v }),
        Text(P.OppositeInterfaceId, ChangeBehaviour.ModifyAttribute, a => a.OppositeInterfaceId, (a, v) => a with { OppositeInterfaceId = v }),
        Text(P.OppositeInterfaceOwnerId, ChangeBehaviour.ModifyAttribute, a => a.OppositeInterfaceOwnerId, (a, v) => a with { OppositeInterfaceOwnerId = v }),
        Text(P.AccessPointId, ChangeBehaviour.Replace, a => a.AccessPointId, (a, v) => a with { AccessPointId = v }),

        // no API changes it after create (ModifyRouterInterfaceAttribute has no such parameter; Terraform: ForceNew)
        Text(P.OppositeAccessPointId, ChangeBehaviour.Replace, a => a.OppositeAccessPointId, (a, v) => a with { OppositeAccessPointId = v }),
        Text(P.Name, ChangeBehaviour.ModifyAttribute, a => a.Name, (a, v) => a with { Name = v }),
        Text(P.Description, ChangeBehaviour.ModifyAttribute, a => a.Description, (a, v) => a with { Description = v }),
        Text(P.HealthCheckSourceIp, ChangeBehaviour.ModifyAttribute, a => a.HealthCheckSourceIp, (a, v) => a with { HealthCheckSourceIp = v }),
        Text(P.HealthCheckTargetIp, ChangeBehaviour.ModifyAttribute, a => a.HealthCheckTargetIp, (a, v) => a with { HealthCheckTargetIp = v }),
        Text(P.InstanceChargeType, ChangeBehaviour.Replace, a => a.InstanceChargeType, (a, v) => a with { InstanceChargeType = v }),
        Number<RouterInterfaceArgs>(P.Period, ChangeBehaviour.Replace, a => a.Period, (a, v) => a with { Period = v }),
        Text(P.PricingCycle, ChangeBehaviour.Replace, a => a.PricingCycle, (a, v) => a with { PricingCycle = v }),
        Flag(P.AutoPay, ChangeBehaviour.Replace, a => a.AutoPay, (a, v) => a with { AutoPay = v }),
        Flag(P.Force, ChangeBehaviour.StateOnly, a => a.Force, (a, v) => a with { Force = v }),
        Flag(P.Connect, ChangeBehaviour.Connect, a => a.Connect, (a, v) => a with { Connect = v }),

        // Absent in states written before the input existed: absent means false, so an upgrade replaces nothing.
        Flag(P.FastLinkMode, ChangeBehaviour.Replace, a => a.FastLinkMode, (a, v) => a with { FastLinkMode = v }) with { Default = false },

        new PropertyField<RouterInterfaceArgs>(P.Tags, PropertyKind.StringMap, ChangeBehaviour.Tags, a => a.Tags, (a, v) => a with { Tags = (TagMap?)v }) with { AbsentIsUnmanaged = true },
        Text(P.ResourceGroupId, ChangeBehaviour.ResourceGroup, a => a.ResourceGroupId, (a, v) => a with { ResourceGroupId = v }) with { AbsentIsUnmanaged = true },
        Text(P.Status, ChangeBehaviour.Status, a => a.Status, (a, v) => a with { Status = v }) with { AbsentIsUnmanaged = true },
        Number<RouterInterfaceArgs>(P.HcRate, ChangeBehaviour.ModifyAttribute, a => a.HcRate, (a, v) => a with { HcRate = v }) with { AbsentIsUnmanaged = true },
        Number<RouterInterfaceArgs>(P.HcThreshold, ChangeBehaviour.ModifyAttribute, a => a.HcThreshold, (a, v) => a with { HcThreshold = v }) with { AbsentIsUnmanaged = true },
        Flag(P.AutoRenew, ChangeBehaviour.CreateOnly, a => a.AutoRenew, (a, v) => a with { AutoRenew = v }),
    ];

    /// <summary>
    /// The opposite fields, which replace a connected interface: ModifyRouterInterfaceAttribute changes them only while
    /// the interface is Idle (Terraform's legacy resource_alicloud_router_interface.go refuses them on an Active or
    /// Inactive interface; Terraform 1.263 made them ForceNew), so Diff replaces rather than fail an Update halfway.
    /// </summary>
    public static readonly IReadOnlySet<string> ConnectedReplaces =
        new HashSet<string>(StringComparer.Ordinal) { P.OppositeRouterId, P.OppositeRouterType, P.OppositeInterfaceId, P.OppositeInterfaceOwnerId };

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
        Number<RouterInterfaceOutputs>(P.Bandwidth, ChangeBehaviour.None, o => o.Bandwidth, (o, v) => o with { Bandwidth = v }),
        Text<RouterInterfaceOutputs>(P.CreationTime, ChangeBehaviour.None, o => o.CreationTime, (o, v) => o with { CreationTime = v }),
        Text<RouterInterfaceOutputs>(P.EndTime, ChangeBehaviour.None, o => o.EndTime, (o, v) => o with { EndTime = v }),
        Text<RouterInterfaceOutputs>(P.VpcInstanceId, ChangeBehaviour.None, o => o.VpcInstanceId, (o, v) => o with { VpcInstanceId = v }),
        Text<RouterInterfaceOutputs>(P.ConnectedTime, ChangeBehaviour.None, o => o.ConnectedTime, (o, v) => o with { ConnectedTime = v }),
        new(P.CrossBorder, PropertyKind.Boolean, ChangeBehaviour.None, o => o.CrossBorder, (o, v) => o with { CrossBorder = (bool?)v }),
        Text<RouterInterfaceOutputs>(P.HasReservationData, ChangeBehaviour.None, o => o.HasReservationData, (o, v) => o with { HasReservationData = v }),
        Number<RouterInterfaceOutputs>(P.HcRate, ChangeBehaviour.None, o => o.HcRate, (o, v) => o with { HcRate = v }),
        Number<RouterInterfaceOutputs>(P.HcThreshold, ChangeBehaviour.None, o => o.HcThreshold, (o, v) => o with { HcThreshold = v }),
        Number<RouterInterfaceOutputs>(P.OppositeBandwidth, ChangeBehaviour.None, o => o.OppositeBandwidth, (o, v) => o with { OppositeBandwidth = v }),
        Text<RouterInterfaceOutputs>(P.OppositeInterfaceBusinessStatus, ChangeBehaviour.None, o => o.OppositeInterfaceBusinessStatus, (o, v) => o with { OppositeInterfaceBusinessStatus = v }),
        Text<RouterInterfaceOutputs>(P.OppositeInterfaceSpec, ChangeBehaviour.None, o => o.OppositeInterfaceSpec, (o, v) => o with { OppositeInterfaceSpec = v }),
        Text<RouterInterfaceOutputs>(P.OppositeVpcInstanceId, ChangeBehaviour.None, o => o.OppositeVpcInstanceId, (o, v) => o with { OppositeVpcInstanceId = v }),
        Text<RouterInterfaceOutputs>(P.ReservationActiveTime, ChangeBehaviour.None, o => o.ReservationActiveTime, (o, v) => o with { ReservationActiveTime = v }),
        Text<RouterInterfaceOutputs>(P.ReservationBandwidth, ChangeBehaviour.None, o => o.ReservationBandwidth, (o, v) => o with { ReservationBandwidth = v }),
        Text<RouterInterfaceOutputs>(P.ReservationInternetChargeType, ChangeBehaviour.None, o => o.ReservationInternetChargeType, (o, v) => o with { ReservationInternetChargeType = v }),
        Text<RouterInterfaceOutputs>(P.ReservationOrderType, ChangeBehaviour.None, o => o.ReservationOrderType, (o, v) => o with { ReservationOrderType = v }),
        Text<RouterInterfaceOutputs>(P.ResourceGroupId, ChangeBehaviour.None, o => o.ResourceGroupId, (o, v) => o with { ResourceGroupId = v }),
        new(P.Tags, PropertyKind.StringMap, ChangeBehaviour.None, o => o.Tags, (o, v) => o with { Tags = (TagMap?)v }),
    ];

    private static readonly Dictionary<string, PropertyField<RouterInterfaceArgs>> InputsByName =
        Inputs.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static PropertyField<RouterInterfaceArgs>? FindInput(string name) => InputsByName.GetValueOrDefault(name);

    private static PropertyField<RouterInterfaceArgs> Text(
        string name, ChangeBehaviour onChange, Func<RouterInterfaceArgs, string?> get, Func<RouterInterfaceArgs, string?, RouterInterfaceArgs> set) =>
        Text<RouterInterfaceArgs>(name, onChange, get, set);

    private static PropertyField<T> Text<T>(string name, ChangeBehaviour onChange, Func<T, string?> get, Func<T, string?, T> set) =>
        new(name, PropertyKind.String, onChange, r => get(r), (r, v) => set(r, (string?)v));

    private static PropertyField<T> Number<T>(string name, ChangeBehaviour onChange, Func<T, int?> get, Func<T, int?, T> set) =>
        new(name, PropertyKind.Integer, onChange, r => get(r), (r, v) => set(r, (int?)v));

    private static PropertyField<RouterInterfaceArgs> Flag(
        string name, ChangeBehaviour onChange, Func<RouterInterfaceArgs, bool?> get, Func<RouterInterfaceArgs, bool?, RouterInterfaceArgs> set) =>
        new(name, PropertyKind.Boolean, onChange, r => get(r), (r, v) => set(r, (bool?)v));
}
