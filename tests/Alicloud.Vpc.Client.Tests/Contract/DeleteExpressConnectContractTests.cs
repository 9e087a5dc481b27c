using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.Vpc.Client.Tests.Contract;

/// <summary>Every row of the DeleteExpressConnect error table (issue 3 item 5), reached from real state where it can be.</summary>
public sealed class DeleteExpressConnectContractTests(EmulatorFixture fixture) : EmulatorContractTest(fixture)
{
    private IVpcClient Dev => Topology.Dev;

    /// <summary>
    /// The table's rows concern both ends of an instance, and the contract pairs span two accounts: play the variant in
    /// which one account's DeleteExpressConnect takes the other account's end too (B7 both-ends; the emulator's own
    /// tests cover its default, own-end).
    /// </summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.Admin.SetVariantsAsync(null, new Dictionary<string, string> { [EmulatorVariants.CrossAccountExpressConnect] = "both-ends" }, Ct);
    }

    private Task DeleteAsync(RouterInterfacePair pair, bool force = false) =>
        Dev.DeleteExpressConnectAsync(pair.InitiatorVpc.RegionId, pair.InitiatorId, force, Guid.NewGuid().ToString(), Ct);

    [Fact]
    public async Task DeleteExpressConnect_UnknownRegion_IsInvalidRegionIdNotFound404()
    {
        await ApiAssert.FailsWithAsync(
            () => Dev.DeleteExpressConnectAsync(ContractRegions.Unknown, "ri-x", force: false, Guid.NewGuid().ToString(), Ct),
            AlibabaErrorCodes.InvalidRegionIdNotFound,
            404);
    }

    [Fact]
    public async Task DeleteExpressConnect_UnknownInterface_IsInvalidRouterInterfaceIdNotFound404()
    {
        await ApiAssert.FailsWithAsync(
            () => Dev.DeleteExpressConnectAsync(ContractRegions.Initiator, "ri-doesnotexist", force: false, Guid.NewGuid().ToString(), Ct),
            AlibabaErrorCodes.InvalidRouterInterfaceIdNotFound,
            404);
    }

    [Fact]
    public async Task DeleteExpressConnect_PrepaidInterface_IsChargeTypeMalformed()
    {
        var pair = await Topology.CreatePairAsync(connect: false, Ct, initiatorChargeType: "PrePaid");

        var ri = await Dev.DescribeRouterInterfaceAsync(pair.InitiatorVpc.RegionId, pair.InitiatorId, Ct);
        Assert.Equal("Prepaid", ri!.ChargeType, ignoreCase: true);
        var error = await ApiAssert.FailsWithAsync(() => DeleteAsync(pair), AlibabaErrorCodes.PrepaidChargeType, 400);
        Assert.False(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task DeleteExpressConnect_PrepaidOpposite_IsOppositeChargeTypeMalformed()
    {
        var pair = await Topology.CreatePairAsync(connect: false, Ct, acceptorChargeType: "PrePaid");
        await ApiAssert.FailsWithAsync(() => DeleteAsync(pair), AlibabaErrorCodes.PrepaidOppositeChargeType, 400);
    }

    [Fact]
    public async Task DeleteExpressConnect_ActivePair_NeedsInactiveVariant_IsIncorrectStatusRouterInterface()
    {
        await Fixture.Admin.SetVariantsAsync(null, new Dictionary<string, string> { [EmulatorVariants.ExpressConnectActive] = "needs-inactive" }, Ct);
        var pair = await Topology.CreatePairAsync(connect: true, Ct);
        await ApiAssert.FailsWithAsync(() => DeleteAsync(pair), AlibabaErrorCodes.IncorrectStatusRouterInterface, 400);
    }

    [Fact]
    public async Task DeleteExpressConnect_OneEndDeactivating_IsIncorrectStatusRouterInterface()
    {
        var pair = await Topology.CreatePairAsync(connect: true, Ct);
        await Fixture.Admin.SetTransitionsAsync(new Dictionary<string, double> { [EmulatorTransitions.Deactivating] = 60 }, Ct);
        await Dev.DeactivateRouterInterfaceAsync(pair.InitiatorVpc.RegionId, pair.InitiatorId, Ct);

        await ApiAssert.FailsWithAsync(() => DeleteAsync(pair), AlibabaErrorCodes.IncorrectStatusRouterInterface, 400);
    }

    [Fact]
    public async Task DeleteExpressConnect_RouteEntryPointsToInterface_IsDependencyViolationUnlessForced()
    {
        var pair = await Topology.CreatePairAsync(connect: false, Ct);
        var entryId = await Dev.CreateRouteToAsync(pair.InitiatorVpc, "10.20.0.0/16", pair.InitiatorId, Ct);
        await Topology.WaitRouteEntryAsync(Dev, pair.InitiatorVpc, entryId, "Available");

        await ApiAssert.FailsWithAsync(() => DeleteAsync(pair), AlibabaErrorCodes.DependencyViolationRouteEntry, 400);

        await DeleteAsync(pair, force: true);
        await Topology.WaitRouteEntryAsync(Dev, pair.InitiatorVpc, entryId, null);
        await Topology.WaitGoneAsync(Dev, pair.InitiatorVpc.RegionId, pair.InitiatorId);
        await Topology.WaitGoneAsync(Topology.Peer, pair.AcceptorVpc.RegionId, pair.AcceptorId);
    }

    [Fact]
    public async Task DeleteExpressConnect_RouteEntryNotAvailable_IsIncorrectStatusVSwitchOrRouteEntry404()
    {
        var pair = await Topology.CreatePairAsync(connect: false, Ct);
        await Fixture.Admin.SetTransitionsAsync(new Dictionary<string, double> { [EmulatorTransitions.RouteEntryPending] = 60 }, Ct);
        await Dev.CreateRouteToAsync(pair.InitiatorVpc, "10.30.0.0/16", pair.InitiatorId, Ct, untilAvailable: false);

        await ApiAssert.FailsWithAsync(() => DeleteAsync(pair, force: true), AlibabaErrorCodes.IncorrectStatusVSwitchOrRouteEntry, 404);
    }

    [Fact]
    public async Task DeleteExpressConnect_VpcNotSteady_IsIncorrectStatusVpc()
    {
        var pair = await Topology.CreatePairAsync(connect: false, Ct);
        await Fixture.Admin.SeedAsync(new EmulatorSeed { Vpcs = [new SeedVpcFlags(pair.AcceptorVpc.VpcId, NonSteady: true)] }, Ct);

        await ApiAssert.FailsWithAsync(() => DeleteAsync(pair), AlibabaErrorCodes.IncorrectStatusVpc, 400);
    }

    [Fact]
    public async Task DeleteExpressConnect_InterfaceLocked_IsOperationLocked()
    {
        var pair = await Topology.CreatePairAsync(connect: false, Ct);
        await Fixture.Admin.SeedAsync(new EmulatorSeed { RouterInterfaces = [new SeedRouterInterfaceFlags(pair.AcceptorId, OperationLocked: true)] }, Ct);

        await ApiAssert.FailsWithAsync(() => DeleteAsync(pair), AlibabaErrorCodes.OperationLocked, 400);
    }

    [Fact]
    public async Task DeleteExpressConnect_ClassicLinkRouteEntry_IsDependencyViolationClassicLink404()
    {
        var pair = await Topology.CreatePairAsync(connect: false, Ct);
        await Fixture.Admin.SeedAsync(new EmulatorSeed { RouterInterfaces = [new SeedRouterInterfaceFlags(pair.InitiatorId, ClassicLinkRouteEntry: true)] }, Ct);

        await ApiAssert.FailsWithAsync(() => DeleteAsync(pair), AlibabaErrorCodes.DependencyViolationClassicLink, 404);
    }

    [Fact]
    public async Task DeleteExpressConnect_InstanceNotFoundFault_IsInvalidInstanceIdNotFound404()
    {
        var pair = await Topology.CreatePairAsync(connect: false, Ct);
        await Fixture.Admin.AddFaultAsync(new FaultRule { Action = "DeleteExpressConnect", ResourceId = pair.InitiatorId, Code = AlibabaErrorCodes.InvalidInstanceIdNotFound }, Ct);

        await ApiAssert.FailsWithAsync(() => DeleteAsync(pair), AlibabaErrorCodes.InvalidInstanceIdNotFound, 404);
    }

    [Fact]
    public async Task DeleteExpressConnect_InternalErrorEveryAttempt_FailsWithUnknownOutcomeAfterRetries()
    {
        var pair = await Topology.CreatePairAsync(connect: false, Ct);
        await Fixture.Admin.AddFaultAsync(new FaultRule { Action = "DeleteExpressConnect", Code = AlibabaErrorCodes.InternalError }, Ct);

        var error = await ApiAssert.FailsWithAsync(() => DeleteAsync(pair), AlibabaErrorCodes.InternalError, 500);

        Assert.True(error.IsOutcomeUnknown);
        var calls = await Fixture.Admin.GetRequestsAsync("DeleteExpressConnect", Ct);
        Assert.Equal(EmulatorFixture.ContractOptions.MaxRetries + 1, calls.Count);
        Assert.Equal(calls.Count, calls.Select(c => c.Parameters.GetValueOrDefault("SignatureNonce")).Distinct().Count());
        Assert.Single(calls.Select(c => c.Parameters.GetValueOrDefault("ClientToken")).Distinct());
    }

    [Fact]
    public async Task DeleteExpressConnect_InternalErrorOnce_RetryAbsorbsItAndDeletes()
    {
        var pair = await Topology.CreatePairAsync(connect: false, Ct);
        await Fixture.Admin.AddFaultAsync(new FaultRule { Action = "DeleteExpressConnect", Code = AlibabaErrorCodes.InternalError, Count = 1 }, Ct);

        await DeleteAsync(pair);

        await Topology.WaitGoneAsync(Dev, pair.InitiatorVpc.RegionId, pair.InitiatorId);
        var calls = await Fixture.Admin.GetRequestsAsync("DeleteExpressConnect", Ct);
        Assert.Equal([AlibabaErrorCodes.InternalError, null], calls.Select(c => c.Code));
    }

    [Fact]
    public async Task DeleteExpressConnect_DroppedConnectionEveryAttempt_IsTransportFailure()
    {
        var pair = await Topology.CreatePairAsync(connect: false, Ct);
        await Fixture.Admin.AddFaultAsync(new FaultRule { Action = "DeleteExpressConnect", DropConnection = true }, Ct);

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(() => DeleteAsync(pair));

        Assert.Equal((AlibabaErrorCodes.TransportFailure, 0, true), (error.ErrorCode, error.HttpStatus, error.IsOutcomeUnknown));
    }
}
