// *** WARNING: this file has the shape pulumi-language-dotnet generates (`pulumi package gen-sdk --language dotnet`). ***
// *** Do not edit by hand unless you're certain you know what you are doing! ***
// Kept equal to schema.json by `make sdk`: edit the two together.

using System.Collections.Immutable;

namespace Pulumi.AlicloudRouterInterface.Outputs;

/// <summary>
/// One router interface as `getRouterInterfaces` answers it: the properties of a `RouterInterface` resource as the cloud reports them.
/// </summary>
[OutputType]
public sealed class GetRouterInterfacesInterface
{
    /// <summary>
    /// The access point of a VBR interface (Express Connect circuit scenario). Changing it replaces the interface.
    /// </summary>
    public readonly string? AccessPointId;

    /// <summary>
    /// For `PrePaid`, where it must be `true`: pay the subscription order automatically. Without it the API only places an unpaid order in the Order Center and the interface is not created until someone pays it, so Check refuses a `PrePaid` interface without `autoPay: true`. Changing it replaces the interface.
    /// </summary>
    public readonly bool? AutoPay;

    /// <summary>
    /// Renew a subscription (`instanceChargeType: PrePaid`) automatically when it ends. Sent only at create (CreateRouterInterface `AutoRenew`): no VPC API changes it later, so changing it on an existing interface is refused in preview with what to do instead.
    /// </summary>
    public readonly bool? AutoRenew;

    /// <summary>
    /// The bandwidth in Mbps that `spec` gives (for example 2 for `Mini.2`).
    /// </summary>
    public readonly int? Bandwidth;

    /// <summary>
    /// The billing state as the API reports it, for example `Normal`, `FinancialLocked` or `SecurityLocked`.
    /// </summary>
    public readonly string? BusinessStatus;

    /// <summary>
    /// The billing method as the API reports it: `AfterPay` (pay-as-you-go) or `Prepaid` (subscription).
    /// </summary>
    public readonly string? ChargeType;

    /// <summary>
    /// Initiator only. When `true`, after create (or when switched to `true`) the provider points the acceptor named by `oppositeInterfaceId` back at this interface (when this account can see it), calls ConnectRouterInterface and waits until both ends are `Active`. A connected pair is one Express Connect instance: deleting either end deletes both. Defaults to `false`.
    /// </summary>
    public readonly bool? Connect;

    /// <summary>
    /// When the pair was connected (ISO 8601, UTC), empty before.
    /// </summary>
    public readonly string? ConnectedTime;

    /// <summary>
    /// When the interface was created (UTC, as the API reports it).
    /// </summary>
    public readonly string? CreationTime;

    /// <summary>
    /// Whether the connection crosses a border (for example between the Chinese mainland and another region).
    /// </summary>
    public readonly bool? CrossBorder;

    /// <summary>
    /// The description: 2 to 256 characters, not starting with `http://` or `https://`. Changed in place.
    /// </summary>
    public readonly string? Description;

    /// <summary>
    /// When a prepaid subscription ends (UTC, as the API reports it); empty for pay-as-you-go instances.
    /// </summary>
    public readonly string? EndTime;

    /// <summary>
    /// Create the whole Express Connect instance between a VBR and a VPC in one resource: on a VBR initiator (`routerType: VBR`, `role: InitiatingSide`) with `fastLinkMode: true`, CreateRouterInterface runs in fast-link mode, the cloud creates the acceptor on the VPC's vRouter (`oppositeRouterId`, `oppositeRouterType: VRouter`, the default here) and connects both ends; the provider waits until both are `Active`. Needs `oppositeRouterId`, `oppositeRegionId` and `accessPointId`; `oppositeInterfaceOwnerId` defaults to this account. Leave `oppositeInterfaceId` and `connect` unset: the acceptor's ID is the `oppositeInterfaceId` output. The delete removes both ends with DeleteExpressConnect, with the same refusals (prepaid, route entries without `force`) and waits as any instance. Changing it, or the opposite router's fields of a fast-link instance, replaces the instance. Defaults to `false`.
    /// </summary>
    public readonly bool? FastLinkMode;

