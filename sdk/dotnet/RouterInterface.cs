// *** WARNING: this file has the shape pulumi-language-dotnet generates (`pulumi package gen-sdk --language dotnet`). ***
// *** Do not edit by hand unless you're certain you know what you are doing! ***
// Kept equal to schema.json by `make sdk`: edit the two together.

using System.Collections.Immutable;

namespace Pulumi.AlicloudRouterInterface;

/// <summary>
/// An Alibaba Cloud Express Connect router interface: one end, initiator or acceptor, of a connection between two VPC routers or between a VPC router and a virtual border router (VBR). Its ID is the router interface ID (`ri-…`).
///
/// A connected pair is two `RouterInterface` resources: the acceptor (`role: AcceptingSide`, `spec: Negative`) and the initiator (`role: InitiatingSide`) whose `oppositeInterfaceId` is the acceptor's ID and whose `connect` is `true`. The two ends form one Express Connect instance: deleting either end deletes both, and the other end's delete then finds it gone and succeeds.
///
/// A VBR-to-VPC instance can also be one resource: a VBR initiator with `fastLinkMode: true` and `oppositeRouterId` set to the VPC's vRouter. The cloud creates the acceptor and connects both ends; its ID is the `oppositeInterfaceId` output, and `pulumi destroy` deletes both ends with DeleteExpressConnect under the rules below.
///
/// ## Delete behaviour
///
/// `pulumi destroy` removes the Express Connect instance completely, or refuses before changing anything and says why:
///
/// 1. An interface that is already gone counts as deleted (with an info message).
/// 2. **Prepaid (subscription) instances are refused.** When either end is prepaid, the delete fails before any change with a diagnostic naming the end, its charge type and its end time. The instance is released by Alibaba Cloud when the subscription ends or is refunded; to drop it from the stack meanwhile, use `pulumi state delete &lt;urn&gt;` or the `retainOnDelete` resource option.
/// 3. **Route entries.** Custom route entries whose next hop is either end make the delete refuse (listing each entry) unless `force` is `true`, in which case they are removed first.
/// 4. **Waiting.** The delete waits while either end is in a transitional state (`Connecting`, `AcceptingConnecting`, `Activating`, `Modifying`, `Deactivating`, `Deleting`), deactivates `Active` ends, deletes the instance, and returns only when **both ends are gone**, so a VPC delete that follows succeeds. Progress shows as status lines on the resource.
/// 5. **Timeout.** The wait is bounded by `customTimeouts.delete`. When it passes the delete fails with the last observed state, the resource stays in the stack, and running `pulumi destroy` again finishes the job.
///
/// ## Import
///
/// ```sh
/// pulumi import alicloud-routerinterface:index:RouterInterface my-interface ri-xxxxxxxxxxxxxxxx
/// ```
/// </summary>
[AlicloudRouterInterfaceResourceType("alicloud-routerinterface:index:RouterInterface")]
public partial class RouterInterface : global::Pulumi.CustomResource
{
    /// <summary>
    /// The access point of a VBR interface (Express Connect circuit scenario). Changing it replaces the interface.
    /// </summary>
    [Output("accessPointId")]
    public Output<string?> AccessPointId { get; private set; } = null!;

    /// <summary>
    /// For `PrePaid`, where it must be `true`: pay the subscription order automatically. Without it the API only places an unpaid order in the Order Center and the interface is not created until someone pays it, so Check refuses a `PrePaid` interface without `autoPay: true`. Changing it replaces the interface.
    /// </summary>
    [Output("autoPay")]
    public Output<bool?> AutoPay { get; private set; } = null!;

    /// <summary>
    /// Renew a subscription (`instanceChargeType: PrePaid`) automatically when it ends. Sent only at create (CreateRouterInterface `AutoRenew`): no VPC API changes it later, so changing it on an existing interface is refused in preview with what to do instead.
    /// </summary>
    [Output("autoRenew")]
    public Output<bool?> AutoRenew { get; private set; } = null!;

