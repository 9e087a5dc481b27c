using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Resources.RouterInterface;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

/// <summary>What a fast-link initiator's state carries: the acceptor the cloud created, for programs and for the delete.</summary>
public sealed class FastLinkStateTests
{
    private static RouterInterfaceArgs FastLinkArgs() =>
        RouterInterfaceMapper.ReadArgs(Inputs.FastLink(("force", false), ("connect", false)), []);

    private static RouterInterfaceInfo Initiator(bool? fastLinkMode = true) =>
        ScriptedCloud.Interface("ri-vbr", "cn-hangzhou", "vbr-a1", RouterInterfaceRole.Initiator, "Active", oppositeId: "ri-vpc", oppositeRegion: "cn-hangzhou", oppositeRouterId: "vrt-b1")
            with { RouterType = "VBR", OppositeRouterType = "VRouter", AccessPointId = "ap-cn-hangzhou-xx-a", FastLinkMode = fastLinkMode };

    [Fact]
    public void WriteState_FastLinkInitiator_RecordsTheAcceptorAsOppositeInterfaceIdAndReadsItBack()
    {
        var outputs = RouterInterfaceMapper.WriteState(new RouterInterfaceState(FastLinkArgs(), RouterInterfaceOutputs.FromCloud(Initiator())));

        Assert.Equal(PropertyValue.FromString("ri-vpc"), outputs["oppositeInterfaceId"]);
        Assert.Equal("ri-vpc", RouterInterfaceMapper.ReadState(outputs).Outputs.OppositeInterfaceId);
    }

    [Fact]
    public void WriteState_OrdinaryInitiatorWithoutTheInput_DoesNotInventTheOppositeInterfaceId()
    {
        var args = RouterInterfaceMapper.ReadArgs(Inputs.Initiator(("oppositeInterfaceId", Inputs.Omit.Value), ("fastLinkMode", false)), []);

        var outputs = RouterInterfaceMapper.WriteState(new RouterInterfaceState(args, RouterInterfaceOutputs.FromCloud(Initiator(fastLinkMode: false))));

        Assert.False(outputs.ContainsKey("oppositeInterfaceId"));
    }

    [Fact]
    public void WriteState_FastLinkPreview_LeavesTheAcceptorUnknown()
    {
        var outputs = RouterInterfaceMapper.WriteState(new RouterInterfaceState(FastLinkArgs(), RouterInterfaceOutputs.Unknown("cn-hangzhou")));

        Assert.Equal(PropertyValue.Unknown, outputs["oppositeInterfaceId"]);
    }

    [Fact]
    public void TargetOf_FastLinkState_KnowsTheAcceptorAndThatItIsFastLink()
    {
        var state = RouterInterfaceMapper.WriteState(new RouterInterfaceState(FastLinkArgs(), RouterInterfaceOutputs.FromCloud(Initiator())));
        var request = new ResourceDeleteRequest("ri-vbr", TestRig.Urn, state, Inputs.FastLink(("force", true)), null);

        var target = RouterInterfaceHandler.TargetOf(request, "cn-hangzhou");

        Assert.Equal(new InterfaceKey("cn-hangzhou", "ri-vpc"), target.Opposite);
        Assert.True(target.FastLink);
        Assert.True(target.Force);
    }

    [Fact]
    public void ForImport_FastLinkInitiator_IsFastLinkWithoutConnectOrAcceptorInput()
    {
        var args = CloudArgs.ForImport(Initiator());
        var failures = new List<CheckFailure>();

        RouterInterfaceValidator.Normalize(args, failures);

        Assert.True(args.FastLinkMode);
        Assert.False(args.Connect);
        Assert.Null(args.OppositeInterfaceId);
        Assert.True(failures.Count == 0, string.Join(" | ", failures));
    }

    [Fact]
    public void Refresh_AnswerWithoutTheFastLinkField_KeepsWhatTheStateSays()
    {
        var refreshed = CloudArgs.Refresh(FastLinkArgs(), Initiator(fastLinkMode: null));

        Assert.True(refreshed.FastLinkMode);
        Assert.Null(refreshed.OppositeInterfaceId);
    }

    [Fact]
    public void ToCreateRequest_FastLink_SendsTheFlagAndTheOwnerItWasGiven()
    {
        var request = CloudArgs.ToCreateRequest(FastLinkArgs() with { OppositeRouterType = "VRouter" }, "cn-hangzhou", "token", oppositeOwner: "1000000000000001");

        Assert.True(request.FastLinkMode);
        Assert.Equal("1000000000000001", request.OppositeInterfaceOwnerId);
        Assert.Equal("vrt-b1", request.OppositeRouterId);
        Assert.Null(request.OppositeInterfaceId);
        Assert.Null(CloudArgs.ToCreateRequest(RouterInterfaceMapper.ReadArgs(Inputs.Initiator(), []), "cn-hangzhou", "token").FastLinkMode);
    }
}
