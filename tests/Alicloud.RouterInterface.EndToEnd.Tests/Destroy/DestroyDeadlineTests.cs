using System.Diagnostics;
using System.Text.RegularExpressions;
using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Grpc.Core;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>Destroys that end before the instance is gone: customTimeouts.delete passing, and Ctrl-C.</summary>
public sealed class DestroyDeadlineTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    [Fact]
    public async Task Destroy_TransitionOutlastsCustomTimeout_FailsWithTheLastStateKeepsTheResourceAndARerunFinishes()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        // 8 s: enough for the re-run's delete with the emulator's default listing lag (a gone row lists Deleting 2 s more)
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token, timeouts: CustomTimeouts.Parse(delete: "8s"));

        OperationResult timedOut;
        await using (await fixture.SlowDownAsync(new Dictionary<string, double> { [EmulatorTransitions.Deactivating] = 11 }, test.Token))
        {
            timedOut = await engine.DestroyAsync(cancellationToken: test.Token);
        }

        output.WriteLine(timedOut.Render());
        var failure = Assert.Single(timedOut.Failed);
        Assert.Equal(PairStack.InitiatorName, failure.Name);
        Assert.Equal(StatusCode.DeadlineExceeded, failure.Code);
        Assert.StartsWith($"DeleteTimedOut: deleting router interface {pair.InitiatorId}", failure.Error, StringComparison.Ordinal);
        Assert.Contains("within 8s (customTimeouts.delete)", failure.Error, StringComparison.Ordinal);
        // The last state the provider saw: both ends still there, deactivated or about to be.
        var last = Regex.Match(failure.Error!, $@"Last observed: {pair.InitiatorId} (\w+), {pair.AcceptorId} (\w+)\.");
        Assert.True(last.Success, failure.Error);
        Assert.All(new[] { last.Groups[1].Value, last.Groups[2].Value }, status => Assert.Contains(status, new[] { "Active", "Deactivating" }));
        Assert.Contains("run `pulumi destroy` again", failure.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(timedOut.Logs, l => l.Message.Contains("DeleteTimedOut", StringComparison.Ordinal)); // said once: the error
        Assert.Equal(OutcomeStatus.Skipped, timedOut[PairStack.AcceptorName].Status);
        Assert.Equal([PairStack.AcceptorName, PairStack.InitiatorName], engine.State.Resources.Select(r => r.Name));
        var cloud = await fixture.StateAsync(test.Token);
        Assert.NotNull(cloud.Interface(pair.InitiatorId));
        Assert.NotNull(cloud.Interface(pair.AcceptorId));

        // Later (the ends have settled), the same destroy with the same timeout finishes the job.
        await fixture.WaitUntilSettledAsync([pair.InitiatorId, pair.AcceptorId], test.Token);
        var rerun = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(rerun.Render());

        Assert.True(rerun.Succeeded, rerun.ToString());
        Assert.Empty(engine.State.Resources);
        CloudAssert.Gone(await fixture.StateAsync(test.Token), pair.InitiatorId, pair.AcceptorId);
    }

    [Fact]
    public async Task Destroy_CtrlCWhileWaiting_PluginStopsPromptlyAndTheResourcesStay()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);
        var initiatorUrn = engine.Urn(PairStack.InitiatorName);
        using var ctrlC = new CancellationTokenSource();

        OperationResult destroy;
        TimeSpan untilDestroyEnded;
        await using (await fixture.SlowDownAsync(new Dictionary<string, double> { [EmulatorTransitions.Deactivating] = 30 }, test.Token))
        {
            var destroying = engine.DestroyAsync(cancellationToken: ctrlC.Token);
            await engine.EngineServer.WaitForLogAsync(
                l => l.Ephemeral && l.Urn == initiatorUrn && l.Message.Contains("to leave Deactivating", StringComparison.Ordinal),
                TestBounds.Condition,
                test.Token);

            var clock = Stopwatch.StartNew();
            await ctrlC.CancelAsync();
            destroy = await destroying.WaitAsync(test.Token);
            untilDestroyEnded = clock.Elapsed;
            // Said once: the Cancelled message is the Delete's error, no log line (which used to time the plugin's return).
            output.WriteLine($"Cancel → destroy ended (plugin shut down): {untilDestroyEnded.TotalMilliseconds:0} ms");
            Assert.StartsWith("Cancelled:", destroy[PairStack.InitiatorName].Error, StringComparison.Ordinal);
            Assert.Contains("run `pulumi destroy` again", destroy[PairStack.InitiatorName].Error, StringComparison.Ordinal);
            Assert.DoesNotContain(destroy.Logs, l => l.Urn == initiatorUrn && l.Message.StartsWith("Cancelled:", StringComparison.Ordinal));
        }

        output.WriteLine(destroy.Render());
        Assert.True(untilDestroyEnded < TimeSpan.FromSeconds(15), $"the destroy took {untilDestroyEnded} to end after Cancel");
        Assert.True(destroy.Cancelled);
        Assert.False(destroy.Succeeded);
        var interrupted = destroy[PairStack.InitiatorName];
        Assert.Equal(OutcomeStatus.Failed, interrupted.Status);
        Assert.Equal(StatusCode.Cancelled, interrupted.Code);
        Assert.Equal(OutcomeStatus.Skipped, destroy[PairStack.AcceptorName].Status);
        Assert.Equal(2, engine.State.Resources.Count);
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Deactivating", pair.InitiatorId, pair.AcceptorId);
        Assert.True(destroy.Shutdown!.CancelAcknowledged);
    }
}
