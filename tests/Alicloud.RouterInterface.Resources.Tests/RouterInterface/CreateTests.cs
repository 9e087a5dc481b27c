using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Moq;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

public sealed class CreateTests : IDisposable
{
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private async Task<PropertyMap> CheckedAsync(PropertyMap news)
    {
        var result = await _rig.Handler.CheckAsync(new ResourceCheckRequest(TestRig.Urn, "ri", PropertyMap.Empty, news), CancellationToken.None);
        Assert.Empty(result.Failures);
        return result.Inputs;
    }

    private async Task<CreateResult> CreateAsync(PropertyMap news, TimeSpan? timeout = null)
    {
        var inputs = await CheckedAsync(news);
        return await _rig.RunAsync(() => _rig.Handler.CreateAsync(new ResourceCreateRequest(TestRig.Urn, "ri", inputs, timeout, Preview: false), CancellationToken.None));
    }

    [Fact]
    public async Task CreateAsync_Preview_MakesNoCloudCallAndLeavesComputedOutputsUnknown()
    {
        var inputs = await CheckedAsync(Inputs.Initiator(("routerId", PropertyValue.Unknown)));

        var result = await _rig.Handler.CreateAsync(new ResourceCreateRequest(TestRig.Urn, "ri", inputs, null, Preview: true), CancellationToken.None);

        Assert.Empty(_rig.Cloud.Mock.Invocations);
        Assert.Equal("", result.Id);
        Assert.Equal(PropertyValue.Unknown, result.Outputs["routerId"]);
        Assert.Equal(PropertyValue.Unknown, result.Outputs["status"]);
        Assert.Equal(PropertyValue.Unknown, result.Outputs["routerInterfaceId"]);
        Assert.Equal(PropertyValue.FromString("cn-hangzhou"), result.Outputs["regionId"]);
        Assert.Equal(PropertyValue.FromString("Mini.2"), result.Outputs["spec"]);
    }

