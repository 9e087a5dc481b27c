using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

/// <summary>The one wait loop: what a step returns decides the next look's delay, the runner's own waits and the status line.</summary>
public sealed class OperationRunnerTests : IDisposable
{
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    /// <summary>Returns the scripted outcomes in order and records when and with which look delay it was called.</summary>
    private sealed class ScriptedStep(TimeProvider time, params StepOutcome[] outcomes) : IOperationStep
    {
        private int _turn;

        public List<(TimeSpan LookDelay, DateTimeOffset At)> Calls { get; } = [];

        public Task<StepOutcome> StepAsync(TimeSpan lookDelay, CancellationToken cancellationToken)
        {
            Calls.Add((lookDelay, time.GetUtcNow()));
            return Task.FromResult(outcomes[_turn++]);
        }
    }

    [Fact]
    public async Task RunAsync_LookAgain_HandsTheDelayToTheNextLook_ActAgain_WaitsOnTheClockFirst()
    {
        var start = _rig.Time.GetUtcNow();
        var step = new ScriptedStep(_rig.Time,
            StepOutcome.LookAgain("waiting for ri-a to leave Deactivating", TimeSpan.FromSeconds(3)),
            StepOutcome.ActAgain(null, TimeSpan.FromSeconds(5)),
            StepOutcome.Completed);
        var status = _rig.Services.StatusLine(TestRig.Urn, NullLogger.Instance);

        await _rig.RunAsync(() => OperationRunner.RunAsync(step, status, _rig.Time, CancellationToken.None));

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(3), TimeSpan.Zero], step.Calls.Select(c => c.LookDelay));
        Assert.Equal(start, step.Calls[1].At); // a look's delay is the poller's to serve, not the runner's to sleep
        Assert.Equal(start + TimeSpan.FromSeconds(5), step.Calls[2].At);
        Assert.Equal(["waiting for ri-a to leave Deactivating"], _rig.Diagnostics.Of("status"));
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsBeforeTheNextStep()
    {
        using var cancel = new CancellationTokenSource();
        var step = new ScriptedStep(_rig.Time, StepOutcome.ActAgain("waiting", TimeSpan.FromMinutes(1)), StepOutcome.Completed);
        var status = _rig.Services.StatusLine(TestRig.Urn, NullLogger.Instance);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => OperationRunner.RunAsync(step, status, _rig.Time, cancel.Token));

        Assert.Empty(step.Calls);
    }
}
