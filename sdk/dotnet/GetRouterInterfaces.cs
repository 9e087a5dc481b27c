// *** WARNING: this file has the shape pulumi-language-dotnet generates (`pulumi package gen-sdk --language dotnet`). ***
// *** Do not edit by hand unless you're certain you know what you are doing! ***
// Kept equal to schema.json by `make sdk`: edit the two together.

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi.AlicloudRouterInterface;

/// <summary>
/// Looks router interfaces up in one region (the provider's unless `region` is given): every argument given must match. `ids`, `routerId`, `status`, `routerType`, `name`, `oppositeInterfaceId`, `oppositeRouterId`, `oppositeRouterType` and `oppositeInterfaceOwnerId` go to DescribeRouterInterfaces as filters (at most 5 per call, the API's limit; the rest are applied by the provider), `resourceGroupId` and `tags` as its own parameters, `nameRegex` is applied by the provider. Every page is read (50 interfaces each). A bad argument is refused naming it, before any call.
/// </summary>
public static class GetRouterInterfaces
{
    /// <summary>
    /// Looks router interfaces up (plain arguments, a task).
    /// </summary>
    public static Task<GetRouterInterfacesResult> InvokeAsync(GetRouterInterfacesArgs? args = null, InvokeOptions? options = null) =>
        global::Pulumi.Deployment.Instance.InvokeAsync<GetRouterInterfacesResult>("alicloud-routerinterface:index:getRouterInterfaces", args ?? new GetRouterInterfacesArgs(), options.WithDefaults());

    /// <summary>
    /// Looks router interfaces up (arguments that may be outputs of other resources, an output).
    /// </summary>
    public static Output<GetRouterInterfacesResult> Invoke(GetRouterInterfacesInvokeArgs? args = null, InvokeOptions? options = null) =>
        global::Pulumi.Deployment.Instance.Invoke<GetRouterInterfacesResult>("alicloud-routerinterface:index:getRouterInterfaces", args ?? new GetRouterInterfacesInvokeArgs(), options.WithDefaults());
}

public sealed class GetRouterInterfacesArgs : global::Pulumi.InvokeArgs
{
    [Input("ids")]
    private List<string>? _ids;

    /// <summary>
    /// Router interface IDs (`ri-…`); an ID that does not exist is simply absent from the answer.
    /// </summary>
    public List<string> Ids
    {
        get => _ids ?? (_ids = new List<string>());
        set => _ids = value;
    }

    /// <summary>
    /// Also report renewal (reservation) data: `hasReservationData` and the `reservation*` properties.
    /// </summary>
    [Input("includeReservationData")]
    public bool? IncludeReservationData { get; set; }

    /// <summary>
    /// Only interfaces with exactly this name.
    /// </summary>
    [Input("name")]
    public string? Name { get; set; }

    /// <summary>
    /// Only interfaces whose name matches this regular expression (.NET syntax; matched by the provider).
    /// </summary>
    [Input("nameRegex")]
    public string? NameRegex { get; set; }

    /// <summary>
    /// Only interfaces whose other end is this interface.
    /// </summary>
    [Input("oppositeInterfaceId")]
    public string? OppositeInterfaceId { get; set; }

    /// <summary>
    /// Only interfaces whose other end belongs to this account.
    /// </summary>
    [Input("oppositeInterfaceOwnerId")]
    public string? OppositeInterfaceOwnerId { get; set; }

    /// <summary>
    /// Only interfaces whose other end is on this router.
    /// </summary>
    [Input("oppositeRouterId")]
    public string? OppositeRouterId { get; set; }

    /// <summary>
    /// Only interfaces whose other end's router is of this type: `VRouter` or `VBR`.
    /// </summary>
    [Input("oppositeRouterType")]
    public string? OppositeRouterType { get; set; }

    /// <summary>
    /// The region to look in; defaults to the provider's `region`.
    /// </summary>
    [Input("region")]
    public string? Region { get; set; }

    /// <summary>
    /// Only interfaces in this resource group.
    /// </summary>
    [Input("resourceGroupId")]
    public string? ResourceGroupId { get; set; }

    /// <summary>
    /// Only interfaces of this router (`vrt-…` or `vbr-…`).
    /// </summary>
    [Input("routerId")]
    public string? RouterId { get; set; }

    /// <summary>
    /// Only interfaces of this router type: `VRouter` or `VBR`.
    /// </summary>
    [Input("routerType")]
    public string? RouterType { get; set; }