    /// <summary>
    /// The bandwidth in Mbps that `spec` gives (for example 2 for `Mini.2`).
    /// </summary>
    [Output("bandwidth")]
    public Output<int?> Bandwidth { get; private set; } = null!;

    /// <summary>
    /// The billing state as the API reports it, for example `Normal`, `FinancialLocked` or `SecurityLocked`.
    /// </summary>
    [Output("businessStatus")]
    public Output<string?> BusinessStatus { get; private set; } = null!;

    /// <summary>
    /// The billing method as the API reports it: `AfterPay` (pay-as-you-go) or `Prepaid` (subscription).
    /// </summary>
    [Output("chargeType")]
    public Output<string?> ChargeType { get; private set; } = null!;

    /// <summary>
    /// Initiator only. When `true`, after create (or when switched to `true`) the provider points the acceptor named by `oppositeInterfaceId` back at this interface (when this account can see it), calls ConnectRouterInterface and waits until both ends are `Active`. A connected pair is one Express Connect instance: deleting either end deletes both. Defaults to `false`.
    /// </summary>
    [Output("connect")]
    public Output<bool> Connect { get; private set; } = null!;

    /// <summary>
    /// When the pair was connected (ISO 8601, UTC), empty before.
    /// </summary>
    [Output("connectedTime")]
    public Output<string?> ConnectedTime { get; private set; } = null!;

    /// <summary>
    /// When the interface was created (UTC, as the API reports it).
    /// </summary>
    [Output("creationTime")]
    public Output<string?> CreationTime { get; private set; } = null!;

    /// <summary>
    /// Whether the connection crosses a border (for example between the Chinese mainland and another region).
    /// </summary>
    [Output("crossBorder")]
    public Output<bool?> CrossBorder { get; private set; } = null!;

    /// <summary>
    /// The description: 2 to 256 characters, not starting with `http://` or `https://`. Changed in place.
    /// </summary>
    [Output("description")]
    public Output<string?> Description { get; private set; } = null!;

    /// <summary>
    /// When a prepaid subscription ends (UTC, as the API reports it); empty for pay-as-you-go instances.
    /// </summary>
    [Output("endTime")]
    public Output<string?> EndTime { get; private set; } = null!;

    /// <summary>
    /// Create the whole Express Connect instance between a VBR and a VPC in one resource: on a VBR initiator (`routerType: VBR`, `role: InitiatingSide`) with `fastLinkMode: true`, CreateRouterInterface runs in fast-link mode, the cloud creates the acceptor on the VPC's vRouter (`oppositeRouterId`, `oppositeRouterType: VRouter`, the default here) and connects both ends; the provider waits until both are `Active`. Needs `oppositeRouterId`, `oppositeRegionId` and `accessPointId`; `oppositeInterfaceOwnerId` defaults to this account. Leave `oppositeInterfaceId` and `connect` unset: the acceptor's ID is the `oppositeInterfaceId` output. The delete removes both ends with DeleteExpressConnect, with the same refusals (prepaid, route entries without `force`) and waits as any instance. Changing it, or the opposite router's fields of a fast-link instance, replaces the instance. Defaults to `false`.
    /// </summary>
    [Output("fastLinkMode")]
    public Output<bool> FastLinkMode { get; private set; } = null!;

    /// <summary>
    /// What the delete does with custom route entries whose next hop is either end of this Express Connect instance. `false` (the default): the delete refuses before changing anything and lists each such entry (route table, destination CIDR, entry ID). `true`: the delete reports and removes those route entries first, then deletes the instance. Changing it is an in-place update that makes no cloud call, so set it to `true` with `pulumi up` before a `pulumi destroy` that should remove the routes.
    /// </summary>
    [Output("force")]
    public Output<bool> Force { get; private set; } = null!;

    /// <summary>
    /// `true` when renewal data (reservation) exists for the interface, as the API reports it (a string).
    /// </summary>
    [Output("hasReservationData")]
    public Output<string?> HasReservationData { get; private set; } = null!;