    /// <summary>
    /// What the delete does with custom route entries whose next hop is either end of this Express Connect instance. `false` (the default): the delete refuses before changing anything and lists each such entry (route table, destination CIDR, entry ID). `true`: the delete reports and removes those route entries first, then deletes the instance. Changing it is an in-place update that makes no cloud call, so set it to `true` with `pulumi up` before a `pulumi destroy` that should remove the routes.
    /// </summary>
    public readonly bool? Force;

    /// <summary>
    /// `true` when renewal data (reservation) exists for the interface, as the API reports it (a string).
    /// </summary>
    public readonly string? HasReservationData;

    /// <summary>
    /// The health-check interval in milliseconds (the API recommends 2000). Changed in place (ModifyRouterInterfaceAttribute `HcRate`); leaving it out leaves it alone. The output shows the cloud's value (0: not set).
    /// </summary>
    public readonly int? HcRate;

    /// <summary>
    /// How many health-check packets may be lost before the link counts as down (the API recommends 8). Changed in place (ModifyRouterInterfaceAttribute `HcThreshold`); leaving it out leaves it alone. The output shows the cloud's value (0: not set).
    /// </summary>
    public readonly int? HcThreshold;

    /// <summary>
    /// The IPv4 source address of health-check probes; requires `healthCheckTargetIp`. Changed in place. Removing both health-check IPs from the inputs removes them in the cloud (ModifyRouterInterfaceAttribute `DeleteHealthCheckIp`).
    /// </summary>
    public readonly string? HealthCheckSourceIp;

    /// <summary>
    /// The IPv4 target address of health-check probes. Changed in place. Removing both health-check IPs from the inputs removes them in the cloud (ModifyRouterInterfaceAttribute `DeleteHealthCheckIp`).
    /// </summary>
    public readonly string? HealthCheckTargetIp;

    /// <summary>
    /// The billing method: `PostPaid` (pay-as-you-go, the default) or `PrePaid` (subscription). A prepaid instance cannot be deleted before its subscription ends: `pulumi destroy` refuses it before changing anything and says how to proceed (see the resource description). Changing it replaces the interface.
    /// </summary>
    public readonly string? InstanceChargeType;

    /// <summary>
    /// The display name: 2 to 128 characters, starting with a letter or a Chinese character; digits, `.`, `_` and `-` are allowed. Changed in place.
    /// </summary>
    public readonly string? Name;

    /// <summary>
    /// The access point of the other end, required when the other end is a VBR. Changing it replaces the interface: no API changes it after create (ModifyRouterInterfaceAttribute has no such parameter).
    /// </summary>
    public readonly string? OppositeAccessPointId;

    /// <summary>
    /// The bandwidth in Mbps of the other end.
    /// </summary>
    public readonly int? OppositeBandwidth;

    /// <summary>
    /// The business status of the other end: `Normal`, `FinancialLocked` or `SecurityLocked`.
    /// </summary>
    public readonly string? OppositeInterfaceBusinessStatus;

    /// <summary>
    /// The ID of the router interface at the other end (`ri-…`). On an initiator with `connect: true` this is the acceptor's ID. On a fast-link initiator (`fastLinkMode: true`) leave it unset; the output is: the ID of the acceptor the cloud created. Changed in place. On a connected interface (any status but `Idle`) changing it replaces the interface, which Diff refuses for one end of a connected pair with what to do instead: ModifyRouterInterfaceAttribute changes the opposite information only while the interface is `Idle`.
    /// </summary>
    public readonly string? OppositeInterfaceId;

    /// <summary>
    /// The Alibaba Cloud account ID that owns the other end, when it belongs to another account. Changed in place (on a fast-link instance, changing it replaces the instance). On a connected interface (any status but `Idle`) changing it replaces the interface, which Diff refuses for one end of a connected pair with what to do instead: ModifyRouterInterfaceAttribute changes the opposite information only while the interface is `Idle`.
    /// </summary>
    public readonly string? OppositeInterfaceOwnerId;

    /// <summary>
    /// The spec of the other end.
    /// </summary>
    public readonly string? OppositeInterfaceSpec;

    /// <summary>
    /// The state of the other end, as this end reports it.
    /// </summary>
    public readonly string? OppositeInterfaceStatus;

