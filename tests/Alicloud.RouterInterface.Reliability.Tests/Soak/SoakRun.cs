using System.Diagnostics;
using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Reliability.Tests.Soak;

/// <summary>
/// One seeded run on a worker's emulator: reset, random transitions, a random starting state of one to three parts,
/// random fault rules, destroy (--continue-on-error), invariants, then a fault-free re-run that must converge. The
/// plugin's output of every operation is scanned for the credentials.
/// </summary>
internal static class SoakRun
{
    private static readonly double[] s_transitionSeconds = [0, 0.1, 0.25];

    public static async Task<RunReport> ExecuteAsync(Cloud cloud, int run, int seed, string profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        var started = Stopwatch.GetTimestamp();
        var random = new Random(seed);
        await cloud.Admin.ResetAsync(cancellationToken);
        var variants = (await cloud.Admin.SetVariantsAsync(profile, null, cancellationToken, seed)).Variants
            .ToDictionary(v => v.Key, v => v.Value.ValueKind == System.Text.Json.JsonValueKind.String ? v.Value.GetString()! : v.Value.GetRawText(), StringComparer.Ordinal);
        var transition = s_transitionSeconds[random.Next(s_transitionSeconds.Length)];
        await cloud.Admin.SetTransitionsAsync(
            new Dictionary<string, double> { [EmulatorTransitions.All] = transition, [EmulatorTransitions.VpcPending] = 0.05 },
            cancellationToken);

        var plans = Enumerable.Range(0, random.Next(1, 4)).Select(i => PartPlan.Random(i, random)).ToList();
        var faults = InjectedFault.RandomPlan(random, run);
        var description = $"{string.Join(" + ", plans)}, transitions {transition} s; faults [{string.Join("; ", faults)}]"
            + (profile == EmulatorVariants.Strict ? "" : $"; variants {string.Join(", ", variants.Select(v => $"{v.Key}={v.Value}"))}");
        var leaks = new LeakScanner();

        await using var engine = await Stacks.StartAsync(cloud.Emulator.Endpoint, LeakCheckKeys.Plugin, cancellationToken, new PulumiEngineOptions { ContinueOnError = true });
        try
        {
            await StartingState.BuildAsync(cloud, engine, plans, cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidOperationException($"run {run} (seed {seed}): {description}: {exception.Message}", exception);
        }

        var resources = engine.State.Resources;
        var before = await cloud.SnapshotAsync(cancellationToken);
        var setupRequests = (await cloud.PluginRequestsAsync(cancellationToken)).Count;
        foreach (var fault in faults)
        {
            await cloud.Admin.AddFaultAsync(fault.Rule, cancellationToken);
        }

        var destroy = await engine.DestroyAsync(cancellationToken: cancellationToken);
        var fired = await FiredAsync(cloud, faults, cancellationToken);
        await cloud.Admin.ClearFaultsAsync(cancellationToken);
        var after = await cloud.SnapshotAsync(cancellationToken);
        var requests = (await cloud.PluginRequestsAsync(cancellationToken)).Skip(setupRequests).ToList();
        var violations = DestroyInvariants.Check(new DestroyEvidence(before, after, resources, destroy, requests)).ToList();
        leaks.ScanOperation(destroy, $"run {run} destroy");

        var remaining = engine.State.Resources;
        var rerun = await engine.DestroyAsync(cancellationToken: cancellationToken);
        var final = await cloud.SnapshotAsync(cancellationToken);
        var rerunRequests = (await cloud.PluginRequestsAsync(cancellationToken)).Skip(setupRequests + requests.Count).ToList();
        violations.AddRange(DestroyInvariants.Check(new DestroyEvidence(after, final, remaining, rerun, rerunRequests)).Select(v => "re-run: " + v));
        var convergence = Convergence.Check(resources, engine.State, rerun, final);
        leaks.ScanOperation(rerun, $"run {run} re-run");
        leaks.ScanState(engine.State, $"run {run}");
        leaks.ScanCloudText($"run {run} emulator request log", await cloud.AdminTextAsync("requests", cancellationToken));

        return new RunReport(
            run,
            seed,
            description,
            resources.Count,
            fired,
            DeletedUnderFaults: resources.Count(r => remaining.All(s => s.Urn != r.Urn)),
            FailedUnderFaults: destroy.Failed.Count(),
            convergence,
            violations,
            leaks.Leaks,
            Stopwatch.GetElapsedTime(started))
        {
            Variants = variants,
        };
    }

    /// <summary>Firings per kind: each rule's count minus what is left of it.</summary>
    private static async Task<IReadOnlyDictionary<string, int>> FiredAsync(Cloud cloud, IReadOnlyList<InjectedFault> faults, CancellationToken cancellationToken)
    {
        var remaining = await cloud.RemainingFaultFiringsAsync(cancellationToken);
        return faults
            .GroupBy(f => f.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Rule.Count!.Value - remaining.GetValueOrDefault(f.Rule.Message!, 0)), StringComparer.Ordinal);
    }
}