    /// <summary>
    /// The health-check interval in milliseconds (the API recommends 2000). Changed in place (ModifyRouterInterfaceAttribute `HcRate`); leaving it out leaves it alone. The output shows the cloud's value (0: not set).
    /// </summary>
    [Output("hcRate")]
    public Output<int?> HcRate { get; private set; } = null!;

    /// <summary>
    /// How many health-check packets may be lost before the link counts as down (the API recommends 8). Changed in place (ModifyRouterInterfaceAttribute `HcThreshold`); leaving it out leaves it alone. The output shows the cloud's value (0: not set).
    /// </summary>
    [Output("hcThreshold")]
    public Output<int?> HcThreshold { get; private set; } = null!;

    /// <summary>
    /// The IPv4 source address of health-check probes; requires `healthCheckTargetIp`. Changed in place. Removing both health-check IPs from the inputs removes them in the cloud (ModifyRouterInterfaceAttribute `DeleteHealthCheckIp`).
    /// </summary>
    [Output("healthCheckSourceIp")]
    public Output<string?> HealthCheckSourceIp { get; private set; } = null!;

    /// <summary>
    /// The IPv4 target address of health-check probes. Changed in place. Removing both health-check IPs from the inputs removes them in the cloud (ModifyRouterInterfaceAttribute `DeleteHealthCheckIp`).
    /// </summary>
    [Output("healthCheckTargetIp")]
    public Output<string?> HealthCheckTargetIp { get; private set; } = null!;

    /// <summary>
    /// The billing method: `PostPaid` (pay-as-you-go, the default) or `PrePaid` (subscription). A prepaid instance cannot be deleted before its subscription ends: `pulumi destroy` refuses it before changing anything and says how to proceed (see the resource description). Changing it replaces the interface.
    /// </summary>
    [Output("instanceChargeType")]
    public Output<string> InstanceChargeType { get; private set; } = null!;

    /// <summary>
    /// The display name: 2 to 128 characters, starting with a letter or a Chinese character; digits, `.`, `_` and `-` are allowed. Changed in place.
    /// </summary>
    [Output("name")]
    public Output<string?> Name { get; private set; } = null!;

    /// <summary>
    /// The access point of the other end, required when the other end is a VBR. Changing it replaces the interface: no API changes it after create (ModifyRouterInterfaceAttribute has no such parameter).
    /// </summary>
    [Output("oppositeAccessPointId")]
    public Output<string?> OppositeAccessPointId { get; private set; } = null!;

    /// <summary>
    /// The bandwidth in Mbps of the other end.
    /// </summary>
    [Output("oppositeBandwidth")]
    public Output<int?> OppositeBandwidth { get; private set; } = null!;

    /// <summary>
    /// The business status of the other end: `Normal`, `FinancialLocked` or `SecurityLocked`.
    /// </summary>
    [Output("oppositeInterfaceBusinessStatus")]
    public Output<string?> OppositeInterfaceBusinessStatus { get; private set; } = null!;

    /// <summary>
    /// The ID of the router interface at the other end (`ri-…`). On an initiator with `connect: true` this is the acceptor's ID. On a fast-link initiator (`fastLinkMode: true`) leave it unset; the output is: the ID of the acceptor the cloud created. Changed in place. On a connected interface (any status but `Idle`) changing it replaces the interface, which Diff refuses for one end of a connected pair with what to do instead: ModifyRouterInterfaceAttribute changes the opposite information only while the interface is `Idle`.
    /// </summary>
    [Output("oppositeInterfaceId")]
    public Output<string?> OppositeInterfaceId { get; private set; } = null!;

    /// <summary>
    /// The Alibaba Cloud account ID that owns the other end, when it belongs to another account. Changed in place (on a fast-link instance, changing it replaces the instance). On a connected interface (any status but `Idle`) changing it replaces the interface, which Diff refuses for one end of a connected pair with what to do instead: ModifyRouterInterfaceAttribute changes the opposite information only while the interface is `Idle`.
    /// </summary>
    [Output("oppositeInterfaceOwnerId")]
    public Output<string?> OppositeInterfaceOwnerId { get; private set; } = null!;

