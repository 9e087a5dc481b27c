namespace Alicloud.RouterInterface.Reliability.Tests.Crash;

/// <summary>
/// A step of the delete at which something crashes: <see cref="ArrangeAsync"/> runs before the destroy starts (faults
/// that hold the plugin there), <see cref="ReachAsync"/> returns once the plugin is at the step.
/// </summary>
internal sealed record CrashPoint(
    string Name,
    CrashKind Kind,
    Func<CrashContext, CancellationToken, Task> ArrangeAsync,
    Func<CrashContext, CancellationToken, Task> ReachAsync)
{
    public const string Describe = "DescribeRouterInterfaces";
    public const string RouteLookup = "DescribeRouteEntryList";
    public const string Deactivate = "DeactivateRouterInterface";
    public const string Delete = "DeleteExpressConnect";

    private static readonly Func<CrashContext, CancellationToken, Task> s_nothing = (_, _) => Task.CompletedTask;

    public static IReadOnlyList<CrashPoint> All { get; } =
    [
        // the plugin killed while a request is in flight (the cloud never carries it out)
        InFlight("describe", Describe),
        InFlight("route lookup", RouteLookup),
        InFlight("deactivate sent", Deactivate),
        InFlight("DeleteExpressConnect sent", Delete),

        // the plugin killed after the cloud carried the request out, before the answer arrived
        AnswerLost("deactivate carried out, answer lost", Deactivate, CrashKind.KillPlugin),
        AnswerLost("DeleteExpressConnect carried out, answer lost", Delete, CrashKind.KillPlugin),

        // the plugin killed while it waits: both ends deactivated (Deactivating lasts 2 s), or the instance Deleting (2 s)
        new("waiting for Deactivating to end", CrashKind.KillPlugin, s_nothing, (c, ct) => c.CarriedOutAsync(Deactivate, ct, times: 2)),
        new("waiting for the instance to be gone", CrashKind.KillPlugin, s_nothing, (c, ct) => c.CarriedOutAsync(Delete, ct)),

        // the emulator killed and restarted from its state file while the plugin waits
        new("emulator restart while Deactivating", CrashKind.RestartEmulator, s_nothing, (c, ct) => c.CarriedOutAsync(Deactivate, ct, times: 2)),
        new("emulator restart while Deleting", CrashKind.RestartEmulator, s_nothing, (c, ct) => c.CarriedOutAsync(Delete, ct)),

        // the connection cut after the cloud carried the request out: the plugin retries (DeleteExpressConnect with the same ClientToken)
        AnswerLost("deactivate carried out, connection cut", Deactivate, CrashKind.DropConnection),
        AnswerLost("DeleteExpressConnect carried out, connection cut", Delete, CrashKind.DropConnection),
    ];

    private static CrashPoint InFlight(string name, string action) => new(
        name,
        CrashKind.KillPlugin,
        (c, ct) => c.DelayNextAsync(action, CrashContext.HoldMs, ct),
        (c, ct) => c.SentAsync(action, ct));

    private static CrashPoint AnswerLost(string name, string action, CrashKind kind) => new(
        name,
        kind,
        (c, ct) => c.DelayNextAsync(action, CrashContext.BriefMs, ct),
        async (c, ct) =>
        {
            await c.SentAsync(action, ct);
            c.Tap.HoldAnswers();
            await c.CarriedOutAsync(action, ct);
        });

    public override string ToString() => Name;
}
