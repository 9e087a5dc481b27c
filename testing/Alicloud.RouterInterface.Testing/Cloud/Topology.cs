using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Testing.Cloud;

/// <summary>A VPC's vRouter and its system route table.</summary>
public sealed record Router(string RegionId, string VpcId, string RouterId, string RouteTableId);

/// <summary>
/// The one topology builder: what exists around a stack, made out of band with a VPC client the way another tool
/// would (VPCs, an acceptor another team created, route entries through an interface). Route changes go through
/// <see cref="RouteEntrySeeding"/> (one change at a time per table, A3/A4).
/// </summary>
public static class Topology
{
    public static async Task<Router> NewRouterAsync(this IVpcClient cloud, string regionId, CancellationToken cancellationToken, string cidrBlock = "10.0.0.0/8")
    {
        ArgumentNullException.ThrowIfNull(cloud);
        var vpc = await cloud.CreateVpcAsync(new CreateVpcRequest { RegionId = regionId, CidrBlock = cidrBlock }, cancellationToken).ConfigureAwait(false);
        return new Router(regionId, vpc.VpcId, vpc.VRouterId, vpc.RouteTableId);
    }

    /// <summary>An acceptor created outside the stack (another team's VPC), waiting for an initiator in <paramref name="oppositeRegionId"/>.</summary>
    public static Task<string> CreateAcceptorAsync(this IVpcClient cloud, Router router, string oppositeRegionId, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentNullException.ThrowIfNull(router);
        return cloud.CreateRouterInterfaceAsync(
            new CreateRouterInterfaceRequest
            {
                RegionId = router.RegionId,
                Role = "AcceptingSide",
                RouterType = "VRouter",
                RouterId = router.RouterId,
                Spec = "Negative",
                OppositeRegionId = oppositeRegionId,
                Name = name,
            },
            cancellationToken);
    }

    /// <summary>A custom route entry in the router's system table through a router interface; returns once it is Available (unless told otherwise).</summary>
    public static Task<string> CreateRouteToAsync(
        this IVpcClient cloud, Router router, string destinationCidr, string routerInterfaceId, CancellationToken cancellationToken, bool untilAvailable = true)
    {
        ArgumentNullException.ThrowIfNull(router);
        return RouteEntrySeeding.CreateAsync(
            cloud,
            new CreateRouteEntryRequest
            {
                RegionId = router.RegionId,
                RouteTableId = router.RouteTableId,
                DestinationCidrBlock = destinationCidr,
                NextHopType = "RouterInterface",
                NextHopId = routerInterfaceId,
            },
            TimeProvider.System,
            cancellationToken,
            untilAvailable: untilAvailable);
    }
}
