using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

/// <summary>
/// Tables a forced delete of ours is emptying (<see cref="RouteTableActivity"/>): other deletes over them wait, and the
/// removal time is learnt; the lookup itself only reads.
/// </summary>
public sealed class RouteEntryLookupTests : IDisposable
{
    private static readonly (string, string) TableA = ("cn-hangzhou", "vtb-a");
    private static readonly (string, string) TableB = ("cn-shanghai", "vtb-b");
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private RouteEntryLookup Routes => _rig.Services.Routes;

    private RouteTableActivity Tables => _rig.Services.RouteTables;

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void SteadyAt_NoRemovalOfOurs_IsNull() => Assert.Null(Tables.SteadyAt([TableA, TableB]));

    [Fact]
    public void SteadyAt_RemovalInOneOfTheTables_NothingLearnt_AfterTheFirstLookDelay()
    {
        var since = _rig.Time.GetUtcNow();
        Tables.Removing([TableA], since);

        Assert.Equal(since + _rig.Options.TransitionFirstLook + _rig.Options.TransitionSlack, Tables.SteadyAt([TableA, TableB]));
        Assert.Null(Tables.SteadyAt([TableB]));
    }

    [Fact]
    public void RefusedThenAccepted_TeachesTheRemovalTimeAndClearsTheMark()
    {
        var since = _rig.Time.GetUtcNow();
        Tables.Removing([TableA], since);
        Tables.Refused([TableA, TableB], since + S(0.6));
        Tables.Accepted([TableA, TableB], since + S(1.1));

        Assert.Equal((S(0.6), S(1.1)), _rig.Services.Transitions.Bracket(RouteTableActivity.RouteEntryDeleting));
        Assert.Null(Tables.SteadyAt([TableA]));

        Tables.Removing([TableB], since + S(5));
        Assert.Equal(since + S(5) + S(1.1) + _rig.Options.TransitionSlack, Tables.SteadyAt([TableB]));
    }

    [Fact]
    public void RefusedOverAnOldAndANewRemoval_TeachesOnlyFromTheNewOne()
    {
        var since = _rig.Time.GetUtcNow();
        Tables.Removing([TableA], since);
        Tables.Removing([TableB], since + S(10));
        Tables.Refused([TableA, TableB], since + S(10.5));
        Tables.Accepted([TableA, TableB], since + S(11));

        // the refusal belongs to the removal begun at 10 s; the one begun at 0 s would teach "more than 10.5 s"
        Assert.Equal((S(0.5), S(1)), _rig.Services.Transitions.Bracket(RouteTableActivity.RouteEntryDeleting));
        Assert.Null(Tables.SteadyAt([TableA, TableB]));
    }

    [Fact]
    public async Task KnownTables_AfterALookup_AreTheRoutersTables()
    {
        _rig.Cloud.Pair("Active").Route("cn-hangzhou", "vrt-a", "10.1.0.0/16", "ri-init");
        Assert.Empty(Routes.KnownTables("cn-hangzhou", "vrt-a", "VRouter"));

        var found = await _rig.RunAsync(() => Routes.FindAsync("cn-hangzhou", "vrt-a", "VRouter", "ri-init", CancellationToken.None));

        Assert.Single(found);
        Assert.Equal([("cn-hangzhou", "vtb-a")], Routes.KnownTables("cn-hangzhou", "vrt-a", "VRouter"));
    }
}
