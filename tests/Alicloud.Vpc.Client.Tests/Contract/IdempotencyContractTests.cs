using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.Vpc.Client.Tests.Contract;

/// <summary>ClientToken replay returns the first answer and does nothing; other parameters with the same token are refused.</summary>
public sealed class IdempotencyContractTests(EmulatorFixture fixture) : EmulatorContractTest(fixture)
{
    [Fact]
    public async Task CreateVpc_SameTokenSameParameters_ReturnsFirstVpcAndCreatesNothingMore()
    {
        var request = new CreateVpcRequest { RegionId = ContractRegions.Initiator, CidrBlock = "10.0.0.0/8", ClientToken = "token-create-vpc-1" };

        var first = await Topology.Dev.CreateVpcAsync(request, Ct);
        var second = await Topology.Dev.CreateVpcAsync(request, Ct);

        Assert.Equal(first, second);
        Assert.Single(await Topology.Dev.DescribeVpcsAsync(ContractRegions.Initiator, null, Ct));
    }

    [Fact]
    public async Task CreateVpc_SameTokenOtherParameters_IsIdempotentParameterMismatch()
    {
        await Topology.Dev.CreateVpcAsync(new CreateVpcRequest { RegionId = ContractRegions.Initiator, CidrBlock = "10.0.0.0/8", ClientToken = "token-2" }, Ct);

        await ApiAssert.FailsWithAsync(
            () => Topology.Dev.CreateVpcAsync(new CreateVpcRequest { RegionId = ContractRegions.Initiator, CidrBlock = "192.168.0.0/16", ClientToken = "token-2" }, Ct),
            AlibabaErrorCodes.IdempotentParameterMismatch,
            400);
    }

    [Fact]
    public async Task DeleteExpressConnect_ReplayedToken_SucceedsAgainWithoutSideEffects()
    {
        await Fixture.Admin.SetTransitionsAsync(new Dictionary<string, double> { [EmulatorTransitions.Deleting] = 60 }, Ct);
        var pair = await Topology.CreatePairAsync(connect: false, Ct);
        const string Token = "delete-express-connect-token";

        await Topology.Dev.DeleteExpressConnectAsync(pair.InitiatorVpc.RegionId, pair.InitiatorId, force: false, Token, Ct);
        await Topology.Dev.DeleteExpressConnectAsync(pair.InitiatorVpc.RegionId, pair.InitiatorId, force: false, Token, Ct);

        // Without the token the interface, now Deleting, would be refused.
        await ApiAssert.FailsWithAsync(
            () => Topology.Dev.DeleteExpressConnectAsync(pair.InitiatorVpc.RegionId, pair.InitiatorId, force: false, "another-token", Ct),
            AlibabaErrorCodes.IncorrectStatusRouterInterface,
            400);
        await ApiAssert.FailsWithAsync(
            () => Topology.Dev.DeleteExpressConnectAsync(pair.InitiatorVpc.RegionId, pair.InitiatorId, force: true, Token, Ct),
            AlibabaErrorCodes.IdempotentParameterMismatch,
            400);
    }
}
