using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;
using Moq;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete;

/// <summary>The per-end way end to end on the scripted cloud: the refusal, the route entries, the ends, and the memory of the way.</summary>
public sealed class PerEndDeleteTests : IDisposable
{
    private const string Unsupported = "OperationUnsupported.NotFastLinkMode";
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private static DeleteTarget PairTarget(bool force = false) =>
        new(TestRig.Urn, new InterfaceKey("cn-hangzhou", "ri-init"), new InterfaceKey("cn-shanghai", "ri-acc"), force);

    private Task DeleteAsync(DeleteTarget target) => _rig.RunAsync(() => _rig.Deleter.DeleteAsync(target, null, CancellationToken.None));

    [Fact]
    public async Task RefusedByAnUnlistedCode_ActivePairWithForcedRoutes_RemovesRoutesThenBothEnds()
    {
        _rig.Cloud.Pair("Active")
            .Route("cn-hangzhou", "vrt-a", "10.1.0.0/16", "ri-init")
            .Route("cn-shanghai", "vrt-b", "10.0.0.0/16", "ri-acc")
            .Fail("DeleteExpressConnect", Unsupported, times: 10);

        await DeleteAsync(PairTarget(force: true));

        Assert.Null(_rig.Cloud.Find("cn-hangzhou", "ri-init"));
        Assert.Null(_rig.Cloud.Find("cn-shanghai", "ri-acc"));
        Assert.Equal(0, _rig.Cloud.RouteCount);
        Assert.Equal(1, _rig.Cloud.Calls(nameof(IVpcClient.DeleteExpressConnectAsync)));
        Assert.Equal(2, _rig.Cloud.Calls(nameof(IVpcClient.DeleteRouteEntryAsync)));
        _rig.Cloud.Mock.Verify(c => c.DeleteRouterInterfaceAsync("cn-shanghai", "ri-acc", It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        _rig.Cloud.Mock.Verify(c => c.DeleteRouterInterfaceAsync("cn-hangzhou", "ri-init", It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(2, _rig.Diagnostics.Of("warning").Count(m => m.StartsWith(DiagnosticCodes.RouteEntriesRemoved, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RefusedOnce_TheNextDeleteInTheAccountAndRegionGoesPerEndAtOnce()
    {
        _rig.Cloud.Pair("Idle").Pair("Idle", initiatorId: "ri-init2", acceptorId: "ri-acc2").Fail("DeleteExpressConnect", Unsupported, times: 10);

        await DeleteAsync(PairTarget());
        await DeleteAsync(new(TestRig.Urn, new InterfaceKey("cn-hangzhou", "ri-init2"), new InterfaceKey("cn-shanghai", "ri-acc2"), false));

        Assert.Equal(1, _rig.Cloud.Calls(nameof(IVpcClient.DeleteExpressConnectAsync)));
        Assert.Equal(4, _rig.Cloud.Calls(nameof(IVpcClient.DeleteRouterInterfaceAsync)));
        Assert.Null(_rig.Cloud.Find("cn-hangzhou", "ri-init2"));
    }

    [Fact]
    public async Task PerEnd_RoutesWithoutForce_RefusedBeforeAnyChange()
    {
        _rig.Cloud.Pair("Active").Route("cn-hangzhou", "vrt-a", "10.1.0.0/16", "ri-init");
        _rig.DeleteWays.RememberPerEnd(_rig.Cloud.Client, "cn-hangzhou");

        var error = await Assert.ThrowsAsync<Abstractions.ResourceOperationException>(() => DeleteAsync(PairTarget()));

        Assert.Equal(DiagnosticCodes.RouteEntriesPresent, error.Code);
        Assert.Equal(0, _rig.Cloud.Calls(nameof(IVpcClient.DeactivateRouterInterfaceAsync)));
        Assert.Equal(0, _rig.Cloud.Calls(nameof(IVpcClient.DeleteRouterInterfaceAsync)));
    }

    [Theory]
    [InlineData(AlibabaErrorCodes.TaskConflict)]
    [InlineData(AlibabaErrorCodes.IncorrectVpcStatus)]
    [InlineData(AlibabaErrorCodes.DistributeLock)]
    [InlineData(AlibabaErrorCodes.SystemBusy)]
    [InlineData(AlibabaErrorCodes.RejectedThrottling)]
    public async Task PerEnd_BusyAnswersOfEveryAction_AreWaitedThrough(string code)
    {
        _rig.Cloud.Pair("Active").Route("cn-hangzhou", "vrt-a", "10.1.0.0/16", "ri-init")
            .Fail("DeleteExpressConnect", Unsupported, times: 10)
            .Fail("DescribeRouterInterfaces", code, times: 1)
            .Fail("DeactivateRouterInterface", code, times: 1)
            .Fail("DeleteRouteEntry", code, times: 2)
            .Fail("DeleteRouterInterface", code, times: 2);

        await DeleteAsync(PairTarget(force: true));

        Assert.Null(_rig.Cloud.Find("cn-hangzhou", "ri-init"));
        Assert.Null(_rig.Cloud.Find("cn-shanghai", "ri-acc"));
        Assert.Empty(_rig.Diagnostics.Of("error"));
    }
}