    /// <summary>
    /// The spec of the other end.
    /// </summary>
    [Output("oppositeInterfaceSpec")]
    public Output<string?> OppositeInterfaceSpec { get; private set; } = null!;

    /// <summary>
    /// The state of the other end, as this end reports it.
    /// </summary>
    [Output("oppositeInterfaceStatus")]
    public Output<string?> OppositeInterfaceStatus { get; private set; } = null!;

    /// <summary>
    /// The region of the other end of the connection (for example `cn-shanghai`). Changing it replaces the interface.
    /// </summary>
    [Output("oppositeRegionId")]
    public Output<string> OppositeRegionId { get; private set; } = null!;

    /// <summary>
    /// The ID of the router at the other end (`vrt-…` or `vbr-…`). Changed in place (on a fast-link instance, changing it replaces the instance). On a connected interface (any status but `Idle`) changing it replaces the interface, which Diff refuses for one end of a connected pair with what to do instead: ModifyRouterInterfaceAttribute changes the opposite information only while the interface is `Idle`.
    /// </summary>
    [Output("oppositeRouterId")]
    public Output<string?> OppositeRouterId { get; private set; } = null!;

    /// <summary>
    /// The type of `oppositeRouterId`: `VRouter` or `VBR`. Changed in place (on a fast-link instance, changing it replaces the instance). On a connected interface (any status but `Idle`) changing it replaces the interface, which Diff refuses for one end of a connected pair with what to do instead: ModifyRouterInterfaceAttribute changes the opposite information only while the interface is `Idle`.
    /// </summary>
    [Output("oppositeRouterType")]
    public Output<string?> OppositeRouterType { get; private set; } = null!;

    /// <summary>
    /// The VPC of the other end.
    /// </summary>
    [Output("oppositeVpcInstanceId")]
    public Output<string?> OppositeVpcInstanceId { get; private set; } = null!;

    /// <summary>
    /// The subscription length for `PrePaid`, required there: 1 to 9 with `pricingCycle: Month`, 1 to 3 with `pricingCycle: Year`. Changing it replaces the interface.
    /// </summary>
    [Output("period")]
    public Output<int?> Period { get; private set; } = null!;

    /// <summary>
    /// The unit of `period` for `PrePaid`: `Month` (the default) or `Year`. Changing it replaces the interface.
    /// </summary>
    [Output("pricingCycle")]
    public Output<string?> PricingCycle { get; private set; } = null!;

    /// <summary>
    /// The region the interface lives in (the provider's `region` when it was created). Delete, refresh and update call this region.
    /// </summary>
    [Output("regionId")]
    public Output<string> RegionId { get; private set; } = null!;

    /// <summary>
    /// When the pending renewal (reservation) takes effect.
    /// </summary>
    [Output("reservationActiveTime")]
    public Output<string?> ReservationActiveTime { get; private set; } = null!;

    /// <summary>
    /// The bandwidth of the pending renewal (reservation).
    /// </summary>
    [Output("reservationBandwidth")]
    public Output<string?> ReservationBandwidth { get; private set; } = null!;

    /// <summary>
    /// The charge type of the pending renewal (reservation).
    /// </summary>
    [Output("reservationInternetChargeType")]
    public Output<string?> ReservationInternetChargeType { get; private set; } = null!;

    /// <summary>
    /// The order type of the pending renewal (reservation).
    /// </summary>
    [Output("reservationOrderType")]
    public Output<string?> ReservationOrderType { get; private set; } = null!;

    /// <summary>
    /// The resource group of the interface (`rg-…`). Set at create, changed in place with ChangeResourceGroup. Leaving it out creates the interface in the account's default resource group and later leaves the group alone; the output shows the group the cloud reports.
    /// </summary>
    [Output("resourceGroupId")]
    public Output<string?> ResourceGroupId { get; private set; } = null!;

