using System.Text.Json;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Alicloud.Vpc.Client.Transport;
using Alicloud.Vpc.Client.Wire;

namespace Alicloud.Vpc.Client;

/// <content>The IVpcClient operations: parameters in, models out.</content>
public sealed partial class VpcClient
{
    private const string RouterInterfaceIdFilter = "RouterInterfaceId";

    public async Task<IReadOnlyList<VpcInfo>> DescribeVpcsAsync(string regionId, string? vpcId, CancellationToken cancellationToken)
    {
        var parameters = new RpcParameters().Add("RegionId", Region(regionId)).Add("VpcId", vpcId);
        return await ReadNumberedPagesAsync("DescribeVpcs", regionId, parameters, ResponseMapping.Vpcs, cancellationToken).ConfigureAwait(false);
    }

    public Task<string> CreateRouterInterfaceAsync(CreateRouterInterfaceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = new RpcParameters()
            .Add("RegionId", Region(request.RegionId))
            .Add("Role", request.Role)
            .Add("RouterType", request.RouterType)
            .Add("RouterId", request.RouterId)
            .Add("Spec", request.Spec)
            .Add("OppositeRegionId", request.OppositeRegionId)
            .Add("OppositeRouterType", request.OppositeRouterType)
            .Add("OppositeRouterId", request.OppositeRouterId)
            .Add("OppositeInterfaceId", request.OppositeInterfaceId)
            .Add("OppositeInterfaceOwnerId", request.OppositeInterfaceOwnerId)
            .Add("AccessPointId", request.AccessPointId)
            .Add("OppositeAccessPointId", request.OppositeAccessPointId)
            .Add("HealthCheckSourceIp", request.HealthCheckSourceIp)
            .Add("HealthCheckTargetIp", request.HealthCheckTargetIp)
            .Add("Name", request.Name)
            .Add("Description", request.Description)
            .Add("InstanceChargeType", request.InstanceChargeType)
            .Add("Period", request.Period)
            .Add("PricingCycle", request.PricingCycle)
            .Add("AutoPay", request.AutoPay)
            .Add("AutoRenew", request.AutoRenew)
            .Add("ResourceGroupId", request.ResourceGroupId)
            .AddTags("Tags", request.Tags)
            .Add("FastLinkMode", request.FastLinkMode)
            .Add("ClientToken", request.ClientToken);
        return InvokeAsync("CreateRouterInterface", request.RegionId, parameters, root => ResponseMapping.RequiredString(root, "RouterInterfaceId"), cancellationToken);
    }

    public async Task<RouterInterfaceInfo?> DescribeRouterInterfaceAsync(string regionId, string routerInterfaceId, CancellationToken cancellationToken)
    {
        Required(routerInterfaceId);
        try
        {
            var found = await DescribeRouterInterfacesAsync(regionId, [routerInterfaceId], cancellationToken).ConfigureAwait(false);
            // a row listed with Status Deleted (real-api-behaviours B4) no longer exists
            return found.FirstOrDefault(ri => string.Equals(ri.RouterInterfaceId, routerInterfaceId, StringComparison.Ordinal)
                && !string.Equals(ri.Status, "Deleted", StringComparison.OrdinalIgnoreCase));
        }
        catch (AlibabaCloudException ex) when (ex.ErrorCode is AlibabaErrorCodes.InvalidRouterInterfaceIdNotFound or AlibabaErrorCodes.InvalidInstanceIdNotFound)
        {
            return null;
        }
    }

    /// <remarks>
    /// IDs are de-duplicated and sent <see cref="VpcClientOptions.MaxIdsPerDescribe"/> (default 50) per call as
    /// <c>Filter.1.Key=RouterInterfaceId</c> with <c>Filter.1.Value.M</c> values; each call's pages are all read. Only
    /// interfaces that were asked for are returned.
    /// </remarks>
    public async Task<IReadOnlyList<RouterInterfaceInfo>> DescribeRouterInterfacesAsync(
        string regionId,
        IReadOnlyCollection<string> routerInterfaceIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(routerInterfaceIds);
        Region(regionId);
        var wanted = routerInterfaceIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        var result = new List<RouterInterfaceInfo>(wanted.Count);
        var wantedSet = wanted.ToHashSet(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(_options.MaxIdsPerDescribe))
        {
            var filters = new Dictionary<string, IReadOnlyList<string>> { [RouterInterfaceIdFilter] = chunk };
            var page = await ListRouterInterfacesAsync(regionId, filters, cancellationToken).ConfigureAwait(false);
            result.AddRange(page.Where(ri => wantedSet.Contains(ri.RouterInterfaceId)));
        }

        return result;
    }

