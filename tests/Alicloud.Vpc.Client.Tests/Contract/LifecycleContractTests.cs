using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Polling;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.Vpc.Client.Tests.Contract;

/// <summary>Every IVpcClient action against the real emulator process, with both signature versions.</summary>
public sealed class LifecycleContractTests(EmulatorFixture fixture) : EmulatorContractTest(fixture)
{
    [Theory]
    [InlineData(VpcSignatureVersion.RpcHmacSha1)]
    [InlineData(VpcSignatureVersion.Acs3HmacSha256)]
    public async Task DescribeRegions_Emulator_ListsRegionsWithNames(VpcSignatureVersion signature)
    {
        var regions = await TopologyFor(signature).Dev.DescribeRegionsAsync(Ct);

        Assert.Contains(regions, r => r.RegionId == ContractRegions.Initiator && r.LocalName.Length > 0);
        Assert.Contains(regions, r => r.RegionId == ContractRegions.Acceptor);
    }

    [Theory]
    [InlineData(VpcSignatureVersion.RpcHmacSha1)]
    [InlineData(VpcSignatureVersion.Acs3HmacSha256)]
    public async Task VpcActions_CreateDescribeDelete_RoundTrip(VpcSignatureVersion signature)
    {
        var client = TopologyFor(signature).Dev;

        var vpc = await Topology.CreateVpcAsync(client, ContractRegions.Initiator, Ct);
        var described = Assert.Single(await client.DescribeVpcsAsync(ContractRegions.Initiator, vpc.VpcId, Ct));
        var tables = await client.DescribeRouteTablesAsync(ContractRegions.Initiator, vpc.RouterId, "VRouter", Ct);
        await client.DeleteVpcAsync(ContractRegions.Initiator, vpc.VpcId, Ct);
        var afterDelete = await Eventually.UntilAsync(ct => client.DescribeVpcsAsync(ContractRegions.Initiator, vpc.VpcId, ct), v => v.Count == 0, "VPC gone", CancellationToken.None);

        Assert.StartsWith("vpc-", vpc.VpcId, StringComparison.Ordinal);
        Assert.Equal((vpc.VpcId, ContractRegions.Initiator, vpc.RouterId, "172.16.0.0/12"), (described.VpcId, described.RegionId, described.VRouterId, described.CidrBlock));
        var table = Assert.Single(tables);
        Assert.Equal((vpc.RouteTableId, "System", vpc.RouterId, "VRouter", vpc.VpcId), (table.RouteTableId, table.RouteTableType, table.RouterId, table.RouterType, table.VpcId));
        Assert.Empty(afterDelete);
    }