    /// <summary>
    /// The side of the connection: `InitiatingSide` (the initiator, which connects) or `AcceptingSide` (the acceptor). Changing it replaces the interface.
    /// </summary>
    [Output("role")]
    public Output<string> Role { get; private set; } = null!;

    /// <summary>
    /// The ID of the router this interface belongs to: a VPC router (`vrt-…`) or a virtual border router (`vbr-…`). Changing it replaces the interface.
    /// </summary>
    [Output("routerId")]
    public Output<string> RouterId { get; private set; } = null!;

    /// <summary>
    /// The ID of this router interface (`ri-…`); the same as the resource ID.
    /// </summary>
    [Output("routerInterfaceId")]
    public Output<string> RouterInterfaceId { get; private set; } = null!;

    /// <summary>
    /// The type of `routerId`: `VRouter` or `VBR`. Changing it replaces the interface.
    /// </summary>
    [Output("routerType")]
    public Output<string> RouterType { get; private set; } = null!;

    /// <summary>
    /// The bandwidth specification. The initiator takes one of `Mini.2`, `Mini.5`, `Small.1`, `Small.2`, `Small.5`, `Middle.1`, `Middle.2`, `Middle.5`, `Large.1`, `Large.2`, `Large.5`, `Xlarge.1`; the acceptor always takes `Negative`. Changed in place; the update waits until the interface is `Active` again.
    /// </summary>
    [Output("spec")]
    public Output<string> Spec { get; private set; } = null!;

    /// <summary>
    /// As an input: the status to keep a connected interface in, `Active` or `Inactive`, reached in place with ActivateRouterInterface (from `Inactive`) or DeactivateRouterInterface (from `Active`) and a wait until it holds; with `connect: true` the connect happens first. Leaving it out means the provider does not manage it. As an output: the state of the interface as last read: `Idle`, `Connecting`, `AcceptingConnecting`, `Activating`, `Active`, `Modifying`, `Deactivating`, `Inactive` or `Deleting`.
    /// </summary>
    [Output("status")]
    public Output<string> Status { get; private set; } = null!;

    /// <summary>
    /// Tags of the interface, key → value: at most 20; a key of 1 to 128 characters and a value of at most 128, neither starting with `aliyun` or `acs:` nor containing `http://` or `https://`. Set at create (CreateRouterInterface `Tags.N`) and changed in place with at most one TagResourcesForExpressConnect (keys new or with another value) and one UntagResourcesForExpressConnect (keys no longer listed). `{}` removes every tag; leaving it out leaves the interface's tags alone. The output shows the tags the cloud reports.
    /// </summary>
    [Output("tags")]
    public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

    /// <summary>
    /// The ID of the VPC that owns `routerId`, when the router is a VPC router.
    /// </summary>
    [Output("vpcInstanceId")]
    public Output<string?> VpcInstanceId { get; private set; } = null!;

    /// <summary>
    /// Create a RouterInterface resource with the given unique name, arguments, and options.
    /// </summary>
    /// <param name="name">The unique name of the resource.</param>
    /// <param name="args">The arguments used to populate this resource's properties.</param>
    /// <param name="options">A bag of options that control this resource's behavior.</param>
    public RouterInterface(string name, RouterInterfaceArgs args, CustomResourceOptions? options = null)
        : base("alicloud-routerinterface:index:RouterInterface", name, args ?? new RouterInterfaceArgs(), MakeResourceOptions(options, ""))
    {
    }

    private RouterInterface(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("alicloud-routerinterface:index:RouterInterface", name, null, MakeResourceOptions(options, id))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions
        {
            Version = Utilities.Version,
            // Changing any of these replaces the interface; the provider's Diff says the same.
            ReplaceOnChanges =
            {
                "accessPointId",
                "autoPay",
                "fastLinkMode",
                "instanceChargeType",
                "oppositeAccessPointId",
                "oppositeRegionId",
                "period",
                "pricingCycle",
                "role",
                "routerId",
                "routerType",
            },
        };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        // Override the ID if one was specified for consistency with other language SDKs.
        merged.Id = id ?? merged.Id;
        return merged;
    }

