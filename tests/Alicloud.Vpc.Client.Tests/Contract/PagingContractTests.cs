using System.Globalization;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.Vpc.Client.Tests.Contract;

/// <summary>Listing beyond one page: PageSize 50 for interfaces, MaxResult/NextToken for route entries.</summary>
public sealed class PagingContractTests(EmulatorFixture fixture) : EmulatorContractTest(fixture)
{
    private const int InterfaceCount = 61;
    private const int RouteEntryCount = 105;

    private IVpcClient Client => Topology.Dev;

    [Fact]
    public async Task RouterInterfaces_MoreThanFiftyOnOneRouter_ListedAndDescribedCompletely()
    {
        var vpc = await Topology.CreateVpcAsync(Client, ContractRegions.Initiator, Ct);
        var created = new List<string>();
        foreach (var _ in Enumerable.Range(0, InterfaceCount))
        {
            created.Add(await Topology.CreateInitiatorAsync(Client, vpc, null, Ct));
        }

        var listed = await Client.ListRouterInterfacesAsync(ContractRegions.Initiator, new Dictionary<string, IReadOnlyList<string>> { ["RouterId"] = [vpc.RouterId] }, Ct);
        var listCalls = await Fixture.Admin.GetRequestsAsync("DescribeRouterInterfaces", Ct);
        var described = await Client.DescribeRouterInterfacesAsync(ContractRegions.Initiator, created, Ct);
        var allCalls = await Fixture.Admin.GetRequestsAsync("DescribeRouterInterfaces", Ct);

        Assert.Equal(created.Order(StringComparer.Ordinal), listed.Select(r => r.RouterInterfaceId).Order(StringComparer.Ordinal));
        Assert.Equal(["1", "2"], listCalls.Select(c => c.Parameters["PageNumber"]));
        Assert.All(listCalls, c => Assert.Equal("50", c.Parameters["PageSize"]));

        Assert.Equal(created.Order(StringComparer.Ordinal), described.Select(r => r.RouterInterfaceId).Order(StringComparer.Ordinal));
        var batchCalls = allCalls.Skip(listCalls.Count).ToList();
        Assert.Equal(2, batchCalls.Count); // 50 ids + 11 ids, one page each
        Assert.Equal([50, 11], batchCalls.Select(c => c.Parameters.Keys.Count(k => k.StartsWith("Filter.1.Value.", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task RouteEntries_MoreThanOneHundred_ReadThroughNextToken()
    {
        var pair = await Topology.CreatePairAsync(connect: false, Ct);
        await Fixture.Admin.SetTransitionsAsync(new Dictionary<string, double> { [EmulatorTransitions.RouteEntryPending] = 0 }, Ct); // 101 serial changes in one table
        for (var i = 0; i < RouteEntryCount; i++)
        {
            var cidr = string.Create(CultureInfo.InvariantCulture, $"10.{i / 256}.{i % 256}.0/24");
            await Client.CreateRouteToAsync(pair.InitiatorVpc, cidr, pair.InitiatorId, Ct);
        }

        var seeding = (await Fixture.Admin.GetRequestsAsync("DescribeRouteEntryList", Ct)).Count;
        var entries = await Client.DescribeRouteEntriesAsync(pair.InitiatorVpc.RegionId, pair.InitiatorVpc.RouteTableId, pair.InitiatorId, Ct);
        var calls = (await Fixture.Admin.GetRequestsAsync("DescribeRouteEntryList", Ct)).Skip(seeding).ToList();

        Assert.Equal(RouteEntryCount, entries.Count);
        Assert.Equal(RouteEntryCount, entries.Select(e => e.RouteEntryId).Distinct().Count());
        Assert.Equal(2, calls.Count);
        Assert.False(calls[0].Parameters.ContainsKey("NextToken"));
        Assert.True(calls[1].Parameters.ContainsKey("NextToken"));
        Assert.All(calls, c => Assert.Equal("100", c.Parameters["MaxResult"]));
    }
}
