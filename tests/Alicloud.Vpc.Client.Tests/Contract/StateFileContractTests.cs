using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.Vpc.Client.Tests.Contract;

/// <summary>With --state-file, everything the client created is there again after the emulator restarts.</summary>
public sealed class StateFileContractTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("vpc-emulator-state-");
    private readonly Alicloud.Vpc.Client.Budget.VpcCallBudget _budget = EmulatorClients.GenerousBudget();

    private CancellationToken Ct => _timeout.Token;

    private string StateFile => Path.Combine(_directory.FullName, "state.json");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _directory.Delete(recursive: true);
        _timeout.Dispose();
        _budget.Dispose();
    }

    private Task<EmulatorProcess> StartAsync() =>
        EmulatorProcess.StartAsync(new EmulatorStartOptions { StateFile = StateFile, Transitions = EmulatorFixture.ShortTransitions }, Ct);

    private Topology TopologyOn(EmulatorProcess emulator) => new(
        EmulatorClients.Create(emulator, EmulatorCredentials.Dev, EmulatorFixture.ContractOptions, _budget),
        EmulatorClients.Create(emulator, EmulatorCredentials.Peer, EmulatorFixture.ContractOptions, _budget));

    [Fact]
    public async Task Restart_WithStateFile_LosesNothing()
    {
        RouterInterfacePair pair;
        string routeEntryId;
        IReadOnlyList<RouterInterfaceInfo> before;
        IReadOnlyList<RouteEntryInfo> entriesBefore;
        CreateVpcResult idempotentVpc;
        var idempotentRequest = new CreateVpcRequest { RegionId = ContractRegions.Initiator, CidrBlock = "10.0.0.0/8", ClientToken = "survives-restart" };

        await using (var emulator = await StartAsync())
        {
            var topology = TopologyOn(emulator);
            pair = await topology.CreatePairAsync(connect: true, Ct);
            routeEntryId = await topology.Dev.CreateRouteToAsync(pair.InitiatorVpc, "10.50.0.0/16", pair.InitiatorId, Ct);
            await Topology.WaitRouteEntryAsync(topology.Dev, pair.InitiatorVpc, routeEntryId, "Available");
            idempotentVpc = await topology.Dev.CreateVpcAsync(idempotentRequest, Ct);
            before = await topology.Dev.DescribeRouterInterfacesAsync(pair.InitiatorVpc.RegionId, [pair.InitiatorId], Ct);
            entriesBefore = await topology.Dev.DescribeRouteEntriesAsync(pair.InitiatorVpc.RegionId, pair.InitiatorVpc.RouteTableId, null, Ct);
            Assert.Equal(0, await emulator.StopAsync(Ct));
        }

        await using (var restarted = await StartAsync())
        {
            var topology = TopologyOn(restarted);
            var after = await topology.Dev.DescribeRouterInterfacesAsync(pair.InitiatorVpc.RegionId, [pair.InitiatorId], Ct);
            var acceptor = await topology.Peer.DescribeRouterInterfaceAsync(pair.AcceptorVpc.RegionId, pair.AcceptorId, Ct);
            var entriesAfter = await topology.Dev.DescribeRouteEntriesAsync(pair.InitiatorVpc.RegionId, pair.InitiatorVpc.RouteTableId, null, Ct);
            var vpcs = await topology.Dev.DescribeVpcsAsync(pair.InitiatorVpc.RegionId, null, Ct);
            var replayed = await topology.Dev.CreateVpcAsync(idempotentRequest, Ct);

            Assert.Equal(before, after);
            Assert.Equal("Active", acceptor?.Status);
            Assert.Equal(entriesBefore, entriesAfter);
            Assert.Contains(entriesAfter, e => e.RouteEntryId == routeEntryId);
            Assert.Equal(new[] { pair.InitiatorVpc.VpcId, idempotentVpc.VpcId }.Order(StringComparer.Ordinal), vpcs.Select(v => v.VpcId).Order(StringComparer.Ordinal));
            Assert.Equal(idempotentVpc, replayed);
        }
    }
}