    /// <summary>
    /// Get an existing RouterInterface resource's state with the given name and ID (<c>ri-…</c>).
    /// </summary>
    /// <param name="name">The unique name of the resulting resource.</param>
    /// <param name="id">The unique provider ID of the resource to lookup.</param>
    /// <param name="options">A bag of options that control this resource's behavior.</param>
    public static RouterInterface Get(string name, Input<string> id, CustomResourceOptions? options = null)
    {
        return new RouterInterface(name, id, options);
    }
}

public sealed class RouterInterfaceArgs : global::Pulumi.ResourceArgs
{
    /// <summary>
    /// The access point of a VBR interface (Express Connect circuit scenario). Changing it replaces the interface.
    /// </summary>
    [Input("accessPointId")]
    public Input<string>? AccessPointId { get; set; }

    /// <summary>
    /// For `PrePaid`, where it must be `true`: pay the subscription order automatically. Without it the API only places an unpaid order in the Order Center and the interface is not created until someone pays it, so Check refuses a `PrePaid` interface without `autoPay: true`. Changing it replaces the interface.
    /// </summary>
    [Input("autoPay")]
    public Input<bool>? AutoPay { get; set; }

    /// <summary>
    /// Renew a subscription (`instanceChargeType: PrePaid`) automatically when it ends. Sent only at create (CreateRouterInterface `AutoRenew`): no VPC API changes it later, so changing it on an existing interface is refused in preview with what to do instead.
    /// </summary>
    [Input("autoRenew")]
    public Input<bool>? AutoRenew { get; set; }

    /// <summary>
    /// Initiator only. When `true`, after create (or when switched to `true`) the provider points the acceptor named by `oppositeInterfaceId` back at this interface (when this account can see it), calls ConnectRouterInterface and waits until both ends are `Active`. A connected pair is one Express Connect instance: deleting either end deletes both. Defaults to `false`.
    /// </summary>
    [Input("connect")]
    public Input<bool>? Connect { get; set; }

    /// <summary>
    /// The description: 2 to 256 characters, not starting with `http://` or `https://`. Changed in place.
    /// </summary>
    [Input("description")]
    public Input<string>? Description { get; set; }

    /// <summary>
    /// Create the whole Express Connect instance between a VBR and a VPC in one resource: on a VBR initiator (`routerType: VBR`, `role: InitiatingSide`) with `fastLinkMode: true`, CreateRouterInterface runs in fast-link mode, the cloud creates the acceptor on the VPC's vRouter (`oppositeRouterId`, `oppositeRouterType: VRouter`, the default here) and connects both ends; the provider waits until both are `Active`. Needs `oppositeRouterId`, `oppositeRegionId` and `accessPointId`; `oppositeInterfaceOwnerId` defaults to this account. Leave `oppositeInterfaceId` and `connect` unset: the acceptor's ID is the `oppositeInterfaceId` output. The delete removes both ends with DeleteExpressConnect, with the same refusals (prepaid, route entries without `force`) and waits as any instance. Changing it, or the opposite router's fields of a fast-link instance, replaces the instance. Defaults to `false`.
    /// </summary>
    [Input("fastLinkMode")]
    public Input<bool>? FastLinkMode { get; set; }

    /// <summary>
    /// What the delete does with custom route entries whose next hop is either end of this Express Connect instance. `false` (the default): the delete refuses before changing anything and lists each such entry (route table, destination CIDR, entry ID). `true`: the delete reports and removes those route entries first, then deletes the instance. Changing it is an in-place update that makes no cloud call, so set it to `true` with `pulumi up` before a `pulumi destroy` that should remove the routes.
    /// </summary>
    [Input("force")]
    public Input<bool>? Force { get; set; }

    /// <summary>
    /// The health-check interval in milliseconds (the API recommends 2000). Changed in place (ModifyRouterInterfaceAttribute `HcRate`); leaving it out leaves it alone. The output shows the cloud's value (0: not set).
    /// </summary>
    [Input("hcRate")]
    public Input<int>? HcRate { get; set; }

