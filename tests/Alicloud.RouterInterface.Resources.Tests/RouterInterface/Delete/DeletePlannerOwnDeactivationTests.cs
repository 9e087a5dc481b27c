using System.Collections.Immutable;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;

using static Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete.DeletePlanRow;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete;

/// <summary>Ends that are Deactivating because this delete deactivated them: the next step is the delete itself.</summary>
public sealed class DeletePlannerOwnDeactivationTests
{
    private static DeleteAction Decide(string self, string opposite, params string[] deactivatedByUs)
    {
        var observation = Observe(self, opposite);
        var progress = new DeleteProgress { RouteEntries = [], DeactivatedByUs = ImmutableHashSet.Create(StringComparer.Ordinal, deactivatedByUs) };
        return DeleteOrder.Decide(observation, DeleteOrder.Record(progress, observation), new DeleteTarget(TestRig.Urn, Self, Opposite, Force: true));
    }

    [Theory]
    [InlineData("Deactivating", "Deactivating")]
    [InlineData("Deactivating", "Inactive")]
    [InlineData("Inactive", "Deactivating")]
    public void Decide_OnlyOurDeactivationRuns_DeletesWhenDeactivated(string self, string opposite)
    {
        var action = Assert.IsType<DeleteInstance>(Decide(self, opposite, "ri-init", "ri-acc"));

        Assert.True(action.WhenDeactivated);
        Assert.Equal(Self, action.Key);
        Assert.True(action.Force);
    }

    [Theory]
    [InlineData("Deactivating", "Deactivating", "ri-init")]
    [InlineData("Deactivating", "Inactive")]
    [InlineData("Deactivating", "Active", "ri-init")]
    [InlineData("Deactivating", "Activating", "ri-init", "ri-acc")]
    public void Decide_SomeoneElsesTransitionOrAnActiveEnd_Waits(string self, string opposite, params string[] deactivatedByUs) =>
        Assert.IsType<WaitForChange>(Decide(self, opposite, deactivatedByUs));

    [Fact]
    public void Decide_BothInactive_PlainDelete() =>
        Assert.False(Assert.IsType<DeleteInstance>(Decide("Inactive", "Inactive", "ri-init", "ri-acc")).WhenDeactivated);
}
