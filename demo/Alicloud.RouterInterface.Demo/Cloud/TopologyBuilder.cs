using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Polling;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Demo.Cloud;

/// <summary>
/// What exists around the stack, made with the VPC client the way another tool (a console, Terraform, a network
/// team's script) would: the VPCs, route entries through the pair, a deactivation.
/// </summary>
internal sealed class TopologyBuilder(IVpcClient client, DemoOptions options, TimeProvider time)
{
    private const string Available = "Available";
    private readonly PollingOptions _polling = new() { Bound = options.CloudWaitTimeout, Interval = options.CloudPollInterval, Time = time };

    public async Task<RegionSite> CreateVpcAsync(string regionId, string vpcName, string cidrBlock, CancellationToken cancellationToken)
    {
        var created = await client.CreateVpcAsync(
            new CreateVpcRequest { RegionId = regionId, VpcName = vpcName, CidrBlock = cidrBlock, ClientToken = NewClientToken() },
            cancellationToken);
        await Eventually.HoldsAsync(
            async ct => (await client.DescribeVpcsAsync(regionId, created.VpcId, ct)).Any(v => v.Status == Available),
            $"{created.VpcId} to become {Available}",
            cancellationToken,
            _polling);
        return new RegionSite(regionId, vpcName, cidrBlock, created.VpcId, created.VRouterId, created.RouteTableId);
    }

    /// <summary>A custom route entry in the site's table towards <paramref name="destinationCidr"/> through a router interface; waits until Available.</summary>
    public async Task<RouteEntryInfo> AddRouteAsync(RegionSite site, string destinationCidr, string routerInterfaceId, CancellationToken cancellationToken)
    {
        // route changes in one table are serial (A3/A4): a busy table is waited through
        var entryId = await RouteEntrySeeding.CreateAsync(
            client,
            new CreateRouteEntryRequest
            {
                RegionId = site.RegionId,
                RouteTableId = site.RouteTableId,
                DestinationCidrBlock = destinationCidr,
                NextHopType = "RouterInterface",
                NextHopId = routerInterfaceId,
                RouteEntryName = $"via-{routerInterfaceId}",
                ClientToken = NewClientToken(),
            },
            time,
            cancellationToken);
        RouteEntryInfo? entry = null;
        await Eventually.HoldsAsync(
            async ct =>
            {
                entry = (await client.DescribeRouteEntriesAsync(site.RegionId, site.RouteTableId, routerInterfaceId, ct))
                    .FirstOrDefault(e => e.RouteEntryId == entryId && e.Status == Available);
                return entry is not null;
            },
            $"route entry {entryId} to become {Available}",
            cancellationToken,
            _polling);
        return entry!;
    }

    /// <summary>DeactivateRouterInterface on one end; returns once the end shows Deactivating (only the called end changes).</summary>
    public async Task<string> DeactivateAsync(string regionId, string routerInterfaceId, CancellationToken cancellationToken)
    {
        await client.DeactivateRouterInterfaceAsync(regionId, routerInterfaceId, cancellationToken);
        var status = "";
        await Eventually.HoldsAsync(
            async ct =>
            {
                status = (await client.DescribeRouterInterfaceAsync(regionId, routerInterfaceId, ct))?.Status ?? "gone";
                return status != "Active";
            },
            $"{routerInterfaceId} to start deactivating",
            cancellationToken,
            _polling);
        return status;
    }

    private static string NewClientToken() => Guid.NewGuid().ToString("N");
}
