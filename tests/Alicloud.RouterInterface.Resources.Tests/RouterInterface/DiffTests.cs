using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Resources.RouterInterface;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

public sealed class DiffTests
{
    private static readonly PropertyMap Olds = Inputs.Initiator(("name", "link-a"), ("force", false), ("connect", false), ("instanceChargeType", "PostPaid"));

    public static TheoryData<string, object?, PropertyDiffKind> Changes => new()
    {
        { "routerId", "vrt-other", PropertyDiffKind.UpdateReplace },
        { "routerType", "VBR", PropertyDiffKind.UpdateReplace },
        { "role", "AcceptingSide", PropertyDiffKind.UpdateReplace },
        { "oppositeRegionId", "cn-beijing", PropertyDiffKind.UpdateReplace },
        { "instanceChargeType", "PrePaid", PropertyDiffKind.UpdateReplace },
        { "accessPointId", "ap-1", PropertyDiffKind.AddReplace },
        { "period", 3, PropertyDiffKind.AddReplace },
        { "autoPay", true, PropertyDiffKind.AddReplace },
        { "pricingCycle", "Year", PropertyDiffKind.AddReplace },
        { "spec", "Large.1", PropertyDiffKind.Update },
        { "name", "link-b", PropertyDiffKind.Update },
        { "description", "a link", PropertyDiffKind.Add },
        { "oppositeInterfaceId", "ri-other", PropertyDiffKind.Update },
        { "oppositeRouterId", "vrt-c1", PropertyDiffKind.Update },
        { "oppositeAccessPointId", "ap-2", PropertyDiffKind.AddReplace },
        { "tags", new Dictionary<string, object?> { ["env"] = "prod" }, PropertyDiffKind.Add },
        { "resourceGroupId", "rg-team", PropertyDiffKind.Add },
        { "status", "Inactive", PropertyDiffKind.Add },
        { "hcRate", 2000, PropertyDiffKind.Add },
        { "hcThreshold", 8, PropertyDiffKind.Add },
        { "healthCheckTargetIp", "10.0.0.2", PropertyDiffKind.Add },
        { "force", true, PropertyDiffKind.Update },
        { "connect", true, PropertyDiffKind.Update },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Diff_OneInputChanged_ClassifiedPerContract(string property, object? value, PropertyDiffKind expected)
    {
        var result = RouterInterfaceDiffer.Diff(Olds, Olds.With(property, Inputs.Value(value)), []);

        Assert.Equal(DiffChanges.Some, result.Changes);
        Assert.Equal(expected, Assert.Single(result.DetailedDiff, d => d.Key == property).Value);
        Assert.Equal([property], result.Diffs);
        var replaces = expected is PropertyDiffKind.AddReplace or PropertyDiffKind.UpdateReplace or PropertyDiffKind.DeleteReplace;
        Assert.Equal(replaces ? [property] : [], result.Replaces);
        Assert.False(result.DeleteBeforeReplace);
    }

    [Fact]
    public void Diff_NothingChanged_IsDiffNone()
    {
        Assert.Same(DiffResult.NoChanges, RouterInterfaceDiffer.Diff(Olds, Olds, []));
    }

    [Fact]
    public void Diff_OnlySecretnessChanged_IsDiffNone()
    {
        var news = Olds.With("name", PropertyValue.MakeSecret(PropertyValue.FromString("link-a")));

        Assert.Equal(DiffChanges.None, RouterInterfaceDiffer.Diff(Olds, news, []).Changes);
    }

    [Theory]
    [InlineData("routerId", PropertyDiffKind.UpdateReplace)]
    [InlineData("name", PropertyDiffKind.Update)]
    [InlineData("description", PropertyDiffKind.Update)]
    public void Diff_UnknownNewValue_CountsAsAChange(string property, PropertyDiffKind expected)
    {
        var result = RouterInterfaceDiffer.Diff(Olds, Olds.With(property, PropertyValue.Unknown), []);

        Assert.Equal(expected, result.DetailedDiff[property]);
    }

    [Fact]
    public void Diff_RemovedReplaceInput_IsDeleteReplace()
    {
        var olds = Olds.With("accessPointId", PropertyValue.FromString("ap-1"));

        Assert.Equal(PropertyDiffKind.DeleteReplace, RouterInterfaceDiffer.Diff(olds, Olds, []).DetailedDiff["accessPointId"]);
    }

    [Fact]
    public void Diff_IgnoredChanges_AreLeftOut()
    {
        var news = Olds.With("routerId", PropertyValue.FromString("vrt-x")).With("name", PropertyValue.FromString("other"));

        var result = RouterInterfaceDiffer.Diff(Olds, news, ["routerId"]);

        Assert.Equal(["name"], result.Diffs);
        Assert.Empty(result.Replaces);
    }

    [Fact]
    public void OldInputsOf_NoOldInputs_FallsBackToTheInputPartOfTheOutputs()
    {
        var outputs = Olds.With("status", PropertyValue.FromString("Active")).With("routerInterfaceId", PropertyValue.FromString("ri-1"));

        var olds = RouterInterfaceDiffer.OldInputsOf(PropertyMap.Empty, outputs);

        Assert.Equal(Olds, olds);
    }
}
