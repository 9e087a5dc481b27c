using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client;
using Moq;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete;

/// <summary>
/// ECMP route entries (A2: several next hops, the entry depends on every one): an entry counts against a delete when
/// any hop is an end of the instance; refusals list every hop; a forced delete says both things B10 allows.
/// </summary>
public sealed class EcmpRouteEntryTests : IDisposable
{
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private static DeleteTarget PairTarget(bool force) =>
        new(TestRig.Urn, new InterfaceKey("cn-hangzhou", "ri-init"), new InterfaceKey("cn-shanghai", "ri-acc"), force);

    private Task DeleteAsync(bool force) => _rig.RunAsync(() => _rig.Deleter.DeleteAsync(PairTarget(force), null, CancellationToken.None));

    [Fact]
    public async Task DeleteAsync_PairIsSecondHopOfEcmpEntry_RefusesListingEveryHopAndLeavesItActive()
    {
        _rig.Cloud.Pair("Active").EcmpRoute("cn-hangzhou", "vrt-a", "10.8.0.0/16", "ri-other", "ri-init");

        var error = await Assert.ThrowsAsync<ResourceOperationException>(() => DeleteAsync(force: false));

        Assert.Equal(DiagnosticCodes.RouteEntriesPresent, error.Code);
        Assert.Contains("entry rte-1 (ECMP next hops ri-other, ri-init)", error.Message, StringComparison.Ordinal);
        Assert.Contains("10.8.0.0/16", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _rig.Cloud.Calls(nameof(IVpcClient.DeactivateRouterInterfaceAsync)));
        Assert.Equal(0, _rig.Cloud.Calls(nameof(IVpcClient.DeleteExpressConnectAsync)));
        Assert.Equal("Active", _rig.Cloud.Find("cn-hangzhou", "ri-init")!.Status);
        Assert.Equal("Active", _rig.Cloud.Find("cn-shanghai", "ri-acc")!.Status);
        Assert.Equal(1, _rig.Cloud.RouteCount);
    }

    [Fact]
    public async Task DeleteAsync_EcmpEntryWithForce_SaysTheWholeEntryOrOnlyTheHopMayGo()
    {
        _rig.Cloud.Pair("Active").EcmpRoute("cn-hangzhou", "vrt-a", "10.8.0.0/16", "ri-other", "ri-init");

        await DeleteAsync(force: true);

        _rig.Cloud.Mock.Verify(c => c.DeleteExpressConnectAsync("cn-hangzhou", "ri-init", true, It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        var warning = Assert.Single(_rig.Diagnostics.Of("warning"));
        Assert.StartsWith(DiagnosticCodes.RouteEntriesRemoved, warning, StringComparison.Ordinal);
        Assert.Contains("also routes 10.8.0.0/16 through ri-other", warning, StringComparison.Ordinal);
        Assert.Contains("removes the whole entry", warning, StringComparison.Ordinal);
        Assert.Contains("only its hop through ri-init", warning, StringComparison.Ordinal);
        Assert.Contains("Check route table vtb-a", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsync_SingleHopEntryWithForce_SaysNothingOfOtherHops()
    {
        _rig.Cloud.Pair("Active").Route("cn-hangzhou", "vrt-a", "10.1.0.0/16", "ri-init");

        await DeleteAsync(force: true);

        var warning = Assert.Single(_rig.Diagnostics.Of("warning"));
        Assert.Contains("entry rte-1 (next hop ri-init)", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("also routes", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsync_EcmpEntryThroughOtherInterfacesOnly_DoesNotCount()
    {
        _rig.Cloud.Pair("Idle").EcmpRoute("cn-hangzhou", "vrt-a", "10.8.0.0/16", "ri-other", "ri-third");

        await DeleteAsync(force: false);

        Assert.Null(_rig.Cloud.Find("cn-hangzhou", "ri-init"));
        Assert.Equal(1, _rig.Cloud.RouteCount);
        Assert.Empty(_rig.Diagnostics.Of("warning"));
    }

    [Fact]
    public void RouteEntryRef_Ecmp_NamesItsOtherHops()
    {
        var entry = new RouteEntryRef("cn-hangzhou", "vtb-a", "10.8.0.0/16", "rte-1", "ri-init") { NextHopIds = ["ri-other", "ri-init", "ri-third"] };

        Assert.Equal(["ri-other", "ri-third"], entry.OtherNextHopIds);
        Assert.Equal("route table vtb-a, destination 10.8.0.0/16, entry rte-1 (ECMP next hops ri-other, ri-init, ri-third)", entry.ToString());
    }
}