    private Task<IReadOnlyList<RouterInterfaceInfo>> ListRouterInterfacesAsync(
        string regionId,
        IReadOnlyDictionary<string, IReadOnlyList<string>> filters,
        CancellationToken cancellationToken) =>
        QueryRouterInterfacesAsync(regionId, new RouterInterfaceQuery { Filters = filters }, cancellationToken);

    public async Task<IReadOnlyList<RouterInterfaceInfo>> QueryRouterInterfacesAsync(string regionId, RouterInterfaceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new RpcParameters()
            .Add("RegionId", Region(regionId))
            .AddFilters(query.Filters)
            .Add("ResourceGroupId", query.ResourceGroupId)
            .AddTags("Tags", query.Tags)
            .Add("IncludeReservationData", query.IncludeReservationData ? true : null);
        return await ReadNumberedPagesAsync("DescribeRouterInterfaces", regionId, parameters, root => ResponseMapping.RouterInterfaces(root, regionId), cancellationToken)
            .ConfigureAwait(false);
    }

    public Task ModifyRouterInterfaceAttributeAsync(ModifyRouterInterfaceAttributeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = new RpcParameters()
            .Add("RegionId", Region(request.RegionId))
            .Add("RouterInterfaceId", Required(request.RouterInterfaceId))
            .Add("Name", request.Name)
            .Add("Description", request.Description)
            .Add("OppositeInterfaceId", request.OppositeInterfaceId)
            .Add("OppositeRouterId", request.OppositeRouterId)
            .Add("OppositeRouterType", request.OppositeRouterType)
            .Add("OppositeInterfaceOwnerId", request.OppositeInterfaceOwnerId)
            .Add("HealthCheckSourceIp", request.HealthCheckSourceIp)
            .Add("HealthCheckTargetIp", request.HealthCheckTargetIp)
            .Add("HcRate", request.HcRate)
            .Add("HcThreshold", request.HcThreshold)
            .Add("DeleteHealthCheckIp", request.DeleteHealthCheckIp);
        return InvokeAsync("ModifyRouterInterfaceAttribute", request.RegionId, parameters, NoResult, cancellationToken);
    }

    public Task ModifyRouterInterfaceSpecAsync(string regionId, string routerInterfaceId, string spec, string clientToken, CancellationToken cancellationToken) =>
        InvokeAsync(
            "ModifyRouterInterfaceSpec",
            regionId,
            RouterInterfaceParameters(regionId, routerInterfaceId).Add("Spec", Required(spec)).Add("ClientToken", clientToken),
            NoResult,
            cancellationToken);

    public Task ConnectRouterInterfaceAsync(string regionId, string routerInterfaceId, CancellationToken cancellationToken) =>
        InvokeAsync("ConnectRouterInterface", regionId, RouterInterfaceParameters(regionId, routerInterfaceId), NoResult, cancellationToken);

    public Task ActivateRouterInterfaceAsync(string regionId, string routerInterfaceId, CancellationToken cancellationToken) =>
        InvokeAsync("ActivateRouterInterface", regionId, RouterInterfaceParameters(regionId, routerInterfaceId), NoResult, cancellationToken);

    public Task DeactivateRouterInterfaceAsync(string regionId, string routerInterfaceId, CancellationToken cancellationToken) =>
        InvokeAsync("DeactivateRouterInterface", regionId, RouterInterfaceParameters(regionId, routerInterfaceId), NoResult, cancellationToken);

    public Task DeleteRouterInterfaceAsync(string regionId, string routerInterfaceId, string clientToken, CancellationToken cancellationToken) =>
        InvokeAsync(
            "DeleteRouterInterface",
            regionId,
            RouterInterfaceParameters(regionId, routerInterfaceId).Add("ClientToken", clientToken),
            NoResult,
            cancellationToken);

    public Task DeleteExpressConnectAsync(string regionId, string routerInterfaceId, bool force, string clientToken, CancellationToken cancellationToken) =>
        InvokeAsync(
            "DeleteExpressConnect",
            regionId,
            RouterInterfaceParameters(regionId, routerInterfaceId).Add("Force", force).Add("ClientToken", clientToken),
            NoResult,
            cancellationToken);

    public async Task<IReadOnlyList<RouteTableInfo>> DescribeRouteTablesAsync(string regionId, string routerId, string routerType, CancellationToken cancellationToken)
    {
        var parameters = new RpcParameters().Add("RegionId", Region(regionId)).Add("RouterId", Required(routerId)).Add("RouterType", routerType);
        return await ReadNumberedPagesAsync("DescribeRouteTableList", regionId, parameters, ResponseMapping.RouteTables, cancellationToken).ConfigureAwait(false);
    }

