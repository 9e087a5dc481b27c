using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Resources.RouterInterface;
using Alicloud.RouterInterface.Resources.Tests.Support;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

public sealed class HandlerTests
{
    private static PropertyMap Outputs(PropertyMap inputs, string region) =>
        inputs.With("regionId", PropertyValue.FromString(region)).With("routerInterfaceId", PropertyValue.FromString("ri-x"));

    [Fact]
    public void TargetOf_State_UsesTheRecordedRegionTheOppositeAndForceFromTheInputs()
    {
        var inputs = Inputs.Initiator(("force", true));
        var request = new ResourceDeleteRequest("ri-x", TestRig.Urn, Outputs(Inputs.Initiator(("force", false)), "cn-beijing"), inputs, null);

        var target = RouterInterfaceHandler.TargetOf(request, "cn-hangzhou");

        Assert.Equal(new InterfaceKey("cn-beijing", "ri-x"), target.Self);
        Assert.Equal(new InterfaceKey("cn-shanghai", "ri-acc1"), target.Opposite);
        Assert.True(target.Force);
        Assert.Equal(TestRig.Urn, target.Urn);
    }

    [Fact]
    public void TargetOf_AcceptorWithoutOppositeOrRegion_FallsBackToTheProviderRegion()
    {
        var request = new ResourceDeleteRequest("ri-x", TestRig.Urn, Inputs.Acceptor(), PropertyMap.Empty, null);

        var target = RouterInterfaceHandler.TargetOf(request, "cn-hangzhou");

        Assert.Equal(new InterfaceKey("cn-hangzhou", "ri-x"), target.Self);
        Assert.Null(target.Opposite);
        Assert.False(target.Force);
    }

    [Fact]
    public void TargetOf_NoRegionAnywhere_IsProviderNotConfigured()
    {
        var request = new ResourceDeleteRequest("ri-x", TestRig.Urn, Inputs.Acceptor(), PropertyMap.Empty, null);

        var error = Assert.Throws<ResourceOperationException>(() => RouterInterfaceHandler.TargetOf(request, null));

        Assert.Equal(DiagnosticCodes.ProviderNotConfigured, error.Code);
    }

    [Fact]
    public async Task DeleteAsync_ThroughTheHandler_DeletesThePairRecordedInTheState()
    {
        using var rig = new TestRig();
        rig.Cloud.Pair("Active");
        var inputs = Inputs.Initiator().With("oppositeInterfaceId", PropertyValue.FromString("ri-acc"));
        var request = new ResourceDeleteRequest("ri-init", TestRig.Urn, Outputs(inputs, "cn-hangzhou"), inputs, TimeSpan.FromMinutes(1));

        await rig.RunAsync(() => rig.Handler.DeleteAsync(request, CancellationToken.None));

        Assert.Null(rig.Cloud.Find("cn-hangzhou", "ri-init"));
        Assert.Null(rig.Cloud.Find("cn-shanghai", "ri-acc"));
    }
    // The engine creates a replacement first (step_generator.go) and the delete of a connected end removes the whole
    // instance: replacing one end of a connected pair is refused in Diff, before anything changes.
    [Theory]
    [InlineData("Active", true)]
    [InlineData("Inactive", true)]
    [InlineData("Idle", false)]
    public async Task DiffAsync_ReplacingOneEnd_IsRefusedOnlyWhileThePairIsConnected(string status, bool refused)
    {
        using var rig = new TestRig();
        rig.Cloud.Pair(status);
        var olds = Inputs.Initiator().With("routerId", PropertyValue.FromString("vrt-a")).With("oppositeInterfaceId", PropertyValue.FromString("ri-acc"));
        var oldOutputs = olds.With("regionId", PropertyValue.FromString("cn-hangzhou")).With("status", PropertyValue.FromString("Idle"));
        var request = new ResourceDiffRequest("ri-init", TestRig.Urn, oldOutputs, olds, olds.With("routerId", PropertyValue.FromString("vrt-new")), []);

        var refusal = await Record.ExceptionAsync(() => rig.RunAsync(() => rig.Handler.DiffAsync(request, CancellationToken.None)));

        if (!refused)
        {
            Assert.Null(refusal);
            return;
        }

        var error = Assert.IsType<ResourceOperationException>(refusal);
        Assert.Equal(DiagnosticCodes.ReplaceConnectedPair, error.Code);
        Assert.Contains("routerId", error.Message, StringComparison.Ordinal);
        Assert.Contains("ri-acc", error.Message, StringComparison.Ordinal);
        Assert.Contains("new resource names", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(rig.Cloud.Mock.Invocations, i => !i.Method.Name.StartsWith("Describe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DiffAsync_InPlaceChangeOfAConnectedEnd_IsNotRefusedAndAsksNothingOfTheCloud()
    {
        using var rig = new TestRig();
        rig.Cloud.Pair("Active");
        var olds = Inputs.Initiator().With("oppositeInterfaceId", PropertyValue.FromString("ri-acc"));
        var request = new ResourceDiffRequest("ri-init", TestRig.Urn, olds.With("status", PropertyValue.FromString("Active")), olds, olds.With("name", PropertyValue.FromString("renamed")), []);

        var diff = await rig.Handler.DiffAsync(request, CancellationToken.None);

        Assert.Empty(diff.Replaces);
        Assert.Empty(rig.Cloud.Mock.Invocations);
    }

    [Fact]
    public async Task DiffAsync_ReplacingAnActiveFastLinkInstance_IsAllowedAndDeletesFirst()
    {
        // the resource is both ends: no other end in the stack is left without its pair
        using var rig = new TestRig();
        rig.Cloud.Pair("Active");
        var olds = Inputs.FastLink();
        var oldOutputs = olds.With("regionId", PropertyValue.FromString("cn-hangzhou")).With("status", PropertyValue.FromString("Active"));
        var request = new ResourceDiffRequest("ri-init", TestRig.Urn, oldOutputs, olds, olds.With("instanceChargeType", PropertyValue.FromString("PrePaid")), []);

        var diff = await rig.Handler.DiffAsync(request, CancellationToken.None);

        Assert.Equal(["instanceChargeType"], diff.Replaces);
        Assert.True(diff.DeleteBeforeReplace);
        Assert.Empty(rig.Cloud.Mock.Invocations);
    }
}
