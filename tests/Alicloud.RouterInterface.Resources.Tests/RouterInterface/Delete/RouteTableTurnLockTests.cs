using Alicloud.RouterInterface.Resources.RouterInterface.Delete;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete;

/// <summary>
/// Tables a forced delete of ours is emptying (<see cref="RouteTableTurnLock"/>): other deletes over them wait, and the
/// removal time is learnt; the lookup itself only reads.
/// </summary>
public sealed class RouteTableTurnLockTests : IDisposable
{
    private static readonly (string, string) TableA = ("cn-hangzhou", "vtb-a");
    private static readonly (string, string) TableB = ("cn-shanghai", "vtb-b");
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private RouteEntryLookup Routes => _rig.Services.Routes;

    private RouteTableTurnLock Tables => _rig.RouteTables;

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void SteadyAt_NoRemovalOfOurs_IsNull() => Assert.Null(Tables.SteadyAt([TableA, TableB]));

    [Fact]
    public void SteadyAt_RemovalInOneOfTheTables_NothingLearnt_AfterTheFirstLookDelay()
    {
        var since = _rig.Time.GetUtcNow();
        Tables.Removing([TableA], since);

        Assert.Equal(since + DelaySchedule.TransitionFirstLook + DelaySchedule.TransitionSlack, Tables.SteadyAt([TableA, TableB]));
        Assert.Null(Tables.SteadyAt([TableB]));
    }

    [Fact]
    public void RefusedThenAccepted_TeachesTheRemovalTimeAndClearsTheMark()
    {
        var since = _rig.Time.GetUtcNow();
        Tables.Removing([TableA], since);
        Tables.Refused([TableA, TableB], since + S(0.6));
        Tables.Accepted([TableA, TableB], since + S(1.1));

        Assert.Equal((S(0.6), S(1.1)), _rig.Services.Transitions.Bracket(RouteTableTurnLock.RouteEntryDeleting));
        Assert.Null(Tables.SteadyAt([TableA]));

        Tables.Removing([TableB], since + S(5));
        Assert.Equal(since + S(5) + S(1.1) + DelaySchedule.TransitionSlack, Tables.SteadyAt([TableB]));
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
        Assert.Equal((S(0.5), S(1)), _rig.Services.Transitions.Bracket(RouteTableTurnLock.RouteEntryDeleting));
        Assert.Null(Tables.SteadyAt([TableA, TableB]));
    }

    [Fact]
    public void TryTakeTurn_SecondDeleteOverATableBeingSent_WaitsUntilTheFirstIsAnswered()
    {
        var now = _rig.Time.GetUtcNow();

        // the first forced delete takes the turn: the tables it will empty are busy from the moment it is sent
        Assert.Null(Tables.TryTakeTurn([TableA, TableB], [TableA], now));
        // on its way for as long as its retries take: checked again shortly, never given up on a guess
        Assert.Equal(now + S(0.01) + _rig.Options.MinPollInterval, Tables.TryTakeTurn([TableA], [TableA], now + S(0.01)));
        Assert.Equal(now + S(30) + _rig.Options.MinPollInterval, Tables.TryTakeTurn([TableA], [TableA], now + S(30)));
        Assert.Null(Tables.TryTakeTurn([TableB], [TableB], now + S(0.01))); // another table: no wait

        // refused: the mark goes, the next delete need not wait for removals that never began
        Tables.Withdraw([TableA], now);
        Assert.Null(Tables.TryTakeTurn([TableA], [], now + S(0.02)));
    }

    [Fact]
    public void TryTakeTurn_RemovalExpectedToLastLong_WaitsAtMostAPollPastItsStart()
    {
        _rig.Services.Transitions.Record(RouteTableTurnLock.RouteEntryDeleting, S(60), S(60));
        var since = _rig.Time.GetUtcNow();
        Tables.Removing([TableA], since);

        Assert.Equal(since + _rig.Options.MaxPollDelay + DelaySchedule.TransitionSlack, Tables.TryTakeTurn([TableA], [], since));
        Assert.Equal(since + S(60) + DelaySchedule.TransitionSlack, Tables.SteadyAt([TableA])); // the retry after a refusal keeps the learnt time
    }

    [Fact]
    public void Withdraw_AfterAnotherDeleteMarkedTheTable_LeavesThatMark()
    {
        var now = _rig.Time.GetUtcNow();
        Assert.Null(Tables.TryTakeTurn([TableA], [TableA], now));
        Tables.Removing([TableA], now + S(0.5)); // accepted meanwhile by another delete of ours

        Tables.Withdraw([TableA], now);

        Assert.NotNull(Tables.SteadyAt([TableA]));
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