    /// <summary>
    /// The region of the other end of the connection (for example `cn-shanghai`). Changing it replaces the interface.
    /// </summary>
    public readonly string? OppositeRegionId;

    /// <summary>
    /// The ID of the router at the other end (`vrt-…` or `vbr-…`). Changed in place (on a fast-link instance, changing it replaces the instance). On a connected interface (any status but `Idle`) changing it replaces the interface, which Diff refuses for one end of a connected pair with what to do instead: ModifyRouterInterfaceAttribute changes the opposite information only while the interface is `Idle`.
    /// </summary>
    public readonly string? OppositeRouterId;

    /// <summary>
    /// The type of `oppositeRouterId`: `VRouter` or `VBR`. Changed in place (on a fast-link instance, changing it replaces the instance). On a connected interface (any status but `Idle`) changing it replaces the interface, which Diff refuses for one end of a connected pair with what to do instead: ModifyRouterInterfaceAttribute changes the opposite information only while the interface is `Idle`.
    /// </summary>
    public readonly string? OppositeRouterType;

    /// <summary>
    /// The VPC of the other end.
    /// </summary>
    public readonly string? OppositeVpcInstanceId;

    /// <summary>
    /// The subscription length for `PrePaid`, required there: 1 to 9 with `pricingCycle: Month`, 1 to 3 with `pricingCycle: Year`. Changing it replaces the interface.
    /// </summary>
    public readonly int? Period;

    /// <summary>
    /// The unit of `period` for `PrePaid`: `Month` (the default) or `Year`. Changing it replaces the interface.
    /// </summary>
    public readonly string? PricingCycle;

    /// <summary>
    /// The region the interface lives in (the provider's `region` when it was created). Delete, refresh and update call this region.
    /// </summary>
    public readonly string RegionId;

    /// <summary>
    /// When the pending renewal (reservation) takes effect.
    /// </summary>
    public readonly string? ReservationActiveTime;

    /// <summary>
    /// The bandwidth of the pending renewal (reservation).
    /// </summary>
    public readonly string? ReservationBandwidth;

    /// <summary>
    /// The charge type of the pending renewal (reservation).
    /// </summary>
    public readonly string? ReservationInternetChargeType;

    /// <summary>
    /// The order type of the pending renewal (reservation).
    /// </summary>
    public readonly string? ReservationOrderType;

    /// <summary>
    /// The resource group of the interface (`rg-…`). Set at create, changed in place with ChangeResourceGroup. Leaving it out creates the interface in the account's default resource group and later leaves the group alone; the output shows the group the cloud reports.
    /// </summary>
    public readonly string? ResourceGroupId;

    /// <summary>
    /// The side of the connection: `InitiatingSide` (the initiator, which connects) or `AcceptingSide` (the acceptor). Changing it replaces the interface.
    /// </summary>
    public readonly string? Role;

    /// <summary>
    /// The ID of the router this interface belongs to: a VPC router (`vrt-…`) or a virtual border router (`vbr-…`). Changing it replaces the interface.
    /// </summary>
    public readonly string? RouterId;

    /// <summary>
    /// The ID of this router interface (`ri-…`); the same as the resource ID.
    /// </summary>
    public readonly string RouterInterfaceId;

    /// <summary>
    /// The type of `routerId`: `VRouter` or `VBR`. Changing it replaces the interface.
    /// </summary>
    public readonly string? RouterType;

    /// <summary>
    /// The bandwidth specification. The initiator takes one of `Mini.2`, `Mini.5`, `Small.1`, `Small.2`, `Small.5`, `Middle.1`, `Middle.2`, `Middle.5`, `Large.1`, `Large.2`, `Large.5`, `Xlarge.1`; the acceptor always takes `Negative`. Changed in place; the update waits until the interface is `Active` again.
    /// </summary>
    public readonly string? Spec;

    /// <summary>
    /// The state of the interface: `Idle`, `Connecting`, `AcceptingConnecting`, `Activating`, `Active`, `Modifying`, `Deactivating`, `Inactive` or `Deleting`.
    /// </summary>
    public readonly string Status;

