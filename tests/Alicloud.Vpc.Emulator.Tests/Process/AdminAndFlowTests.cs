using System.Text.Json;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Emulator.Tests.Support;

namespace Alicloud.Vpc.Emulator.Tests.Process;

/// <summary>The admin API through <see cref="EmulatorAdminClient"/>, and whole flows over signed HTTP.</summary>
public sealed class AdminAndFlowTests : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private const string Hangzhou = "cn-hangzhou";
    private const string Frankfurt = "eu-central-1";

    private readonly EmulatorFixture _fixture;
    private readonly SignedApiClient _api;

    public AdminAndFlowTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _api = new SignedApiClient(fixture.Process.BaseUri);
    }

    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    private EmulatorAdminClient Admin => _fixture.Process.Admin;

    public async Task InitializeAsync()
    {
        await Admin.ResetAsync(Timeout);
        await Admin.SetTransitionsAsync(EmulatorTransitions.Instant, Timeout);
    }

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Reset_AfterCreate_LeavesNothing()
    {
        await _api.OkAsync("CreateVpc", new() { ["RegionId"] = Hangzhou });

        await Admin.ResetAsync(Timeout);
        var vpcs = await _api.OkAsync("DescribeVpcs", new() { ["RegionId"] = Hangzhou });

        Assert.Equal(0, vpcs.GetProperty("TotalCount").GetInt32());
    }

    [Fact]
    public async Task State_AfterCreate_DumpsTheVpc()
    {
        var vpcId = (await _api.OkAsync("CreateVpc", new() { ["RegionId"] = Hangzhou })).GetProperty("VpcId").GetString();

        using var state = await Admin.GetStateAsync(Timeout);

        var vpc = Assert.Single(state.RootElement.GetProperty("vpcs").EnumerateArray());
        Assert.Equal(vpcId, vpc.GetProperty("vpcId").GetString());
        Assert.Equal(EmulatorCredentials.Dev.AccountId, vpc.GetProperty("accountId").GetString());
    }

    [Fact]
    public async Task Transitions_Put_ReturnsTableAndRejectsUnknownNames()
    {
        var table = await Admin.SetTransitionsAsync(new Dictionary<string, double> { [EmulatorTransitions.Deactivating] = 2.5 }, Timeout);
        var error = await Assert.ThrowsAsync<EmulatorAdminException>(() => Admin.SetTransitionsAsync(new Dictionary<string, double> { ["Sleeping"] = 1 }, Timeout));

        Assert.Equal(2.5, table[EmulatorTransitions.Deactivating]);
        Assert.Equal(0, table[EmulatorTransitions.Deleting]);
        Assert.Equal((400, "InvalidParameter"), (error.StatusCode, error.Code));
    }

    [Fact]
    public async Task Faults_CountedError_FiresOnceThenCallsSucceed()
    {
        await Admin.AddFaultAsync(new FaultRule { Action = "DescribeRegions", Code = "ServiceUnavailable", Count = 1 }, Timeout);

        var first = await _api.V1Async("DescribeRegions", []);
        var second = await _api.V1Async("DescribeRegions", []);

        first.AssertEnvelope(503, "ServiceUnavailable");
        Assert.Equal(200, second.Status);
    }

    [Fact]
    public async Task Faults_DropConnection_ClosesWithoutAnswer()
    {
        await Admin.AddFaultAsync(new FaultRule { Action = "DescribeRegions", DropConnection = true, Count = 1 }, Timeout);

        await Assert.ThrowsAsync<HttpRequestException>(() => _api.V1Async("DescribeRegions", []));
        Assert.Equal(200, (await _api.V1Async("DescribeRegions", [])).Status);
    }

    [Fact]
    public async Task Faults_ClearedRules_NoLongerFire()
    {
        await Admin.AddFaultAsync(new FaultRule { Code = "InternalError" }, Timeout);
        (await _api.V1Async("DescribeRegions", [])).AssertEnvelope(500, "InternalError");

        await Admin.ClearFaultsAsync(Timeout);

        Assert.Equal(200, (await _api.V1Async("DescribeRegions", [])).Status);
    }

    [Fact]
    public async Task Faults_InvalidRule_IsRefused()
    {
        var error = await Assert.ThrowsAsync<EmulatorAdminException>(() => Admin.AddFaultAsync(new FaultRule { Action = "DescribeRegions" }, Timeout));

        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task Faults_ResourceRuleWithInstanceIdNotFound_ReachesDeleteExpressConnect()
    {
        await Admin.AddFaultAsync(new FaultRule { Action = "DeleteExpressConnect", ResourceId = "ri-target", Code = "InvalidInstanceId.NotFound" }, Timeout);

        var hit = await _api.V1Async("DeleteExpressConnect", new() { ["RegionId"] = Hangzhou, ["RouterInterfaceId"] = "ri-target" });
        var miss = await _api.V1Async("DeleteExpressConnect", new() { ["RegionId"] = Hangzhou, ["RouterInterfaceId"] = "ri-other" });

        hit.AssertEnvelope(404, "InvalidInstanceId.NotFound");
        miss.AssertEnvelope(404, "InvalidRouterInterfaceId.NotFound");
    }

    [Fact]
    public async Task Limits_Put_ChangesPerRouterCap()
    {
        var limits = await Admin.SetLimitsAsync(new EmulatorLimitSettings(RouterInterfacesPerRouter: 1), Timeout);
        var vpc = await _api.OkAsync("CreateVpc", new() { ["RegionId"] = Hangzhou });
        await CreateInterfaceAsync(vpc.GetProperty("VRouterId").GetString()!, Hangzhou, "InitiatingSide", Frankfurt, EmulatorCredentials.Dev);

        var second = await _api.V1Async("CreateRouterInterface", InterfaceParameters(vpc.GetProperty("VRouterId").GetString()!, Hangzhou, "InitiatingSide", Frankfurt));
        await Admin.SetLimitsAsync(new EmulatorLimitSettings(RouterInterfacesPerRouter: 5), Timeout);

        Assert.Equal(1, limits.RouterInterfacesPerRouter);
        second.AssertEnvelope(400, "QuotaExceeded.RouterInterface");
    }

    [Fact]
    public async Task Seed_Vbr_CanCarryAnInitiator()
    {
        var seeded = await Admin.SeedAsync(new EmulatorSeed { Vbrs = [new SeedVbr(EmulatorCredentials.Dev.AccountId, Hangzhou)] }, Timeout);
        var vbr = Assert.Single(seeded.Vbrs);

        var id = await CreateInterfaceAsync(vbr.VbrId, Hangzhou, "InitiatingSide", Hangzhou, EmulatorCredentials.Dev, routerType: "VBR");
        var tables = await _api.OkAsync("DescribeRouteTableList", new() { ["RegionId"] = Hangzhou, ["RouterType"] = "VBR", ["RouterId"] = vbr.VbrId });

        Assert.StartsWith("ri-", id, StringComparison.Ordinal);
        Assert.Equal(vbr.RouteTableId, tables.GetProperty("RouterTableList").GetProperty("RouterTableListType")[0].GetProperty("RouteTableId").GetString());
    }

    [Fact]
    public async Task Seed_UnknownInterface_IsRefused()
    {
        var error = await Assert.ThrowsAsync<EmulatorAdminException>(() => Admin.SeedAsync(new EmulatorSeed { RouterInterfaces = [new SeedRouterInterfaceFlags("ri-none", OperationLocked: true)] }, Timeout));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Flow_CrossAccountCrossRegionPair_ConnectDeactivate_EachAccountDeletesItsOwnEnd()
    {
        var (initiator, acceptor, leftVpc, rightVpc) = await ConnectedPairAsync();
        Assert.Equal("Active", await StatusAsync(initiator, Hangzhou, EmulatorCredentials.Dev));

        await _api.OkAsync("DeactivateRouterInterface", new() { ["RegionId"] = Hangzhou, ["RouterInterfaceId"] = initiator });
        var foreign = await _api.V1Async("DeactivateRouterInterface", new() { ["RegionId"] = Frankfurt, ["RouterInterfaceId"] = acceptor });
        await _api.OkAsync("DeactivateRouterInterface", new() { ["RegionId"] = Frankfurt, ["RouterInterfaceId"] = acceptor }, EmulatorCredentials.Peer);
        await _api.OkAsync("DeleteExpressConnect", new() { ["RegionId"] = Hangzhou, ["RouterInterfaceId"] = initiator, ["Force"] = "true", ["ClientToken"] = "delete-pair-1" });
        var peerEndAfterDevsDelete = await StatusAsync(acceptor, Frankfurt, EmulatorCredentials.Peer);
        await _api.OkAsync("DeleteExpressConnect", new() { ["RegionId"] = Frankfurt, ["RouterInterfaceId"] = acceptor, ["Force"] = "true" }, EmulatorCredentials.Peer);

        foreign.AssertEnvelope(400, "Forbbiden.InvaildOwner");
        Assert.Equal("Inactive", peerEndAfterDevsDelete); // B7 default own-end: one account's call leaves the other's end
        Assert.Equal("(gone)", await StatusAsync(initiator, Hangzhou, EmulatorCredentials.Dev));
        Assert.Equal("(gone)", await StatusAsync(acceptor, Frankfurt, EmulatorCredentials.Peer));
        await _api.OkAsync("DeleteVpc", new() { ["RegionId"] = Hangzhou, ["VpcId"] = leftVpc });
        await _api.OkAsync("DeleteVpc", new() { ["RegionId"] = Frankfurt, ["VpcId"] = rightVpc }, EmulatorCredentials.Peer);
    }

    [Fact]
    public async Task Concurrency_ParallelCreates_AllLandExactlyOnce()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            _api.V1Async("CreateVpc", new() { ["RegionId"] = Hangzhou, ["ClientToken"] = "parallel-" + (i % 20).ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        var vpcs = await _api.OkAsync("DescribeVpcs", new() { ["RegionId"] = Hangzhou, ["PageSize"] = "50" });

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.Equal(20, answers.Select(a => a.Json.GetProperty("VpcId").GetString()).Distinct().Count());
        Assert.Equal(20, vpcs.GetProperty("TotalCount").GetInt32());
    }

    [Fact]
    public async Task Flow_SeededLock_IsOperationLockedOverHttp()
    {
        var (initiator, _, _, _) = await ConnectedPairAsync();
        await Admin.SeedAsync(new EmulatorSeed { RouterInterfaces = [new SeedRouterInterfaceFlags(initiator, OperationLocked: true)] }, Timeout);

        (await _api.V1Async("DeactivateRouterInterface", new() { ["RegionId"] = Hangzhou, ["RouterInterfaceId"] = initiator })).AssertEnvelope(400, "OperationFailed.OperationLocked");
    }

    [Fact]
    public async Task Flow_DeleteVpcWithInterface_IsDependencyViolation()
    {
        var (_, _, leftVpc, _) = await ConnectedPairAsync();

        (await _api.V1Async("DeleteVpc", new() { ["RegionId"] = Hangzhou, ["VpcId"] = leftVpc })).AssertEnvelope(400, "DependencyViolation.RouterInterface");
    }

    private async Task<(string Initiator, string Acceptor, string LeftVpc, string RightVpc)> ConnectedPairAsync()
    {
        var left = await _api.OkAsync("CreateVpc", new() { ["RegionId"] = Hangzhou });
        var right = await _api.OkAsync("CreateVpc", new() { ["RegionId"] = Frankfurt }, EmulatorCredentials.Peer);
        var leftRouter = left.GetProperty("VRouterId").GetString()!;
        var rightRouter = right.GetProperty("VRouterId").GetString()!;
        var initiator = await CreateInterfaceAsync(leftRouter, Hangzhou, "InitiatingSide", Frankfurt, EmulatorCredentials.Dev);
        var acceptor = await CreateInterfaceAsync(rightRouter, Frankfurt, "AcceptingSide", Hangzhou, EmulatorCredentials.Peer);
        await _api.OkAsync("ModifyRouterInterfaceAttribute", new()
        {
            ["RegionId"] = Frankfurt,
            ["RouterInterfaceId"] = acceptor,
            ["OppositeInterfaceId"] = initiator,
            ["OppositeRouterId"] = leftRouter,
            ["OppositeRouterType"] = "VRouter",
            ["OppositeInterfaceOwnerId"] = EmulatorCredentials.Dev.AccountId,
        }, EmulatorCredentials.Peer);
        await _api.OkAsync("ModifyRouterInterfaceAttribute", new()
        {
            ["RegionId"] = Hangzhou,
            ["RouterInterfaceId"] = initiator,
            ["OppositeInterfaceId"] = acceptor,
            ["OppositeRouterId"] = rightRouter,
            ["OppositeRouterType"] = "VRouter",
            ["OppositeInterfaceOwnerId"] = EmulatorCredentials.Peer.AccountId,
        });
        await _api.OkAsync("ConnectRouterInterface", new() { ["RegionId"] = Hangzhou, ["RouterInterfaceId"] = initiator });
        return (initiator, acceptor, left.GetProperty("VpcId").GetString()!, right.GetProperty("VpcId").GetString()!);
    }

    private static Dictionary<string, string> InterfaceParameters(string routerId, string region, string role, string oppositeRegion, string routerType = "VRouter") => new()
    {
        ["RegionId"] = region,
        ["Role"] = role,
        ["RouterType"] = routerType,
        ["RouterId"] = routerId,
        ["Spec"] = role == "InitiatingSide" ? "Large.2" : "Negative",
        ["OppositeRegionId"] = oppositeRegion,
    };

    private async Task<string> CreateInterfaceAsync(string routerId, string region, string role, string oppositeRegion, EmulatorCredential credential, string routerType = "VRouter") =>
        (await _api.OkAsync("CreateRouterInterface", InterfaceParameters(routerId, region, role, oppositeRegion, routerType), credential)).GetProperty("RouterInterfaceId").GetString()!;

    private async Task<string> StatusAsync(string id, string region, EmulatorCredential credential)
    {
        var result = await _api.OkAsync("DescribeRouterInterfaces", new() { ["RegionId"] = region, ["Filter.1.Key"] = "RouterInterfaceId", ["Filter.1.Value.1"] = id }, credential);
        var items = result.GetProperty("RouterInterfaceSet").GetProperty("RouterInterfaceType");
        return items.GetArrayLength() == 0 ? "(gone)" : items[0].GetProperty("Status").GetString()!;
    }
}
