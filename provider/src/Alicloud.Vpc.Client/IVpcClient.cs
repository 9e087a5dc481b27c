using Alicloud.Vpc.Client.Models;

namespace Alicloud.Vpc.Client;

/// <summary>
/// The Alibaba Cloud VPC OpenAPI (version 2016-04-28) operations that the provider uses (the calls only set-up makes,
/// such as CreateVpc, are the test kit's: <c>testing/Alicloud.RouterInterface.Testing/Cloud/SetupCalls</c>).
/// Every call is signed, rate limited and retried on transient failures; a failure that remains is an
/// <see cref="Errors.AlibabaCloudException"/> carrying the error code.
/// </summary>
public interface IVpcClient
{
    Task<IReadOnlyList<VpcInfo>> DescribeVpcsAsync(string regionId, string? vpcId, CancellationToken cancellationToken);

    /// <summary>Creates a router interface and returns its ID (<c>ri-…</c>).</summary>
    Task<string> CreateRouterInterfaceAsync(CreateRouterInterfaceRequest request, CancellationToken cancellationToken);

    /// <summary>Looks one interface up by ID; <c>null</c> when it does not exist (or no longer exists).</summary>
    Task<RouterInterfaceInfo?> DescribeRouterInterfaceAsync(string regionId, string routerInterfaceId, CancellationToken cancellationToken);

    /// <summary>
    /// Looks many interfaces of one region up in as few calls as possible (one RouterInterfaceId filter with many
    /// values, all pages read). Interfaces that do not exist are simply absent from the answer.
    /// </summary>
    Task<IReadOnlyList<RouterInterfaceInfo>> DescribeRouterInterfacesAsync(string regionId, IReadOnlyCollection<string> routerInterfaceIds, CancellationToken cancellationToken);

    /// <summary>
    /// Lists interfaces of one region by filters, resource group and tags (<see cref="RouterInterfaceQuery"/>), all pages
    /// read (PageSize <see cref="VpcClientOptions.PageSize"/>).
    /// </summary>
    Task<IReadOnlyList<RouterInterfaceInfo>> QueryRouterInterfacesAsync(string regionId, RouterInterfaceQuery query, CancellationToken cancellationToken);

    /// <summary>TagResourcesForExpressConnect: adds or overwrites these tags on one interface.</summary>
    Task TagRouterInterfaceAsync(string regionId, string routerInterfaceId, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken);

    /// <summary>UntagResourcesForExpressConnect: removes these tag keys from one interface.</summary>
    Task UntagRouterInterfaceAsync(string regionId, string routerInterfaceId, IReadOnlyCollection<string> tagKeys, CancellationToken cancellationToken);

    /// <summary>ChangeResourceGroup: moves one interface to another resource group of the account.</summary>
    Task ChangeResourceGroupAsync(string regionId, string routerInterfaceId, string resourceGroupId, CancellationToken cancellationToken);

    Task ModifyRouterInterfaceAttributeAsync(ModifyRouterInterfaceAttributeRequest request, CancellationToken cancellationToken);

    Task ModifyRouterInterfaceSpecAsync(string regionId, string routerInterfaceId, string spec, string clientToken, CancellationToken cancellationToken);

    Task ConnectRouterInterfaceAsync(string regionId, string routerInterfaceId, CancellationToken cancellationToken);

    Task ActivateRouterInterfaceAsync(string regionId, string routerInterfaceId, CancellationToken cancellationToken);

    Task DeactivateRouterInterfaceAsync(string regionId, string routerInterfaceId, CancellationToken cancellationToken);

    Task DeleteRouterInterfaceAsync(string regionId, string routerInterfaceId, string clientToken, CancellationToken cancellationToken);

    /// <summary>DeleteExpressConnect: deletes the Express Connect instance, initiator and acceptor.</summary>
    Task DeleteExpressConnectAsync(string regionId, string routerInterfaceId, bool force, string clientToken, CancellationToken cancellationToken);

    /// <summary>Route tables of a router (DescribeRouteTableList, all pages).</summary>
    Task<IReadOnlyList<RouteTableInfo>> DescribeRouteTablesAsync(string regionId, string routerId, string routerType, CancellationToken cancellationToken);

    /// <summary>
    /// Page <paramref name="pageNumber"/> (from 1) of every route table of a region and router type (DescribeRouteTableList
    /// without RouterId, PageSize <see cref="VpcClientOptions.PageSize"/>), with the listing's TotalCount.
    /// </summary>
    Task<RouteTablePage> DescribeRouteTablePageAsync(string regionId, string routerType, int pageNumber, CancellationToken cancellationToken);

    /// <summary>Route entries of a table, optionally only those whose next hop is <paramref name="nextHopId"/> (all pages).</summary>
    Task<IReadOnlyList<RouteEntryInfo>> DescribeRouteEntriesAsync(string regionId, string routeTableId, string? nextHopId, CancellationToken cancellationToken);

    Task DeleteRouteEntryAsync(string regionId, string routeEntryId, CancellationToken cancellationToken);
}
