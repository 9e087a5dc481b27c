using System.Diagnostics;
using Alicloud.RouterInterface.Reliability.Tests.Soak;
using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Reliability.Tests.Crash;

/// <summary>
/// One crash point end to end: a connected pair with a route entry on each end (the initiator has force: true, so
/// its delete walks every step), a destroy caught at the point, the crash, then convergence: the same destroy (after
/// an emulator restart or a cut connection) or a re-run (after SIGKILL) must remove both ends and the route entries.
/// </summary>
internal static class CrashScenario
{
    private static readonly PartPlan s_pair = new(0, StartKind.ActivePair, InitiatorForce: true, AcceptorForce: false, InitiatorRoutes: 1, AcceptorRoutes: 1, DeactivateInitiator: false);

    public static async Task<CrashReport> RunAsync(CrashPoint point, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        var started = Stopwatch.GetTimestamp();
        var stateDirectory = Directory.CreateTempSubdirectory("ri-crash-state-");
        try
        {
            return await RunInAsync(point, Path.Combine(stateDirectory.FullName, "state.json"), started, cancellationToken);
        }
        finally
        {
            stateDirectory.Delete(recursive: true);
        }
    }

    private static async Task<CrashReport> RunInAsync(CrashPoint point, string stateFile, long started, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var leaks = new LeakScanner();
        await using var cloud = await Cloud.StartAsync(seed: 11, point.Kind == CrashKind.RestartEmulator ? stateFile : null, cancellationToken);
        await using var tap = new LoopbackTap(cloud.Emulator.Port);
        await using var engine = await Stacks.StartAsync(tap.Endpoint, LeakCheckKeys.Plugin, cancellationToken, new PulumiEngineOptions { ContinueOnError = true });
        var part = (await StartingState.BuildAsync(cloud, engine, [s_pair], cancellationToken)).Single();
        var ends = new[] { part.InitiatorId, part.AcceptorId! };
        await cloud.Admin.SetTransitionsAsync(
            new Dictionary<string, double> { [EmulatorTransitions.Deactivating] = 2, [EmulatorTransitions.Deleting] = 2 },
            cancellationToken);

        var resources = engine.State.Resources;
        var before = await cloud.SnapshotAsync(cancellationToken);
        var context = new CrashContext(cloud, tap, engine);
        await context.MarkAsync(cancellationToken);
        await point.ArrangeAsync(context, cancellationToken);

        var destroy = engine.DestroyAsync(cancellationToken: cancellationToken);
        var reach = point.ReachAsync(context, cancellationToken);
        var reached = await Task.WhenAny(reach, destroy) == reach && !destroy.IsCompleted;
        try
        {
            await reach;
        }
        catch (TimeoutException exception)
        {
            reached = false;
            problems.Add($"the step was not reached: {exception.Message}");
        }

        if (reached)
        {
            await CrashAsync(point, context, problems, cancellationToken);
        }

        var first = await destroy;
        tap.ReleaseAnswers();
        await cloud.Admin.ClearFaultsAsync(cancellationToken);
        leaks.ScanOperation(first, $"{point} destroy");
        var afterFirst = await cloud.SnapshotAsync(cancellationToken);
        var firstRequests = await context.RequestsSinceMarkAsync(cancellationToken);
        var killed = point.Kind == CrashKind.KillPlugin;
        problems.AddRange(DestroyInvariants.Check(
            new DestroyEvidence(before, afterFirst, resources, first, firstRequests),
            killed ? resources.Select(r => r.Name) : null));

        var last = first;
        if (killed)
        {
            if (first.Succeeded)
            {
                reached = false;
            }

            await context.MarkAsync(cancellationToken);
            var remaining = engine.State.Resources;
            last = await engine.DestroyAsync(cancellationToken: cancellationToken);
            leaks.ScanOperation(last, $"{point} re-run");
            var rerunRequests = await context.RequestsSinceMarkAsync(cancellationToken);
            problems.AddRange(DestroyInvariants.Check(new DestroyEvidence(afterFirst, await cloud.SnapshotAsync(cancellationToken), remaining, last, rerunRequests)).Select(v => "re-run: " + v));
            if (point.Name.StartsWith("DeleteExpressConnect carried out", StringComparison.Ordinal) && rerunRequests.Any(r => r.Action == CrashPoint.Delete))
            {
                problems.Add("the re-run sent DeleteExpressConnect again although the instance was already being deleted");
            }
        }
        else if (point.Kind == CrashKind.DropConnection && point.Name.StartsWith("DeleteExpressConnect", StringComparison.Ordinal))
        {
            var tokens = firstRequests.Where(r => r.Action == CrashPoint.Delete).Select(r => r.Parameters.GetValueOrDefault("ClientToken")).Distinct().ToList();
            if (tokens.Count != 1)
            {
                problems.Add($"the retried DeleteExpressConnect used {tokens.Count} ClientTokens; one (idempotent) expected");
            }
        }

        var final = await cloud.SnapshotAsync(cancellationToken);
        leaks.ScanState(engine.State, point.Name);
        leaks.ScanCloudText($"{point} request log", await cloud.AdminTextAsync("requests", cancellationToken));
        var converged = last.Succeeded && engine.State.Resources.Count == 0
            && ends.All(id => !final.Exists(id)) && ends.All(id => !final.RouteEntriesTo(id).Any(e => !e.IsLeaving));
        if (!converged)
        {
            problems.Add($"not converged: {last}; still there: {string.Join(", ", ends.Where(final.Exists))}");
        }

        problems.AddRange(leaks.Leaks.Select(l => $"leak: {l}"));
        return new CrashReport(point.Name, point.Kind, reached, converged, problems, leaks.Leaks.Count, Stopwatch.GetElapsedTime(started));
    }

    private static async Task CrashAsync(CrashPoint point, CrashContext context, List<string> problems, CancellationToken cancellationToken)
    {
        switch (point.Kind)
        {
            case CrashKind.KillPlugin:
                var pid = PluginProcesses.Find(context.Engine.EngineServer.Address)
                    ?? throw new InvalidOperationException($"{point}: the plugin of the destroy is not running");
                await PluginProcesses.KillAsync(pid, cancellationToken);
                break;
            case CrashKind.RestartEmulator:
                // answers held: the plugin cannot change anything between the two looks at the state
                context.Tap.HoldAnswers();
                var held = await context.Cloud.SnapshotAsync(cancellationToken);
                await context.RestartCloudAsync(cancellationToken);
                var restored = await context.Cloud.SnapshotAsync(cancellationToken);
                problems.AddRange(Lost(held, restored));
                context.Tap.DropConnections();
                context.Tap.ReleaseAnswers();
                break;
            case CrashKind.DropConnection:
                context.Tap.DropConnections();
                context.Tap.ReleaseAnswers();
                break;
        }
    }

    /// <summary>What a restart from the state file lost or changed.</summary>
    private static IEnumerable<string> Lost(EmulatorSnapshot held, EmulatorSnapshot restored)
    {
        foreach (var record in held.Interfaces.Values)
        {
            if (restored.Interface(record.Id)?.Fingerprint != record.Fingerprint && record.Settled != "(gone)")
            {
                yield return $"restart: {record.Id} was {record.Fingerprint}, is {restored.Interface(record.Id)?.Fingerprint ?? "(gone)"}";
            }
        }

        foreach (var entry in held.RouteEntries.Values.Where(e => !e.IsLeaving && !restored.RouteEntries.ContainsKey(e.Id)))
        {
            yield return $"restart: route entry {entry.Id} lost";
        }
    }
}
