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
}