    /// <summary>
    /// Only interfaces in this status: `Idle`, `Connecting`, `AcceptingConnecting`, `Activating`, `Active`, `Modifying`, `Deactivating`, `Inactive` or `Deleting`.
    /// </summary>
    [Input("status")]
    public string? Status { get; set; }

    [Input("tags")]
    private Dictionary<string, string>? _tags;

    /// <summary>
    /// Only interfaces that carry every one of these tags (key and value); at most 20.
    /// </summary>
    public Dictionary<string, string> Tags
    {
        get => _tags ?? (_tags = new Dictionary<string, string>());
        set => _tags = value;
    }

    public GetRouterInterfacesArgs()
    {
    }

    public static new GetRouterInterfacesArgs Empty => new GetRouterInterfacesArgs();
}

public sealed class GetRouterInterfacesInvokeArgs : global::Pulumi.InvokeArgs
{
    [Input("ids")]
    private InputList<string>? _ids;

    /// <summary>
    /// Router interface IDs (`ri-…`); an ID that does not exist is simply absent from the answer.
    /// </summary>
    public InputList<string> Ids
    {
        get => _ids ?? (_ids = new InputList<string>());
        set => _ids = value;
    }

    /// <summary>
    /// Also report renewal (reservation) data: `hasReservationData` and the `reservation*` properties.
    /// </summary>
    [Input("includeReservationData")]
    public Input<bool>? IncludeReservationData { get; set; }

    /// <summary>
    /// Only interfaces with exactly this name.
    /// </summary>
    [Input("name")]
    public Input<string>? Name { get; set; }

    /// <summary>
    /// Only interfaces whose name matches this regular expression (.NET syntax; matched by the provider).
    /// </summary>
    [Input("nameRegex")]
    public Input<string>? NameRegex { get; set; }

    /// <summary>
    /// Only interfaces whose other end is this interface.
    /// </summary>
    [Input("oppositeInterfaceId")]
    public Input<string>? OppositeInterfaceId { get; set; }

    /// <summary>
    /// Only interfaces whose other end belongs to this account.
    /// </summary>
    [Input("oppositeInterfaceOwnerId")]
    public Input<string>? OppositeInterfaceOwnerId { get; set; }

    /// <summary>
    /// Only interfaces whose other end is on this router.
    /// </summary>
    [Input("oppositeRouterId")]
    public Input<string>? OppositeRouterId { get; set; }

    /// <summary>
    /// Only interfaces whose other end's router is of this type: `VRouter` or `VBR`.
    /// </summary>
    [Input("oppositeRouterType")]
    public Input<string>? OppositeRouterType { get; set; }

    /// <summary>
    /// The region to look in; defaults to the provider's `region`.
    /// </summary>
    [Input("region")]
    public Input<string>? Region { get; set; }

    /// <summary>
    /// Only interfaces in this resource group.
    /// </summary>
    [Input("resourceGroupId")]
    public Input<string>? ResourceGroupId { get; set; }

    /// <summary>
    /// Only interfaces of this router (`vrt-…` or `vbr-…`).
    /// </summary>
    [Input("routerId")]
    public Input<string>? RouterId { get; set; }

    /// <summary>
    /// Only interfaces of this router type: `VRouter` or `VBR`.
    /// </summary>
    [Input("routerType")]
    public Input<string>? RouterType { get; set; }

    /// <summary>
    /// Only interfaces in this status: `Idle`, `Connecting`, `AcceptingConnecting`, `Activating`, `Active`, `Modifying`, `Deactivating`, `Inactive` or `Deleting`.
    /// </summary>
    [Input("status")]
    public Input<string>? Status { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    /// <summary>
    /// Only interfaces that carry every one of these tags (key and value); at most 20.
    /// </summary>
    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public GetRouterInterfacesInvokeArgs()
    {
    }

    public static new GetRouterInterfacesInvokeArgs Empty => new GetRouterInterfacesInvokeArgs();
}

[OutputType]
public sealed class GetRouterInterfacesResult
{
    /// <summary>
    /// The IDs of the interfaces found, in the order the API lists them.
    /// </summary>
    public readonly ImmutableArray<string> Ids;

    /// <summary>
    /// The interfaces found, each with the properties of a `RouterInterface` resource.
    /// </summary>
    public readonly ImmutableArray<Outputs.GetRouterInterfacesInterface> Interfaces;

    [OutputConstructor]
    private GetRouterInterfacesResult(
        ImmutableArray<string> ids,

        ImmutableArray<Outputs.GetRouterInterfacesInterface> interfaces)
    {
        Ids = ids;
        Interfaces = interfaces;
    }
}
