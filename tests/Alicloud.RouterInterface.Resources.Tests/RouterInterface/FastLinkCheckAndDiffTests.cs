using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Resources.RouterInterface;
using Alicloud.RouterInterface.Resources.Tests.Support;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

/// <summary>Check defaults and Diff of <c>fastLinkMode</c> (its refusals are rows of <see cref="CheckTests.Invalid"/>).</summary>
public sealed class FastLinkCheckAndDiffTests : IDisposable
{
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private async Task<CheckResult> CheckAsync(PropertyMap news) =>
        await _rig.Handler.CheckAsync(new ResourceCheckRequest(TestRig.Urn, "ri", PropertyMap.Empty, news), CancellationToken.None);

    [Fact]
    public async Task CheckAsync_FastLinkInstance_IsValidWithTheOppositeRouterTypeDefaulted()
    {
        var result = await CheckAsync(Inputs.FastLink(("oppositeInterfaceOwnerId", "1000000000000002")));

        Assert.True(result.Failures.Count == 0, string.Join(" | ", result.Failures));
        Assert.Equal(PropertyValue.FromString("VRouter"), result.Inputs["oppositeRouterType"]);
        Assert.Equal(PropertyValue.FromBool(true), result.Inputs["fastLinkMode"]);
        Assert.False(result.Inputs.ContainsKey("oppositeInterfaceId"));
    }

    [Fact]
    public async Task CheckAsync_OrdinaryInterface_DefaultsFastLinkModeToFalseAndLeavesTheOppositeTypeAlone()
    {
        var result = await CheckAsync(Inputs.Acceptor());

        Assert.Empty(result.Failures);
        Assert.Equal(PropertyValue.FromBool(false), result.Inputs["fastLinkMode"]);
        Assert.False(result.Inputs.ContainsKey("oppositeRouterType"));
    }

    [Fact]
    public async Task CheckAsync_UnknownFastLinkMode_IsCarriedThroughUnchecked()
    {
        var result = await CheckAsync(Inputs.Initiator(("fastLinkMode", PropertyValue.Unknown)));

        Assert.Empty(result.Failures);
        Assert.Equal(PropertyValue.Unknown, result.Inputs["fastLinkMode"]);
    }

    [Fact]
    public void Diff_StateWithoutFastLinkMode_AgainstFalse_IsNoChange()
    {
        // states written before the input existed have no fastLinkMode; the SDK and Check now send false
        var olds = Inputs.Initiator(("force", false), ("connect", false));

        Assert.Same(DiffResult.NoChanges, RouterInterfaceDiffer.Diff(olds, olds.With("fastLinkMode", PropertyValue.FromBool(false)), []));
    }

    [Fact]
    public void Diff_SwitchingFastLinkModeOn_Replaces()
    {
        var olds = Inputs.Initiator(("fastLinkMode", false));

        var result = RouterInterfaceDiffer.Diff(olds, olds.With("fastLinkMode", PropertyValue.FromBool(true)), []);

        Assert.Equal(["fastLinkMode"], result.Replaces);
        Assert.Equal(PropertyDiffKind.UpdateReplace, result.DetailedDiff["fastLinkMode"]);
    }

    [Theory]
    [InlineData("oppositeRouterId", "vrt-c1")]
    [InlineData("oppositeInterfaceOwnerId", "1000000000000009")]
    public void Diff_OppositeRouterOfAFastLinkInstance_Replaces(string property, string value)
    {
        var olds = Inputs.FastLink(("oppositeRouterType", "VRouter"), ("oppositeInterfaceOwnerId", "1000000000000001"));

        var result = RouterInterfaceDiffer.Diff(olds, olds.With(property, PropertyValue.FromString(value)), []);

        Assert.Equal([property], result.Replaces);
    }

    [Fact]
    public void Diff_FastLinkReplacedBetweenTheSameRouters_DeletesFirst()
    {
        var olds = Inputs.FastLink(("instanceChargeType", "PostPaid"));

        var sameRouters = RouterInterfaceDiffer.Diff(olds, olds.With("accessPointId", PropertyValue.FromString("ap-cn-hangzhou-yy-b")), []);
        var otherVpc = RouterInterfaceDiffer.Diff(olds, olds.With("oppositeRouterId", PropertyValue.FromString("vrt-c1")), []);
        var ordinary = RouterInterfaceDiffer.Diff(Inputs.Initiator(), Inputs.Initiator(("accessPointId", "ap-2")), []);

        Assert.True(sameRouters.DeleteBeforeReplace);
        Assert.False(otherVpc.DeleteBeforeReplace);
        Assert.Equal(["oppositeRouterId"], otherVpc.Replaces);
        Assert.False(ordinary.DeleteBeforeReplace);
    }

    [Fact]
    public void Diff_OppositeRouterOfAnOrdinaryInterface_StaysInPlace()
    {
        var olds = Inputs.Initiator(("fastLinkMode", false));

        var result = RouterInterfaceDiffer.Diff(olds, olds.With("oppositeRouterId", PropertyValue.FromString("vrt-c1")), []);

        Assert.Empty(result.Replaces);
        Assert.Equal(PropertyDiffKind.Update, result.DetailedDiff["oppositeRouterId"]);
    }
}