    /// <summary>
    /// How many health-check packets may be lost before the link counts as down (the API recommends 8). Changed in place (ModifyRouterInterfaceAttribute `HcThreshold`); leaving it out leaves it alone. The output shows the cloud's value (0: not set).
    /// </summary>
    [Input("hcThreshold")]
    public Input<int>? HcThreshold { get; set; }

    /// <summary>
    /// The IPv4 source address of health-check probes; requires `healthCheckTargetIp`. Changed in place. Removing both health-check IPs from the inputs removes them in the cloud (ModifyRouterInterfaceAttribute `DeleteHealthCheckIp`).
    /// </summary>
    [Input("healthCheckSourceIp")]
    public Input<string>? HealthCheckSourceIp { get; set; }

    /// <summary>
    /// The IPv4 target address of health-check probes. Changed in place. Removing both health-check IPs from the inputs removes them in the cloud (ModifyRouterInterfaceAttribute `DeleteHealthCheckIp`).
    /// </summary>
    [Input("healthCheckTargetIp")]
    public Input<string>? HealthCheckTargetIp { get; set; }

    /// <summary>
    /// The billing method: `PostPaid` (pay-as-you-go, the default) or `PrePaid` (subscription). A prepaid instance cannot be deleted before its subscription ends: `pulumi destroy` refuses it before changing anything and says how to proceed (see the resource description). Changing it replaces the interface.
    /// </summary>
    [Input("instanceChargeType")]
    public Input<string>? InstanceChargeType { get; set; }

    /// <summary>
    /// The display name: 2 to 128 characters, starting with a letter or a Chinese character; digits, `.`, `_` and `-` are allowed. Changed in place.
    /// </summary>
    [Input("name")]
    public Input<string>? Name { get; set; }

    /// <summary>
    /// The access point of the other end, required when the other end is a VBR. Changing it replaces the interface: no API changes it after create (ModifyRouterInterfaceAttribute has no such parameter).
    /// </summary>
    [Input("oppositeAccessPointId")]
    public Input<string>? OppositeAccessPointId { get; set; }

    /// <summary>
    /// The ID of the router interface at the other end (`ri-…`). On an initiator with `connect: true` this is the acceptor's ID. On a fast-link initiator (`fastLinkMode: true`) leave it unset; the output is: the ID of the acceptor the cloud created. Changed in place. On a connected interface (any status but `Idle`) changing it replaces the interface, which Diff refuses for one end of a connected pair with what to do instead: ModifyRouterInterfaceAttribute changes the opposite information only while the interface is `Idle`.
    /// </summary>
    [Input("oppositeInterfaceId")]
    public Input<string>? OppositeInterfaceId { get; set; }

    /// <summary>
    /// The Alibaba Cloud account ID that owns the other end, when it belongs to another account. Changed in place (on a fast-link instance, changing it replaces the instance). On a connected interface (any status but `Idle`) changing it replaces the interface, which Diff refuses for one end of a connected pair with what to do instead: ModifyRouterInterfaceAttribute changes the opposite information only while the interface is `Idle`.
    /// </summary>
    [Input("oppositeInterfaceOwnerId")]
    public Input<string>? OppositeInterfaceOwnerId { get; set; }

    /// <summary>
    /// The region of the other end of the connection (for example `cn-shanghai`). Changing it replaces the interface.
    /// </summary>
    [Input("oppositeRegionId", required: true)]
    public Input<string> OppositeRegionId { get; set; } = null!;

    /// <summary>
    /// The ID of the router at the other end (`vrt-…` or `vbr-…`). Changed in place (on a fast-link instance, changing it replaces the instance). On a connected interface (any status but `Idle`) changing it replaces the interface, which Diff refuses for one end of a connected pair with what to do instead: ModifyRouterInterfaceAttribute changes the opposite information only while the interface is `Idle`.
    /// </summary>
    [Input("oppositeRouterId")]
    public Input<string>? OppositeRouterId { get; set; }

