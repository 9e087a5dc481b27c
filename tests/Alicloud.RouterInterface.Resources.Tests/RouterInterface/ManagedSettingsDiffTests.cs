using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Resources.RouterInterface;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

/// <summary>
/// The issue-23 contract in Diff and the update plan: unmanaged inputs, opposite fields of a connected interface,
/// oppositeAccessPointId, autoRenew refused in preview, tags with the fewest calls, health-check IPs removed.
/// </summary>
public sealed class ManagedSettingsDiffTests
{
    private static readonly PropertyMap Olds = Inputs.Initiator();

    [Theory]
    [InlineData("status", "Active")]
    [InlineData("resourceGroupId", "rg-team")]
    [InlineData("hcRate", 2000)]
    public void Diff_UnmanagedInputLeftOut_IsNoChange(string property, object value)
    {
        var result = RouterInterfaceDiffer.Diff(Olds.With(property, Inputs.Value(value)), Olds, []);

        Assert.Equal(DiffChanges.None, result.Changes);
    }

    [Fact]
    public void Diff_TagsEmptied_IsAnInPlaceChange()
    {
        var tagged = Olds.With("tags", Inputs.Value(new Dictionary<string, object?> { ["env"] = "prod" }));

        var result = RouterInterfaceDiffer.Diff(tagged, tagged.With("tags", Inputs.Value(new Dictionary<string, object?>())), []);

        Assert.Equal(PropertyDiffKind.Update, result.DetailedDiff["tags"]);
        Assert.Empty(result.Replaces);
    }

    [Theory]
    [InlineData("oppositeInterfaceId", "ri-other")]
    [InlineData("oppositeRouterId", "vrt-c1")]
    [InlineData("oppositeInterfaceOwnerId", "1000000000000002")]
    public void Diff_OppositeFieldOfAConnectedInterface_Replaces_OfAnIdleOne_ChangesInPlace(string property, string value)
    {
        var news = Olds.With(property, Inputs.Value(value));

        var connected = RouterInterfaceDiffer.Diff(Olds, news, [], connected: true);
        var idle = RouterInterfaceDiffer.Diff(Olds, news, [], connected: false);

        Assert.Equal([property], connected.Replaces);
        Assert.Empty(idle.Replaces);
    }

    [Fact]
    public void CreateOnlyChanges_AutoRenewChanged_IsRefusedNamingIt()
    {
        var olds = Olds.With("autoRenew", PropertyValue.FromBool(false));
        var diff = RouterInterfaceDiffer.Diff(olds, Olds.With("autoRenew", PropertyValue.FromBool(true)), []);

        var refusal = Assert.Throws<ResourceOperationException>(() => CreateOnlyChanges.EnsureNone("ri-1", olds, diff));

        Assert.Contains("autoRenew", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("ignoreChanges", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TagMap_ChangesFromLive_SetsOnlyNewOrChangedKeys_RemovesOnlyDroppedOnes()
    {
        var live = TagMap.From(new Dictionary<string, string> { ["keep"] = "1", ["change"] = "old", ["drop"] = "x" });
        var wanted = TagMap.From(new Dictionary<string, string> { ["keep"] = "1", ["change"] = "new", ["add"] = "y" });

        var (set, remove) = wanted.ChangesFrom(live);

        Assert.Equal(["add", "change"], set.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["drop"], remove);
    }

    [Fact]
    public void UpdatePlan_HealthCheckIpsDropped_DeletesThemInTheCloud_AndLiveTagsDecide()
    {
        var olds = new RouterInterfaceArgs { HealthCheckSourceIp = "10.0.0.1", HealthCheckTargetIp = "10.0.0.2", Tags = TagMap.From(new Dictionary<string, string> { ["a"] = "1" }) };
        var news = olds with { HealthCheckSourceIp = null, HealthCheckTargetIp = null };
        var live = new RouterInterfaceInfo
        {
            RouterInterfaceId = "ri-1", RegionId = "cn-hangzhou", HealthCheckSourceIp = "10.0.0.1", HealthCheckTargetIp = "10.0.0.2",
            Tags = new Dictionary<string, string> { ["a"] = "1", ["outside"] = "2" },
        };

        var plan = UpdatePlan.For(olds, news, [], live);

        Assert.True(plan.DeleteHealthCheck);
        Assert.Equal(olds.Tags, plan.Tags);
    }
}
