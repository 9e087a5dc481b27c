using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Polling;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.Vpc.Client.Tests.Contract;

public sealed record RouterInterfacePair(Router InitiatorVpc, string InitiatorId, Router AcceptorVpc, string AcceptorId);

/// <summary>Builds VPCs and router-interface pairs through the client itself (dev account initiates, peer accepts).</summary>
public sealed class Topology(IVpcClient dev, IVpcClient peer)
{
    public IVpcClient Dev { get; } = dev;

    public IVpcClient Peer { get; } = peer;

    public static async Task<Router> CreateVpcAsync(IVpcClient client, string regionId, CancellationToken cancellationToken)
    {
        var created = await client.CreateVpcAsync(new CreateVpcRequest { RegionId = regionId, CidrBlock = "172.16.0.0/12" }, cancellationToken);
        await Eventually.UntilAsync(
            ct => client.DescribeVpcsAsync(regionId, created.VpcId, ct),
            vpcs => vpcs.Count == 1 && vpcs[0].Status == "Available",
            $"VPC {created.VpcId} Available", CancellationToken.None);
        return new Router(regionId, created.VpcId, created.VRouterId, created.RouteTableId);
    }

    public static Task<string> CreateInitiatorAsync(IVpcClient client, Router vpc, string? chargeType, CancellationToken cancellationToken) =>
        client.CreateRouterInterfaceAsync(
            new CreateRouterInterfaceRequest
            {
                RegionId = vpc.RegionId,
                Role = "InitiatingSide",
                RouterType = "VRouter",
                RouterId = vpc.RouterId,
                Spec = "Small.1",
                OppositeRegionId = ContractRegions.Acceptor,
                InstanceChargeType = chargeType,
                Period = chargeType == "PrePaid" ? 1 : null,
                AutoPay = chargeType == "PrePaid" ? true : null,
            },
            cancellationToken);

    /// <summary>Two VPCs in two regions and accounts with an initiator and an acceptor naming each other; connected when asked.</summary>
    public async Task<RouterInterfacePair> CreatePairAsync(bool connect, CancellationToken cancellationToken, string? initiatorChargeType = null, string? acceptorChargeType = null)
    {
        var initiatorVpc = await CreateVpcAsync(Dev, ContractRegions.Initiator, cancellationToken);
        var acceptorVpc = await CreateVpcAsync(Peer, ContractRegions.Acceptor, cancellationToken);
        var initiatorId = await CreateInitiatorAsync(Dev, initiatorVpc, initiatorChargeType, cancellationToken);
        await Dev.ModifyRouterInterfaceAttributeAsync(
            new ModifyRouterInterfaceAttributeRequest
            {
                RegionId = initiatorVpc.RegionId,
                RouterInterfaceId = initiatorId,
                OppositeRouterId = acceptorVpc.RouterId,
                OppositeRouterType = "VRouter",
                OppositeInterfaceOwnerId = EmulatorCredentials.Peer.AccountId,
            },
            cancellationToken);
        var acceptorId = await Peer.CreateRouterInterfaceAsync(
            new CreateRouterInterfaceRequest
            {
                RegionId = acceptorVpc.RegionId,
                Role = "AcceptingSide",
                RouterType = "VRouter",
                RouterId = acceptorVpc.RouterId,
                Spec = "Negative",
                OppositeRegionId = initiatorVpc.RegionId,
                OppositeRouterType = "VRouter",
                OppositeRouterId = initiatorVpc.RouterId,
                OppositeInterfaceId = initiatorId,
                OppositeInterfaceOwnerId = EmulatorCredentials.Dev.AccountId,
                InstanceChargeType = acceptorChargeType,
                Period = acceptorChargeType == "PrePaid" ? 1 : null,
                AutoPay = acceptorChargeType == "PrePaid" ? true : null,
            },
            cancellationToken);
        await Dev.ModifyRouterInterfaceAttributeAsync(
            new ModifyRouterInterfaceAttributeRequest { RegionId = initiatorVpc.RegionId, RouterInterfaceId = initiatorId, OppositeInterfaceId = acceptorId },
            cancellationToken);

        var pair = new RouterInterfacePair(initiatorVpc, initiatorId, acceptorVpc, acceptorId);
        if (connect)
        {
            await Dev.ConnectRouterInterfaceAsync(initiatorVpc.RegionId, initiatorId, cancellationToken);
            await WaitForStatusAsync(Dev, initiatorVpc.RegionId, initiatorId, "Active");
            await WaitForStatusAsync(Peer, acceptorVpc.RegionId, acceptorId, "Active");
        }

        return pair;
    }

    public static Task<RouterInterfaceInfo?> WaitForStatusAsync(IVpcClient client, string regionId, string routerInterfaceId, string status) =>
        Eventually.UntilAsync(
            ct => client.DescribeRouterInterfaceAsync(regionId, routerInterfaceId, ct),
            ri => ri?.Status == status,
            $"{routerInterfaceId} {status}", CancellationToken.None);

    public static Task WaitGoneAsync(IVpcClient client, string regionId, string routerInterfaceId) =>
        Eventually.UntilAsync(
            ct => client.DescribeRouterInterfaceAsync(regionId, routerInterfaceId, ct),
            ri => ri is null,
            $"{routerInterfaceId} gone", CancellationToken.None);

    public static Task WaitRouteEntryAsync(IVpcClient client, Router vpc, string routeEntryId, string? status) =>
        Eventually.UntilAsync(
            ct => client.DescribeRouteEntriesAsync(vpc.RegionId, vpc.RouteTableId, null, ct),
            entries => status is null ? entries.All(e => e.RouteEntryId != routeEntryId) : entries.Any(e => e.RouteEntryId == routeEntryId && e.Status == status),
            $"{routeEntryId} {status ?? "gone"}", CancellationToken.None);
}
