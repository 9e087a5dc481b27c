using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client.Models;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete;

public sealed class OppositeEndInferenceTests
{
    private static readonly InterfaceKey Opposite = new("cn-shanghai", "ri-acc");

    private static RouterInterfaceInfo Self(string oppositeStatus, string oppositeId = "ri-acc") =>
        ScriptedCloud.Interface("ri-init", "cn-hangzhou", "vrt-a", RouterInterfaceRole.Initiator, "Inactive", oppositeId: oppositeId, oppositeRegion: "cn-shanghai", oppositeRouterId: "vrt-b")
            with { OppositeInterfaceStatus = oppositeStatus };

    private static readonly RouterInterfaceInfo LastOpposite =
        ScriptedCloud.Interface("ri-acc", "cn-shanghai", "vrt-b", RouterInterfaceRole.Acceptor, "Active", oppositeId: "ri-init", oppositeRegion: "cn-hangzhou", oppositeRouterId: "vrt-a");

    [Theory]
    [InlineData("Deactivating")]
    [InlineData("Inactive")]
    [InlineData("Deleting")]
    public void Infer_SelfReportsTheOppositeStatus_OppositeWithThatStatusAndItsOtherFields(string status)
    {
        var (known, info) = OppositeEndInference.Infer(Self(status), Opposite, LastOpposite);

        Assert.True(known);
        Assert.Equal(LastOpposite with { Status = status }, info);
    }

    [Fact]
    public void Infer_SelfReportsDeleted_OppositeKnownGone()
    {
        var (known, info) = OppositeEndInference.Infer(Self("Deleted"), Opposite, LastOpposite);

        Assert.True(known);
        Assert.Null(info);
    }

    public static TheoryData<string, RouterInterfaceInfo?, RouterInterfaceInfo?> Unknowable => new()
    {
        { "this end gone", null, LastOpposite },
        { "no status reported", Self(""), LastOpposite },
        { "another opposite", Self("Inactive", oppositeId: "ri-other"), LastOpposite },
        { "opposite never described", Self("Inactive"), null },
    };

    [Theory]
    [MemberData(nameof(Unknowable))]
    public void Infer_CannotTell_NotKnownAndCanInferSaysSo(string why, RouterInterfaceInfo? self, RouterInterfaceInfo? lastOpposite)
    {
        var (known, info) = OppositeEndInference.Infer(self, Opposite, lastOpposite);

        Assert.False(known, why);
        Assert.Null(info);
        Assert.False(OppositeEndInference.CanInfer(self, Opposite, lastOpposite), why);
    }

    [Fact]
    public void CanInfer_SelfReportsTheOppositeAndItWasDescribed_True() =>
        Assert.True(OppositeEndInference.CanInfer(Self("Active"), Opposite, LastOpposite));
}
