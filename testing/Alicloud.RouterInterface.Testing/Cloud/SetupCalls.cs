using System.Text.Json;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Models;
using Alicloud.Vpc.Client.Transport;
using Alicloud.Vpc.Client.Wire;

namespace Alicloud.RouterInterface.Testing.Cloud;

/// <summary>
/// The VPC API calls the provider never makes, for arranging a cloud out of band (tests, bench, demo, the conformance
/// probe): regions, VPCs, route entries. They go through the product's <see cref="VpcClient"/> (its signing,
/// transport, budget and retries), so the provider's <see cref="IVpcClient"/> holds only what the provider calls.
/// </summary>
public static class SetupCalls
{
    public static Task<IReadOnlyList<RegionInfo>> DescribeRegionsAsync(this IVpcClient client, CancellationToken cancellationToken)
    {
        var rpc = Rpc(client);
        return rpc.InvokeAsync<IReadOnlyList<RegionInfo>>(
            "DescribeRegions",
            rpc.DefaultRegion,
            new RpcParameters().Add("RegionId", rpc.DefaultRegion),
            root => [.. JsonFields.List(root, "Regions", "Region").Select(r => new RegionInfo(JsonFields.StringOrEmpty(r, "RegionId"), JsonFields.StringOrEmpty(r, "LocalName")))],
            cancellationToken);
    }

    public static Task<CreateVpcResult> CreateVpcAsync(this IVpcClient client, CreateVpcRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = new RpcParameters()
            .Add("RegionId", Required(request.RegionId))
            .Add("CidrBlock", request.CidrBlock)
            .Add("VpcName", request.VpcName)
            .Add("ClientToken", request.ClientToken);
        return Rpc(client).InvokeAsync(
            "CreateVpc",
            request.RegionId,
            parameters,
            root => new CreateVpcResult(
                ResponseMapping.RequiredString(root, "VpcId"), JsonFields.StringOrEmpty(root, "VRouterId"), JsonFields.StringOrEmpty(root, "RouteTableId")),
            cancellationToken);
    }

    public static Task DeleteVpcAsync(this IVpcClient client, string regionId, string vpcId, CancellationToken cancellationToken) =>
        Rpc(client).InvokeAsync("DeleteVpc", regionId, new RpcParameters().Add("RegionId", Required(regionId)).Add("VpcId", Required(vpcId)), NoResult, cancellationToken);

    public static Task<string> CreateRouteEntryAsync(this IVpcClient client, CreateRouteEntryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = new RpcParameters()
            .Add("RegionId", Required(request.RegionId))
            .Add("RouteTableId", Required(request.RouteTableId))
            .Add("DestinationCidrBlock", Required(request.DestinationCidrBlock))
            .Add("NextHopType", request.NextHopType)
            .Add("NextHopId", request.NextHopList is null ? Required(request.NextHopId!) : request.NextHopId)
            .Add("RouteEntryName", request.RouteEntryName)
            .Add("ClientToken", request.ClientToken);
        for (var i = 0; i < (request.NextHopList?.Count ?? 0); i++)
        {
            parameters.Add($"NextHopList.{i + 1}.NextHopId", Required(request.NextHopList![i])).Add($"NextHopList.{i + 1}.NextHopType", "RouterInterface");
        }

        return Rpc(client).InvokeAsync("CreateRouteEntry", request.RegionId, parameters, root => ResponseMapping.RequiredString(root, "RouteEntryId"), cancellationToken);
    }

    /// <summary>Interfaces of one region matching <paramref name="filters"/> (filter key → values), all pages read.</summary>
    public static Task<IReadOnlyList<RouterInterfaceInfo>> ListRouterInterfacesAsync(
        this IVpcClient client, string regionId, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.QueryRouterInterfacesAsync(regionId, new RouterInterfaceQuery { Filters = filters }, cancellationToken);
    }

    private static VpcClient Rpc(IVpcClient client) =>
        client as VpcClient ?? throw new ArgumentException("Set-up calls go through the product's client (VpcClientFactory.Create).", nameof(client));

    private static bool NoResult(JsonElement root) => true;

    private static string Required(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return value;
    }
}