    /// <remarks>
    /// RouterId is an optional filter of DescribeRouteTableList (alibaba-vpc-api.md; the TS SDK's
    /// DescribeRouteTableListRequest): without it the answer lists every table of the router type in the region.
    /// </remarks>
    public async Task<RouteTablePage> DescribeRouteTablePageAsync(string regionId, string routerType, int pageNumber, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var parameters = new RpcParameters().Add("RegionId", Region(regionId)).Add("RouterType", routerType);
        var (items, totalCount) = await ReadNumberedPageAsync("DescribeRouteTableList", regionId, parameters, pageNumber, ResponseMapping.RouteTables, cancellationToken)
            .ConfigureAwait(false);
        return new RouteTablePage(items, totalCount, _options.PageSize);
    }

    public async Task<IReadOnlyList<RouteEntryInfo>> DescribeRouteEntriesAsync(string regionId, string routeTableId, string? nextHopId, CancellationToken cancellationToken)
    {
        const string Action = "DescribeRouteEntryList";
        var baseParameters = new RpcParameters().Add("RegionId", Region(regionId)).Add("RouteTableId", Required(routeTableId)).Add("NextHopId", nextHopId);
        var entries = new List<RouteEntryInfo>();
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        string? nextToken = null;
        for (var page = 0; page < _options.MaxPages; page++)
        {
            var parameters = baseParameters.Clone().Add("MaxResult", _options.RouteEntryPageSize).Add("NextToken", nextToken);
            (List<RouteEntryInfo> Items, string? NextToken) answer = await InvokeAsync(
                Action,
                regionId,
                parameters,
                root => (ResponseMapping.RouteEntries(root).ToList(), JsonFields.StringOrNull(root, "NextToken")),
                cancellationToken).ConfigureAwait(false);
            entries.AddRange(answer.Items);
            if (answer.NextToken is null)
            {
                return entries;
            }

            if (!seenTokens.Add(answer.NextToken))
            {
                throw PagingBroken(Action, "the same NextToken came back twice");
            }

            nextToken = answer.NextToken;
        }

        throw PagingBroken(Action, $"more than {_options.MaxPages} pages");
    }

    public Task DeleteRouteEntryAsync(string regionId, string routeEntryId, CancellationToken cancellationToken) =>
        InvokeAsync("DeleteRouteEntry", regionId, new RpcParameters().Add("RegionId", Region(regionId)).Add("RouteEntryId", Required(routeEntryId)), NoResult, cancellationToken);

    /// <summary>PageNumber/PageSize paging: reads until TotalCount items, an empty page, or a short page when TotalCount is absent.</summary>
    private async Task<List<T>> ReadNumberedPagesAsync<T>(
        string action,
        string regionId,
        RpcParameters parameters,
        Func<JsonElement, IEnumerable<T>> readItems,
        CancellationToken cancellationToken)
    {
        var all = new List<T>();
        for (var pageNumber = 1; pageNumber <= _options.MaxPages; pageNumber++)
        {
            var page = await ReadNumberedPageAsync(action, regionId, parameters, pageNumber, readItems, cancellationToken).ConfigureAwait(false);
            all.AddRange(page.Items);
            var lastPage = page.Items.Count == 0
                || (page.TotalCount is { } total ? all.Count >= total : page.Items.Count < _options.PageSize);
            if (lastPage)
            {
                return all;
            }
        }

        throw PagingBroken(action, $"more than {_options.MaxPages} pages");
    }

    /// <summary>Page <paramref name="pageNumber"/> of a PageNumber/PageSize listing, with its TotalCount when the answer has one.</summary>
    private Task<(List<T> Items, int? TotalCount)> ReadNumberedPageAsync<T>(
        string action,
        string regionId,
        RpcParameters parameters,
        int pageNumber,
        Func<JsonElement, IEnumerable<T>> readItems,
        CancellationToken cancellationToken) =>
        InvokeAsync(
            action,
            regionId,
            parameters.Clone().Add("PageNumber", pageNumber).Add("PageSize", _options.PageSize),
            root => (readItems(root).ToList(), JsonFields.String(root, "TotalCount") is null ? (int?)null : JsonFields.Int(root, "TotalCount")),
            cancellationToken);

    private static AlibabaCloudException PagingBroken(string action, string reason) =>
        new(action, AlibabaErrorCodes.UnexpectedResponse, $"Paging did not end: {reason}.", 200, null);

    private static RpcParameters RouterInterfaceParameters(string regionId, string routerInterfaceId) =>
        new RpcParameters().Add("RegionId", Region(regionId)).Add("RouterInterfaceId", Required(routerInterfaceId));

    private static bool NoResult(JsonElement root) => true;

    private static string Region(string regionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(regionId);
        return regionId;
    }

    private static string Required(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return value;
    }
}