    /// <summary>
    /// The type of `oppositeRouterId`: `VRouter` or `VBR`. Changed in place (on a fast-link instance, changing it replaces the instance). On a connected interface (any status but `Idle`) changing it replaces the interface, which Diff refuses for one end of a connected pair with what to do instead: ModifyRouterInterfaceAttribute changes the opposite information only while the interface is `Idle`.
    /// </summary>
    [Input("oppositeRouterType")]
    public Input<string>? OppositeRouterType { get; set; }

    /// <summary>
    /// The subscription length for `PrePaid`, required there: 1 to 9 with `pricingCycle: Month`, 1 to 3 with `pricingCycle: Year`. Changing it replaces the interface.
    /// </summary>
    [Input("period")]
    public Input<int>? Period { get; set; }

    /// <summary>
    /// The unit of `period` for `PrePaid`: `Month` (the default) or `Year`. Changing it replaces the interface.
    /// </summary>
    [Input("pricingCycle")]
    public Input<string>? PricingCycle { get; set; }

    /// <summary>
    /// The resource group of the interface (`rg-…`). Set at create, changed in place with ChangeResourceGroup. Leaving it out creates the interface in the account's default resource group and later leaves the group alone; the output shows the group the cloud reports.
    /// </summary>
    [Input("resourceGroupId")]
    public Input<string>? ResourceGroupId { get; set; }

    /// <summary>
    /// The side of the connection: `InitiatingSide` (the initiator, which connects) or `AcceptingSide` (the acceptor). Changing it replaces the interface.
    /// </summary>
    [Input("role", required: true)]
    public Input<string> Role { get; set; } = null!;

    /// <summary>
    /// The ID of the router this interface belongs to: a VPC router (`vrt-…`) or a virtual border router (`vbr-…`). Changing it replaces the interface.
    /// </summary>
    [Input("routerId", required: true)]
    public Input<string> RouterId { get; set; } = null!;

    /// <summary>
    /// The type of `routerId`: `VRouter` or `VBR`. Changing it replaces the interface.
    /// </summary>
    [Input("routerType", required: true)]
    public Input<string> RouterType { get; set; } = null!;

    /// <summary>
    /// The bandwidth specification. The initiator takes one of `Mini.2`, `Mini.5`, `Small.1`, `Small.2`, `Small.5`, `Middle.1`, `Middle.2`, `Middle.5`, `Large.1`, `Large.2`, `Large.5`, `Xlarge.1`; the acceptor always takes `Negative`. Changed in place; the update waits until the interface is `Active` again.
    /// </summary>
    [Input("spec", required: true)]
    public Input<string> Spec { get; set; } = null!;

    /// <summary>
    /// As an input: the status to keep a connected interface in, `Active` or `Inactive`, reached in place with ActivateRouterInterface (from `Inactive`) or DeactivateRouterInterface (from `Active`) and a wait until it holds; with `connect: true` the connect happens first. Leaving it out means the provider does not manage it. As an output: the state of the interface as last read: `Idle`, `Connecting`, `AcceptingConnecting`, `Activating`, `Active`, `Modifying`, `Deactivating`, `Inactive` or `Deleting`.
    /// </summary>
    [Input("status")]
    public Input<string>? Status { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    /// <summary>
    /// Tags of the interface, key → value: at most 20; a key of 1 to 128 characters and a value of at most 128, neither starting with `aliyun` or `acs:` nor containing `http://` or `https://`. Set at create (CreateRouterInterface `Tags.N`) and changed in place with at most one TagResourcesForExpressConnect (keys new or with another value) and one UntagResourcesForExpressConnect (keys no longer listed). `{}` removes every tag; leaving it out leaves the interface's tags alone. The output shows the tags the cloud reports.
    /// </summary>
    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public RouterInterfaceArgs()
    {
        Connect = false;
        FastLinkMode = false;
        Force = false;
    }

    public static new RouterInterfaceArgs Empty => new RouterInterfaceArgs();
}
