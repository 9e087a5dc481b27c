using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Polling;

namespace Alicloud.RouterInterface.Reliability.Tests.Crash;

/// <summary>The pieces a crash point works with, and the ways to hold the plugin at a step and to see that it got there.</summary>
internal sealed class CrashContext(Cloud cloud, LoopbackTap tap, PulumiEngine engine)
{
    /// <summary>Long enough to kill the plugin while the request is held; shorter than the client's attempt timeout.</summary>
    public const int HoldMs = 15_000;

    /// <summary>Long enough to hold the answer back before the cloud carries the request out.</summary>
    public const int BriefMs = 700;

    private int _requestsBefore;
    private IReadOnlyList<EmulatorRequestRecord> _beforeRestart = [];

    public Cloud Cloud => cloud;

    public LoopbackTap Tap => tap;

    public PulumiEngine Engine => engine;

    /// <summary>Marks the start of the destroy: requests seen through the tap and by the cloud are counted from here.</summary>
    public async Task MarkAsync(CancellationToken cancellationToken)
    {
        tap.ForgetActions();
        _beforeRestart = [];
        _requestsBefore = (await cloud.PluginRequestsAsync(cancellationToken)).Count;
    }

    /// <summary>The plugin's requests since <see cref="MarkAsync"/> (across an emulator restart).</summary>
    public async Task<IReadOnlyList<EmulatorRequestRecord>> RequestsSinceMarkAsync(CancellationToken cancellationToken) =>
        [.. _beforeRestart, .. (await cloud.PluginRequestsAsync(cancellationToken)).Skip(_requestsBefore)];

    /// <summary>Kills and restarts the emulator from its state file, points the tap at it, keeps the request log seen so far.</summary>
    public async Task RestartCloudAsync(CancellationToken cancellationToken)
    {
        var seen = await RequestsSinceMarkAsync(cancellationToken);
        await cloud.RestartAsync(cancellationToken);
        tap.Retarget(cloud.Emulator.Port);
        _beforeRestart = seen;
        _requestsBefore = 0;
    }

    /// <summary>The next <paramref name="action"/> waits <paramref name="milliseconds"/> at the cloud before it is carried out.</summary>
    public Task DelayNextAsync(string action, int milliseconds, CancellationToken cancellationToken) =>
        cloud.Admin.AddFaultAsync(new FaultRule { Action = action, LatencyMs = milliseconds, Count = 1, Message = $"crash hold {action}" }, cancellationToken);

    public Task SentAsync(string action, CancellationToken cancellationToken) => tap.WaitForActionAsync(action, 1, cancellationToken);

    /// <summary>Waits until the cloud has carried out <paramref name="action"/> <paramref name="times"/> times for the plugin (answered success).</summary>
    public Task CarriedOutAsync(string action, CancellationToken cancellationToken, int times = 1) =>
        Eventually.GetAsync(
            async ct => (await RequestsSinceMarkAsync(ct)).Where(r => r.Action == action && r.Code is null).Skip(times - 1).FirstOrDefault(),
            $"{action} carried out {times} time(s)",
            cancellationToken,
            TestBounds.Polling);
}
