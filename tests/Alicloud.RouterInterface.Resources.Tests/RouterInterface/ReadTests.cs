using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Resources.RouterInterface;
using Alicloud.RouterInterface.Resources.Tests.Support;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

public sealed class ReadTests : IDisposable
{
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private Task<ReadResult> ReadAsync(string id, PropertyMap properties, PropertyMap inputs) =>
        _rig.RunAsync(() => _rig.Handler.ReadAsync(new ResourceReadRequest(id, TestRig.Urn, properties, inputs, null), CancellationToken.None));

    private static PropertyMap StoredOutputs(PropertyMap inputs, string region) =>
        inputs.With("routerInterfaceId", PropertyValue.FromString("ri-init")).With("regionId", PropertyValue.FromString(region)).With("status", PropertyValue.FromString("Idle"));

    [Fact]
    public async Task ReadAsync_Gone_ReturnsNoId()
    {
        var inputs = Inputs.Initiator();

        var result = await ReadAsync("ri-init", StoredOutputs(inputs, "cn-hangzhou"), inputs);

        Assert.Null(result.Id);
    }

    [Fact]
    public async Task ReadAsync_Refresh_ReportsTheCloudStateAndDriftOfInputsTheUserSet()
    {
        _rig.Cloud.Pair("Active");
        var inputs = Inputs.Initiator(("name", "old-name"), ("force", true)).With("routerId", PropertyValue.FromString("vrt-a"));
        var secretInputs = inputs.With("oppositeRouterId", PropertyValue.MakeSecret(PropertyValue.FromString("vrt-b1")));

        var result = await ReadAsync("ri-init", StoredOutputs(secretInputs, "cn-hangzhou"), secretInputs);

        Assert.Equal("ri-init", result.Id);
        Assert.Equal(PropertyValue.FromString("Active"), result.Outputs["status"]);
        Assert.Equal(PropertyValue.FromBool(true), result.Inputs["force"]);
        Assert.False(result.Inputs.ContainsKey("description"));
        Assert.Equal(PropertyValue.FromString("vrt-b"), result.Inputs["oppositeRouterId"].Unsecret());
        Assert.True(result.Inputs["oppositeRouterId"].IsSecret);
        Assert.True(result.Outputs["oppositeRouterId"].IsSecret);
        Assert.Equal(PropertyValue.FromString("ri-acc"), result.Inputs["oppositeInterfaceId"]);
    }

    [Fact]
    public async Task ReadAsync_RefreshUsesTheRegionRecordedInTheState()
    {
        _rig.Cloud.Pair("Idle");
        var inputs = Inputs.Acceptor();

        var result = await ReadAsync("ri-acc", StoredOutputs(inputs, "cn-shanghai"), inputs);

        Assert.Equal("ri-acc", result.Id);
        Assert.All(_rig.Cloud.Describes, d => Assert.Equal("cn-shanghai", d.Region));
    }

    [Fact]
    public async Task ReadAsync_ImportWithOnlyTheId_DerivesInputsThatPassCheck()
    {
        _rig.Cloud.Pair("Active");

        var result = await ReadAsync("ri-init", PropertyMap.Empty, PropertyMap.Empty);

        Assert.Equal("ri-init", result.Id);
        Assert.Equal(PropertyValue.FromString("vrt-a"), result.Inputs["routerId"]);
        Assert.Equal(PropertyValue.FromString("InitiatingSide"), result.Inputs["role"]);
        Assert.Equal(PropertyValue.FromString("Mini.2"), result.Inputs["spec"]);
        Assert.Equal(PropertyValue.FromString("PostPaid"), result.Inputs["instanceChargeType"]);
        Assert.Equal(PropertyValue.FromBool(true), result.Inputs["connect"]);
        Assert.Equal(PropertyValue.FromBool(false), result.Inputs["force"]);
        Assert.Equal(PropertyValue.FromString("cn-hangzhou"), result.Outputs["regionId"]);
        var check = await _rig.Handler.CheckAsync(new ResourceCheckRequest(TestRig.Urn, "ri", result.Inputs, result.Inputs), CancellationToken.None);
        Assert.Empty(check.Failures);
    }

    [Fact]
    public void Refresh_InputsTheUserDidNotSet_StayAbsent()
    {
        var info = ScriptedCloud.Interface("ri-1", "cn-hangzhou", "vrt-a1", RouterInterfaceRole.Initiator, "Idle") with { Name = "console-name" };
        var old = RouterInterfaceMapper.ReadStoredArgs(Inputs.Initiator());

        var refreshed = CloudArgs.Refresh(old, info);

        Assert.Null(refreshed.Name);
    }
}