    [Theory]
    [InlineData(VpcSignatureVersion.RpcHmacSha1)]
    [InlineData(VpcSignatureVersion.Acs3HmacSha256)]
    public async Task RouterInterfaceActions_FullLifeCycle_ReachEveryStatus(VpcSignatureVersion signature)
    {
        var topology = TopologyFor(signature);
        var pair = await topology.CreatePairAsync(connect: false, Ct);
        var dev = topology.Dev;
        var region = pair.InitiatorVpc.RegionId;

        var idle = await dev.DescribeRouterInterfaceAsync(region, pair.InitiatorId, Ct);
        Assert.NotNull(idle);
        Assert.Equal(("Idle", "InitiatingSide", "AfterPay", region), (idle.Status, idle.Role, idle.ChargeType, idle.RegionId));
        Assert.Equal((pair.AcceptorId, pair.AcceptorVpc.RouterId, EmulatorCredentials.Peer.AccountId), (idle.OppositeInterfaceId, idle.OppositeRouterId, idle.OppositeInterfaceOwnerId));

        await dev.ModifyRouterInterfaceAttributeAsync(new ModifyRouterInterfaceAttributeRequest { RegionId = region, RouterInterfaceId = pair.InitiatorId, Name = "link-a", Description = "contract test" }, Ct);
        var renamed = await dev.DescribeRouterInterfaceAsync(region, pair.InitiatorId, Ct);
        Assert.Equal(("link-a", "contract test"), (renamed!.Name, renamed.Description));

        await dev.ConnectRouterInterfaceAsync(region, pair.InitiatorId, Ct);
        await Topology.WaitForStatusAsync(dev, region, pair.InitiatorId, "Active");
        await Topology.WaitForStatusAsync(topology.Peer, pair.AcceptorVpc.RegionId, pair.AcceptorId, "Active");

        await dev.DeactivateRouterInterfaceAsync(region, pair.InitiatorId, Ct);
        await Topology.WaitForStatusAsync(dev, region, pair.InitiatorId, "Inactive");
        await dev.ActivateRouterInterfaceAsync(region, pair.InitiatorId, Ct);
        await Topology.WaitForStatusAsync(dev, region, pair.InitiatorId, "Active");

        await dev.ModifyRouterInterfaceSpecAsync(region, pair.InitiatorId, "Middle.1", Guid.NewGuid().ToString(), Ct);
        var respecified = await Topology.WaitForStatusAsync(dev, region, pair.InitiatorId, "Active");
        Assert.Equal(("Middle.1", 100), (respecified!.Spec, respecified.Bandwidth));

        await dev.DeactivateRouterInterfaceAsync(region, pair.InitiatorId, Ct);
        await Topology.WaitForStatusAsync(dev, region, pair.InitiatorId, "Inactive");
        await dev.DeleteRouterInterfaceAsync(region, pair.InitiatorId, Guid.NewGuid().ToString(), Ct);
        await Topology.WaitGoneAsync(dev, region, pair.InitiatorId);
    }

    [Fact]
    public async Task ActivateRouterInterface_NotInactive_IsIncorrectRiStatus()
    {
        var topology = TopologyFor(VpcSignatureVersion.RpcHmacSha1);
        var pair = await topology.CreatePairAsync(connect: true, Ct);

        await ApiAssert.FailsWithAsync(
            () => topology.Dev.ActivateRouterInterfaceAsync(pair.InitiatorVpc.RegionId, pair.InitiatorId, Ct),
            AlibabaErrorCodes.IncorrectRiStatus,
            400);
    }

    [Fact]
    public async Task DeleteVpc_RouterInterfaceOnItsRouter_IsDependencyViolation()
    {
        var topology = TopologyFor(VpcSignatureVersion.RpcHmacSha1);
        var pair = await topology.CreatePairAsync(connect: false, Ct);

        await ApiAssert.FailsWithAsync(
            () => topology.Dev.DeleteVpcAsync(pair.InitiatorVpc.RegionId, pair.InitiatorVpc.VpcId, Ct),
            AlibabaErrorCodes.DependencyViolationRouterInterface,
            400);
    }

    [Fact]
    public async Task DescribeRouterInterface_UnknownId_ReturnsNull()
    {
        var client = TopologyFor(VpcSignatureVersion.RpcHmacSha1).Dev;
        Assert.Null(await client.DescribeRouterInterfaceAsync(ContractRegions.Initiator, "ri-doesnotexist", Ct));
    }

