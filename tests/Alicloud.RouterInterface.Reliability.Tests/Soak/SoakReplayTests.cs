using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.Reliability.Tests.Soak;

/// <summary>
/// Soak runs that once broke an invariant, replayed exactly as <c>make soak</c> played them (run 0 of a one-worker soak
/// with that seed on the random profile), so each stays fixed inside <c>make test</c>.
/// </summary>
public sealed class SoakReplayTests(ITestOutputHelper output)
{
    /// <summary>
    /// Issue 28: an idle pair (initiator <c>force: true</c>, acceptor <c>force: false</c>, routes through the acceptor)
    /// on an API whose DeleteExpressConnect takes only fast-link instances; the initiator's per-end delete removed the
    /// acceptor's route although the acceptor was never part of its instance.
    /// </summary>
    [Theory]
    [InlineData(21_420_538)]
    [InlineData(21_586_837)]
    public async Task Replay_OfAnEarlierViolation_KeepsEveryInvariantAndConverges(int seed)
    {
        using var deadline = TestBounds.Start(TimeSpan.FromMinutes(3));
        await using var cloud = await Cloud.StartAsync(seed, stateFile: null, deadline.Token);

        var report = await SoakRun.ExecuteAsync(cloud, run: 0, seed, EmulatorVariants.Random, deadline.Token);
        output.WriteLine(report.ToString());

        Assert.True(report.Clean, report.ToString());
    }
}
