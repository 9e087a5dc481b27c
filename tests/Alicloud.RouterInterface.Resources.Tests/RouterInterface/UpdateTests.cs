using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Models;
using Moq;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

public sealed class UpdateTests : IDisposable
{
    private readonly TestRig _rig = new();
    private readonly PropertyMap _olds;
    private readonly PropertyMap _oldOutputs;

    public UpdateTests()
    {
        _rig.Cloud.Pair("Active");
        _olds = Inputs.Initiator(("name", "link-a"), ("force", false), ("connect", false), ("instanceChargeType", "PostPaid"), ("pricingCycle", "Month"))
            .With("routerId", PropertyValue.FromString("vrt-a")).With("oppositeInterfaceId", PropertyValue.FromString("ri-acc")).With("oppositeRouterId", PropertyValue.FromString("vrt-b"));
        _oldOutputs = _olds.With("routerInterfaceId", PropertyValue.FromString("ri-init")).With("regionId", PropertyValue.FromString("cn-hangzhou"))
            .With("status", PropertyValue.FromString("Active")).With("bandwidth", PropertyValue.FromNumber(2));
    }

    public void Dispose() => _rig.Dispose();

    private ResourceUpdateRequest Request(PropertyMap news, bool preview = false, TimeSpan? timeout = null) =>
        new("ri-init", TestRig.Urn, _oldOutputs, _olds, news, timeout, preview, []);

    private Task<UpdateResult> UpdateAsync(PropertyMap news, TimeSpan? timeout = null) =>
        _rig.RunAsync(() => _rig.Handler.UpdateAsync(Request(news, timeout: timeout), CancellationToken.None));

    private int Mutations => _rig.Cloud.Mock.Invocations.Count(i => !i.Method.Name.StartsWith("Describe", StringComparison.Ordinal));

    [Fact]
    public async Task UpdateAsync_Preview_MakesNoCallAndLeavesSpecDependentOutputsUnknown()
    {
        var result = await _rig.Handler.UpdateAsync(Request(_olds.With("spec", PropertyValue.FromString("Large.1")), preview: true), CancellationToken.None);

        Assert.Empty(_rig.Cloud.Mock.Invocations);
        Assert.Equal(PropertyValue.Unknown, result.Outputs["status"]);
        Assert.Equal(PropertyValue.Unknown, result.Outputs["bandwidth"]);
        Assert.Equal(PropertyValue.FromString("Large.1"), result.Outputs["spec"]);
        Assert.Equal(PropertyValue.FromString("ri-init"), result.Outputs["routerInterfaceId"]);
    }