    [Fact]
    public async Task ListAndDescribeRouterInterfaces_FiltersAndBatch_ReturnOnlyMatches()
    {
        var topology = TopologyFor(VpcSignatureVersion.RpcHmacSha1);
        var pair = await topology.CreatePairAsync(connect: false, Ct);
        var other = await Topology.CreateInitiatorAsync(topology.Dev, pair.InitiatorVpc, null, Ct);
        var region = pair.InitiatorVpc.RegionId;

        var byRouter = await topology.Dev.ListRouterInterfacesAsync(region, new Dictionary<string, IReadOnlyList<string>> { ["RouterId"] = [pair.InitiatorVpc.RouterId] }, Ct);
        var byOpposite = await topology.Dev.ListRouterInterfacesAsync(region, new Dictionary<string, IReadOnlyList<string>> { ["OppositeInterfaceId"] = [pair.AcceptorId], ["Status"] = ["Idle"] }, Ct);
        var batch = await topology.Dev.DescribeRouterInterfacesAsync(region, [pair.InitiatorId, other, "ri-missing"], Ct);

        var expected = new[] { pair.InitiatorId, other }.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, byRouter.Select(r => r.RouterInterfaceId).Order(StringComparer.Ordinal).ToList());
        Assert.Equal([pair.InitiatorId], byOpposite.Select(r => r.RouterInterfaceId));
        Assert.Equal(expected, batch.Select(r => r.RouterInterfaceId).Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData(VpcSignatureVersion.RpcHmacSha1)]
    [InlineData(VpcSignatureVersion.Acs3HmacSha256)]
    public async Task RouteEntryActions_CreateDescribeDelete_FollowPendingAvailableGone(VpcSignatureVersion signature)
    {
        var topology = TopologyFor(signature);
        var pair = await topology.CreatePairAsync(connect: true, Ct);
        var vpc = pair.InitiatorVpc;

        var entryId = await topology.Dev.CreateRouteToAsync(vpc, "192.168.10.0/24", pair.InitiatorId, Ct);
        await Topology.WaitRouteEntryAsync(topology.Dev, vpc, entryId, "Available");
        var viaHop = await topology.Dev.DescribeRouteEntriesAsync(vpc.RegionId, vpc.RouteTableId, pair.InitiatorId, Ct);
        var entry = Assert.Single(viaHop);
        Assert.Equal((entryId, "192.168.10.0/24", "Custom", "RouterInterface", pair.InitiatorId), (entry.RouteEntryId, entry.DestinationCidrBlock, entry.Type, entry.NextHopType, entry.NextHopId));

        await topology.Dev.DeleteRouteEntryAsync(vpc.RegionId, entryId, Ct);
        await Topology.WaitRouteEntryAsync(topology.Dev, vpc, entryId, null);
    }

    [Theory]
    [InlineData(VpcSignatureVersion.RpcHmacSha1)]
    [InlineData(VpcSignatureVersion.Acs3HmacSha256)]
    public async Task DeleteExpressConnect_InactiveCrossAccountPair_EachAccountDeletesItsOwnEnd(VpcSignatureVersion signature)
    {
        var topology = TopologyFor(signature);
        var pair = await topology.CreatePairAsync(connect: true, Ct);
        await Fixture.Admin.SetTransitionsAsync(new Dictionary<string, double> { [EmulatorTransitions.Deleting] = 2 }, Ct);
        await topology.Dev.DeactivateRouterInterfaceAsync(pair.InitiatorVpc.RegionId, pair.InitiatorId, Ct);
        await topology.Peer.DeactivateRouterInterfaceAsync(pair.AcceptorVpc.RegionId, pair.AcceptorId, Ct);
        await Topology.WaitForStatusAsync(topology.Dev, pair.InitiatorVpc.RegionId, pair.InitiatorId, "Inactive");
        await Topology.WaitForStatusAsync(topology.Peer, pair.AcceptorVpc.RegionId, pair.AcceptorId, "Inactive");

        await topology.Dev.DeleteExpressConnectAsync(pair.InitiatorVpc.RegionId, pair.InitiatorId, force: false, Guid.NewGuid().ToString(), Ct);

        // the emulator's default for the unknown B7: one account's call deletes only its own end
        var initiator = await topology.Dev.DescribeRouterInterfaceAsync(pair.InitiatorVpc.RegionId, pair.InitiatorId, Ct);
        var acceptor = await topology.Peer.DescribeRouterInterfaceAsync(pair.AcceptorVpc.RegionId, pair.AcceptorId, Ct);
        Assert.Equal(("Deleting", "Inactive"), (initiator?.Status, acceptor?.Status));
        await topology.Peer.DeleteExpressConnectAsync(pair.AcceptorVpc.RegionId, pair.AcceptorId, force: false, Guid.NewGuid().ToString(), Ct);
        await Topology.WaitGoneAsync(topology.Dev, pair.InitiatorVpc.RegionId, pair.InitiatorId);
        await Topology.WaitGoneAsync(topology.Peer, pair.AcceptorVpc.RegionId, pair.AcceptorId);
    }
}