    [Fact]
    public async Task CreateAsync_Acceptor_CreatesOnceAndWaitsUntilItIsListedIdle()
    {
        _rig.Cloud.CreateVisibleAfter = TimeSpan.FromSeconds(4);
        var start = _rig.Time.GetUtcNow();

        var result = await CreateAsync(Inputs.Acceptor(("name", "acceptor-1"), ("description", PropertyValue.MakeSecret(PropertyValue.FromString("secret text")))));

        Assert.Equal("ri-new1", result.Id);
        Assert.True(_rig.Time.GetUtcNow() - start >= TimeSpan.FromSeconds(4));
        Assert.Equal(PropertyValue.FromString("Idle"), result.Outputs["status"]);
        Assert.Equal(PropertyValue.FromString("ri-new1"), result.Outputs["routerInterfaceId"]);
        Assert.Equal(PropertyValue.FromString("cn-hangzhou"), result.Outputs["regionId"]);
        Assert.True(result.Outputs["description"].IsSecret);
        var request = Assert.Single(_rig.Cloud.Creates);
        Assert.Equal("cn-hangzhou", request.RegionId);
        Assert.Equal("AcceptingSide", request.Role);
        Assert.Equal("Negative", request.Spec);
        Assert.Equal("PostPaid", request.InstanceChargeType);
        Assert.Null(request.Period);
        Assert.InRange(request.ClientToken!.Length, 1, 64);
        Assert.True(request.ClientToken.All(char.IsAscii));
        Assert.Contains(_rig.Diagnostics.Of("status"), s => s.StartsWith("waiting for ri-new1 to appear", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_ConnectOnTheInitiator_PointsTheAcceptorBackConnectsAndWaitsUntilBothAreActive()
    {
        _rig.Cloud.Add(ScriptedCloud.Interface("ri-acc1", "cn-shanghai", "vrt-b1", RouterInterfaceRole.Acceptor, "Idle"));

        var result = await CreateAsync(Inputs.Initiator(("connect", true)));

        Assert.Equal(PropertyValue.FromString("Active"), result.Outputs["status"]);
        Assert.Equal("Active", _rig.Cloud.Find("cn-shanghai", "ri-acc1")!.Status);
        Assert.Equal("ri-new1", _rig.Cloud.Find("cn-shanghai", "ri-acc1")!.OppositeInterfaceId);
        _rig.Cloud.Mock.Verify(c => c.ModifyRouterInterfaceAttributeAsync(
            It.Is<ModifyRouterInterfaceAttributeRequest>(r => r.RegionId == "cn-shanghai" && r.RouterInterfaceId == "ri-acc1" && r.OppositeInterfaceId == "ri-new1" && r.OppositeRouterId == "vrt-a1"),
            It.IsAny<CancellationToken>()), Times.Once);
        _rig.Cloud.Mock.Verify(c => c.ConnectRouterInterfaceAsync("cn-hangzhou", "ri-new1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task CreateAsync_ConnectWithoutOwner_SetsEveryOppositeFieldOnBothEnds_OwnerLookedUpOnce()
    {
        _rig.Cloud.Add(ScriptedCloud.Interface("ri-acc1", "cn-shanghai", "vrt-b1", RouterInterfaceRole.Acceptor, "Idle"));
        _rig.Cloud.Add(ScriptedCloud.Interface("ri-acc2", "cn-shanghai", "vrt-b2", RouterInterfaceRole.Acceptor, "Idle"));

        await CreateAsync(Inputs.Initiator(("connect", true)));
        await CreateAsync(Inputs.Initiator(("connect", true), ("oppositeInterfaceId", "ri-acc2"), ("oppositeRouterId", "vrt-b2")));

        var initiator = _rig.Cloud.Find("cn-hangzhou", "ri-new1")!;
        var acceptor = _rig.Cloud.Find("cn-shanghai", "ri-acc1")!;
        Assert.Equal(("1000000000000001", "vrt-b1", "VRouter"), (initiator.OppositeInterfaceOwnerId, initiator.OppositeRouterId, initiator.OppositeRouterType));
        Assert.Equal(("1000000000000001", "ri-new1", "VRouter"), (acceptor.OppositeInterfaceOwnerId, acceptor.OppositeInterfaceId, acceptor.OppositeRouterType));
        Assert.Equal("1000000000000001", _rig.Cloud.Find("cn-hangzhou", "ri-new2")!.OppositeInterfaceOwnerId);
        Assert.Equal(1, _rig.Cloud.Calls(nameof(Vpc.Client.IVpcClient.DescribeVpcsAsync)));
    }

    [Fact]
    public async Task CreateAsync_ConnectCrossAccount_TakesTheGivenOwnerForTheInitiator()
    {
        var inputs = Inputs.Initiator(("connect", true), ("oppositeInterfaceOwnerId", "1000000000000002"), ("oppositeRouterId", "vrt-peer"));

        await CreateAsync(inputs);

        var initiator = _rig.Cloud.Find("cn-hangzhou", "ri-new1")!;
        Assert.Equal(("1000000000000002", "vrt-peer", "VRouter"), (initiator.OppositeInterfaceOwnerId, initiator.OppositeRouterId, initiator.OppositeRouterType));
    }

    [Fact]
    public async Task CreateAsync_ConnectRefusedForUnsetOppositeInfo_FailsAtOnceNamingTheOwnerInput()
    {
        _rig.Cloud.Add(ScriptedCloud.Interface("ri-acc1", "cn-shanghai", "vrt-b1", RouterInterfaceRole.Acceptor, "Idle"))
            .Fail("ConnectRouterInterface", AlibabaErrorCodes.IncorrectOppositeInterfaceInfoNotSet, times: 5);

        var error = await Assert.ThrowsAsync<ResourceInitFailedException>(() => CreateAsync(Inputs.Initiator(("connect", true))));

        Assert.Equal(1, _rig.Cloud.Calls(nameof(Vpc.Client.IVpcClient.ConnectRouterInterfaceAsync)));
        var reason = Assert.Single(error.Reasons);
        Assert.Contains(AlibabaErrorCodes.IncorrectOppositeInterfaceInfoNotSet, reason, StringComparison.Ordinal);
        Assert.Contains("oppositeInterfaceOwnerId", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_CreateAnsweredBusy_RetriesWithTheSameClientToken()
    {
        _rig.Cloud.Fail("CreateRouterInterface", AlibabaErrorCodes.TaskConflict, times: 2);

        var result = await CreateAsync(Inputs.Initiator());

        Assert.Equal(3, _rig.Cloud.Calls(nameof(Vpc.Client.IVpcClient.CreateRouterInterfaceAsync)));
        var tokens = _rig.Cloud.Mock.Invocations.Where(i => i.Method.Name == nameof(Vpc.Client.IVpcClient.CreateRouterInterfaceAsync))
            .Select(i => ((Vpc.Client.Models.CreateRouterInterfaceRequest)i.Arguments[0]).ClientToken).ToList();
        Assert.Equal(3, tokens.Count);
        Assert.Single(tokens.Distinct());
        Assert.Equal(PropertyValue.FromString("Idle"), result.Outputs["status"]);
    }

    [Fact]
    public async Task CreateAsync_FailureAfterTheCloudCreatedIt_ReportsThePartialResource()
    {
        _rig.Cloud.Add(ScriptedCloud.Interface("ri-acc1", "cn-shanghai", "vrt-b1", RouterInterfaceRole.Acceptor, "Idle"))
            .Fail("ConnectRouterInterface", "Forbidden.RAM", httpStatus: 403);

        var error = await Assert.ThrowsAsync<ResourceInitFailedException>(() => CreateAsync(Inputs.Initiator(("connect", true))));

        Assert.Equal("ri-new1", error.Id);
        Assert.Equal(PropertyValue.FromString("Idle"), error.Outputs["status"]);
        Assert.Equal(PropertyValue.FromString("ri-new1"), error.Outputs["routerInterfaceId"]);
        Assert.NotNull(error.Inputs);
        var reason = Assert.Single(error.Reasons);
        Assert.Contains("ConnectRouterInterface", reason, StringComparison.Ordinal);
        Assert.Contains("Forbidden.RAM", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_NotIdleBeforeTheTimeout_ReportsThePartialResourceWithTheTimeout()
    {
        _rig.Cloud.CreateVisibleAfter = TimeSpan.FromHours(1);

        var error = await Assert.ThrowsAsync<ResourceInitFailedException>(() => CreateAsync(Inputs.Acceptor(), TimeSpan.FromSeconds(10)));

        Assert.Equal("ri-new1", error.Id);
        Assert.Equal(PropertyValue.FromString("cn-hangzhou"), error.Outputs["regionId"]);
        Assert.Contains("10s", error.Reasons[0], StringComparison.Ordinal);
        Assert.Contains("waiting for ri-new1 to appear", error.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_ApiRefuses_FailsSayingNothingWasCreated()
    {
        _rig.Cloud.Fail("CreateRouterInterface", "QuotaExceeded.RouterInterface");

        var error = await Assert.ThrowsAsync<ResourceOperationException>(() => CreateAsync(Inputs.Acceptor()));

        Assert.Equal(DiagnosticCodes.CreateFailed, error.Code);
        Assert.Contains("QuotaExceeded.RouterInterface", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was created", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_UnknownOutsideAPreview_IsAPropertyValidationError()
    {
        var inputs = await CheckedAsync(Inputs.Initiator(("name", PropertyValue.Unknown)));

        var error = await Assert.ThrowsAsync<PropertyValidationException>(
            () => _rig.Handler.CreateAsync(new ResourceCreateRequest(TestRig.Urn, "ri", inputs, null, Preview: false), CancellationToken.None));

        Assert.Equal("name", error.Property);
        Assert.Empty(_rig.Cloud.Mock.Invocations);
    }
}