    [Fact]
    public async Task UpdateAsync_NameAndDescription_OneModifyAttributeWithOnlyTheChanges()
    {
        var result = await UpdateAsync(_olds.With("name", PropertyValue.FromString("link-b")).With("description", PropertyValue.FromString("a link")));

        _rig.Cloud.Mock.Verify(c => c.ModifyRouterInterfaceAttributeAsync(
            It.Is<ModifyRouterInterfaceAttributeRequest>(r => r.RouterInterfaceId == "ri-init" && r.Name == "link-b" && r.Description == "a link" && r.OppositeInterfaceId == null && r.HealthCheckSourceIp == null),
            It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(1, Mutations);
        Assert.Equal(PropertyValue.FromString("link-b"), result.Outputs["name"]);
    }

    [Fact]
    public async Task UpdateAsync_Spec_ModifiesAndWaitsUntilTheChangeSettled()
    {
        var start = _rig.Time.GetUtcNow();

        var result = await UpdateAsync(_olds.With("spec", PropertyValue.FromString("Large.1")));

        _rig.Cloud.Mock.Verify(c => c.ModifyRouterInterfaceSpecAsync("cn-hangzhou", "ri-init", "Large.1", It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(_rig.Time.GetUtcNow() - start >= _rig.Cloud.TransitionTime);
        Assert.Equal(PropertyValue.FromString("Active"), result.Outputs["status"]);
        Assert.Equal(PropertyValue.FromString("Large.1"), result.Outputs["spec"]);
    }

    [Fact]
    public async Task UpdateAsync_ForceOnly_MakesNoCloudChange()
    {
        var result = await UpdateAsync(_olds.With("force", PropertyValue.FromBool(true)));

        Assert.Equal(0, Mutations);
        Assert.Equal(PropertyValue.FromBool(true), result.Outputs["force"]);
    }

    [Fact]
    public async Task UpdateAsync_ConnectTurnedOn_ConnectsThePair()
    {
        using var rig = new TestRig();
        rig.Cloud.Add(ScriptedCloud.Interface("ri-init", "cn-hangzhou", "vrt-a", RouterInterfaceRole.Initiator, "Idle", oppositeId: "ri-acc", oppositeRegion: "cn-shanghai", oppositeRouterId: "vrt-b"));
        rig.Cloud.Add(ScriptedCloud.Interface("ri-acc", "cn-shanghai", "vrt-b", RouterInterfaceRole.Acceptor, "Idle"));

        var result = await rig.RunAsync(() => rig.Handler.UpdateAsync(Request(_olds.With("connect", PropertyValue.FromBool(true))), CancellationToken.None));

        Assert.Equal(PropertyValue.FromString("Active"), result.Outputs["status"]);
        Assert.Equal("Active", rig.Cloud.Find("cn-shanghai", "ri-acc")!.Status);
        rig.Cloud.Mock.Verify(c => c.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-init", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task UpdateAsync_FirstCallRefused_FailsSayingNothingChanged()
    {
        _rig.Cloud.Fail("ModifyRouterInterfaceAttribute", "InvalidName.Malformd");

        var error = await Assert.ThrowsAsync<ResourceOperationException>(() => UpdateAsync(_olds.With("name", PropertyValue.FromString("link-b"))));

        Assert.Equal(DiagnosticCodes.UpdateFailed, error.Code);
        Assert.Contains("InvalidName.Malformd", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_SpecFailsAfterAttributesChanged_RecordsWhatWasApplied()
    {
        _rig.Cloud.Fail("ModifyRouterInterfaceSpec", "Forbidden.FinancialLocked");

        var error = await Assert.ThrowsAsync<ResourceInitFailedException>(
            () => UpdateAsync(_olds.With("name", PropertyValue.FromString("link-b")).With("spec", PropertyValue.FromString("Large.1"))));

        Assert.Equal("ri-init", error.Id);
        Assert.Equal(PropertyValue.FromString("link-b"), error.Inputs!["name"]);
        Assert.Equal(PropertyValue.FromString("Mini.2"), error.Inputs["spec"]);
        Assert.Contains("Forbidden.FinancialLocked", error.Reasons[0], StringComparison.Ordinal);
        _rig.Cloud.Mock.Verify(c => c.ConnectRouterInterfaceAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.DoesNotContain(_rig.Cloud.Mock.Invocations, i => i.Method.Name == nameof(IVpcClient.DeleteExpressConnectAsync));
    }
    // The engine's Update after a partial create sends olds equal to news (step_generator.go, init errors): only the
    // live interface tells what is missing.
    [Fact]
    public async Task UpdateAsync_OldsEqualNewsAndConnectTrueButIdle_ConnectsThePair()
    {
        using var rig = new TestRig();
        rig.Cloud.Add(ScriptedCloud.Interface("ri-init", "cn-hangzhou", "vrt-a", RouterInterfaceRole.Initiator, "Idle", oppositeId: "ri-acc", oppositeRegion: "cn-shanghai", oppositeRouterId: "vrt-b"));
        rig.Cloud.Add(ScriptedCloud.Interface("ri-acc", "cn-shanghai", "vrt-b", RouterInterfaceRole.Acceptor, "Idle"));
        var inputs = _olds.With("connect", PropertyValue.FromBool(true));

        var result = await rig.RunAsync(() => rig.Handler.UpdateAsync(
            new ResourceUpdateRequest("ri-init", TestRig.Urn, inputs.With("status", PropertyValue.FromString("Idle")), inputs, inputs, null, false, []), CancellationToken.None));

        Assert.Equal(PropertyValue.FromString("Active"), result.Outputs["status"]);
        Assert.Equal("Active", rig.Cloud.Find("cn-shanghai", "ri-acc")!.Status);
        rig.Cloud.Mock.Verify(c => c.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-init", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task UpdateAsync_OldsEqualNewsAndTheCloudShowsThemAll_SendsNothing()
    {
        var live = _rig.Cloud.Find("cn-hangzhou", "ri-init")!;
        var inputs = _olds.With("spec", PropertyValue.FromString(live.Spec));

        await _rig.RunAsync(() => _rig.Handler.UpdateAsync(new ResourceUpdateRequest("ri-init", TestRig.Urn, _oldOutputs, inputs, inputs, null, false, []), CancellationToken.None));

        Assert.Equal(0, Mutations);
    }

    [Fact]
    public async Task UpdateAsync_OldsEqualNewsButTheCloudShowsAnotherSpecAndName_ReappliesBoth()
    {
        var live = _rig.Cloud.Find("cn-hangzhou", "ri-init")!;
        _rig.Cloud.Add(live with { Name = "link-a" });
        var wanted = live.Spec == "Large.1" ? "Large.2" : "Large.1";
        var inputs = _olds.With("spec", PropertyValue.FromString(wanted)).With("name", PropertyValue.FromString("link-z"));

        var result = await _rig.RunAsync(() => _rig.Handler.UpdateAsync(new ResourceUpdateRequest("ri-init", TestRig.Urn, _oldOutputs, inputs, inputs, null, false, []), CancellationToken.None));

        _rig.Cloud.Mock.Verify(c => c.ModifyRouterInterfaceSpecAsync("cn-hangzhou", "ri-init", wanted, It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        _rig.Cloud.Mock.Verify(c => c.ModifyRouterInterfaceAttributeAsync(
            It.Is<ModifyRouterInterfaceAttributeRequest>(r => r.Name == "link-z" && r.Description == null), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(PropertyValue.FromString(wanted), result.Outputs["spec"]);
    }

    [Fact]
    public async Task UpdateAsync_SpecChangedInTheProgramButAlreadyInTheCloud_IsNotSentAgain()
    {
        var live = _rig.Cloud.Find("cn-hangzhou", "ri-init")!;
        var olds = _olds.With("spec", PropertyValue.FromString(live.Spec == "Large.1" ? "Large.2" : "Large.1"));
        var news = _olds.With("spec", PropertyValue.FromString(live.Spec));

        await _rig.RunAsync(() => _rig.Handler.UpdateAsync(new ResourceUpdateRequest("ri-init", TestRig.Urn, _oldOutputs, olds, news, null, false, []), CancellationToken.None));

        _rig.Cloud.Mock.Verify(c => c.ModifyRouterInterfaceSpecAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task UpdateAsync_InterfaceGone_FailsSayingRefreshWithoutChangingAnything()
    {
        using var rig = new TestRig();

        var error = await Assert.ThrowsAsync<ResourceOperationException>(() =>
            rig.RunAsync(() => rig.Handler.UpdateAsync(Request(_olds.With("name", PropertyValue.FromString("link-b"))), CancellationToken.None)));

        Assert.Equal(DiagnosticCodes.UpdateFailed, error.Code);
        Assert.Contains("pulumi refresh", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(rig.Cloud.Mock.Invocations, i => !i.Method.Name.StartsWith("Describe", StringComparison.Ordinal));
    }
}