    /// <summary>
    /// Tags of the interface, key → value: at most 20; a key of 1 to 128 characters and a value of at most 128, neither starting with `aliyun` or `acs:` nor containing `http://` or `https://`. Set at create (CreateRouterInterface `Tags.N`) and changed in place with at most one TagResourcesForExpressConnect (keys new or with another value) and one UntagResourcesForExpressConnect (keys no longer listed). `{}` removes every tag; leaving it out leaves the interface's tags alone. The output shows the tags the cloud reports.
    /// </summary>
    public readonly ImmutableDictionary<string, string> Tags;

    /// <summary>
    /// The ID of the VPC that owns `routerId`, when the router is a VPC router.
    /// </summary>
    public readonly string? VpcInstanceId;

    [OutputConstructor]
    private GetRouterInterfacesInterface(
        string? accessPointId,

        bool? autoPay,

        bool? autoRenew,

        int? bandwidth,

        string? businessStatus,

        string? chargeType,

        bool? connect,

        string? connectedTime,

        string? creationTime,

        bool? crossBorder,

        string? description,

        string? endTime,

        bool? fastLinkMode,

        bool? force,

        string? hasReservationData,

        int? hcRate,

        int? hcThreshold,

        string? healthCheckSourceIp,

        string? healthCheckTargetIp,

        string? instanceChargeType,

        string? name,

        string? oppositeAccessPointId,

        int? oppositeBandwidth,

        string? oppositeInterfaceBusinessStatus,

        string? oppositeInterfaceId,

        string? oppositeInterfaceOwnerId,

        string? oppositeInterfaceSpec,

        string? oppositeInterfaceStatus,

        string? oppositeRegionId,

        string? oppositeRouterId,

        string? oppositeRouterType,

        string? oppositeVpcInstanceId,

        int? period,

        string? pricingCycle,

        string regionId,

        string? reservationActiveTime,

        string? reservationBandwidth,

        string? reservationInternetChargeType,

        string? reservationOrderType,

        string? resourceGroupId,

        string? role,

        string? routerId,

        string routerInterfaceId,

        string? routerType,

        string? spec,

        string status,

        ImmutableDictionary<string, string> tags,

        string? vpcInstanceId)
    {
        AccessPointId = accessPointId;
        AutoPay = autoPay;
        AutoRenew = autoRenew;
        Bandwidth = bandwidth;
        BusinessStatus = businessStatus;
        ChargeType = chargeType;
        Connect = connect;
        ConnectedTime = connectedTime;
        CreationTime = creationTime;
        CrossBorder = crossBorder;
        Description = description;
        EndTime = endTime;
        FastLinkMode = fastLinkMode;
        Force = force;
        HasReservationData = hasReservationData;
        HcRate = hcRate;
        HcThreshold = hcThreshold;
        HealthCheckSourceIp = healthCheckSourceIp;
        HealthCheckTargetIp = healthCheckTargetIp;
        InstanceChargeType = instanceChargeType;
        Name = name;
        OppositeAccessPointId = oppositeAccessPointId;
        OppositeBandwidth = oppositeBandwidth;
        OppositeInterfaceBusinessStatus = oppositeInterfaceBusinessStatus;
        OppositeInterfaceId = oppositeInterfaceId;
        OppositeInterfaceOwnerId = oppositeInterfaceOwnerId;
        OppositeInterfaceSpec = oppositeInterfaceSpec;
        OppositeInterfaceStatus = oppositeInterfaceStatus;
        OppositeRegionId = oppositeRegionId;
        OppositeRouterId = oppositeRouterId;
        OppositeRouterType = oppositeRouterType;
        OppositeVpcInstanceId = oppositeVpcInstanceId;
        Period = period;
        PricingCycle = pricingCycle;
        RegionId = regionId;
        ReservationActiveTime = reservationActiveTime;
        ReservationBandwidth = reservationBandwidth;
        ReservationInternetChargeType = reservationInternetChargeType;
        ReservationOrderType = reservationOrderType;
        ResourceGroupId = resourceGroupId;
        Role = role;
        RouterId = routerId;
        RouterInterfaceId = routerInterfaceId;
        RouterType = routerType;
        Spec = spec;
        Status = status;
        Tags = tags;
        VpcInstanceId = vpcInstanceId;
    }
}
