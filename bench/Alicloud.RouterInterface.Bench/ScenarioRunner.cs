using System.Globalization;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// Runs one scenario against a fresh emulator: seed, destroy with our plugin (measured), reset, seed again, remove the
/// route entries (untimed), replay Terraform's legacy delete (measured). Transition times, the request limit and the
/// injected throttling apply to both measured phases alike.
/// </summary>
public sealed class ScenarioRunner(BenchSettings settings, TextWriter log)
{
    /// <summary>The plugin's client-side request budget (see the provider README); set to the emulator's limit.</summary>
    public const string RequestsPerSecondVariable = "ALICLOUD_ROUTERINTERFACE_REQUESTS_PER_SECOND";

    /// <summary>The folder where the plugin processes of one account share their budget (see the provider README).</summary>
    public const string BudgetDirectoryVariable = "ALICLOUD_ROUTERINTERFACE_BUDGET_DIR";

    public async Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await using var emulator = await EmulatorProcess.StartAsync(new EmulatorStartOptions
        {
            BinaryPath = settings.EmulatorBinary,
            Transitions = BenchTransitions.Realistic,
            Seed = settings.Seed,
            Variants = scenario.Variants,
        }, cancellationToken);
        using var clients = new BenchClients(emulator, settings.Time);
        var seeder = new FleetSeeder(emulator, clients, settings.PluginBinary);

        await log.WriteLineAsync($"[{scenario.Name}] seeding {scenario.Pairs} pair(s)…");
        await SetUnlistedQuotaAsync(emulator, 0, cancellationToken);
        DestroyFigures ours;
        double roundTripMs;
        IReadOnlyDictionary<string, double> transitions;
        var fleets = new List<Fleet>();
        var engines = new List<PulumiEngine>();
        var budgetFolder = Path.Combine(Path.GetTempPath(), $"ri-bench-budget-{Environment.ProcessId}-{scenario.Name}");
        try
        {
            for (var i = 0; i < scenario.Processes; i++)
            {
                var swapped = scenario.MixedRegion && i % 2 == 1;
                fleets.Add(await seeder.SeedAsync(
                    scenario.PairsPerProcess,
                    swapped ? FleetTopology.AcceptorRegion : FleetTopology.InitiatorRegion,
                    swapped ? FleetTopology.InitiatorRegion : FleetTopology.AcceptorRegion,
                    scenario.Processes > 1 ? $"-{i}" : "",
                    scenario.Place,
                    cancellationToken));
            }

            var warmUp = scenario.Informed ? await seeder.SeedAsync(1, FleetTopology.InitiatorRegion, FleetTopology.AcceptorRegion, "-warm-up", scenario.Place, cancellationToken) : null;
            (transitions, roundTripMs) = await PrepareAsync(emulator, clients, fleets[0], scenario, settings.Time, cancellationToken);
            if (warmUp is not null)
            {
                await WarmUpAsync(warmUp, scenario, budgetFolder, cancellationToken);
            }

            await log.WriteLineAsync($"[{scenario.Name}] destroying with {scenario.Processes} plugin process(es) (parallel {scenario.Parallel} each)…");
            foreach (var fleet in fleets)
            {
                engines.Add(await DestroyEngineAsync(fleet, scenario, budgetFolder, cancellationToken));
            }

            ours = await OurDestroy.RunAsync(emulator, [.. engines.Zip(fleets)], settings.Time, scenario.Parallel, cancellationToken);
            await log.WriteLineAsync($"[{scenario.Name}] ours: {ours.WallSeconds:0.00} s, {ours.Requests.Total} calls{Problems(ours)}");
            await DumpAsync(emulator, $"{scenario.Name}-ours", cancellationToken);
        }
        finally
        {
            foreach (var engine in engines)
            {
                await engine.DisposeAsync();
            }

            foreach (var fleet in fleets)
            {
                await fleet.DisposeAsync();
            }

            if (Directory.Exists(budgetFolder))
            {
                Directory.Delete(budgetFolder, recursive: true);
            }
        }

        DestroyFigures? terraform = null;
        if (!settings.SkipTerraform)
        {
            await emulator.Admin.ClearFaultsAsync(cancellationToken);
            await emulator.Admin.ResetAsync(cancellationToken);
            await SetUnlistedQuotaAsync(emulator, 0, cancellationToken);
            await log.WriteLineAsync($"[{scenario.Name}] seeding again for the Terraform replay…");
            // Several Terraform processes at parallel P each replay as one pool of Processes × P workers over all their resources.
            await using var fleet = await seeder.SeedAsync(scenario.Pairs, scenario.Place, cancellationToken);
            await RouteEntryRemover.RemoveAsync(clients.Client, fleet, cancellationToken);
            await PrepareAsync(emulator, clients, fleet, scenario, settings.Time, cancellationToken);
            terraform = await new TerraformLegacyReplay(clients.Client, new TerraformTimings(), settings.Time)
                .RunAsync(emulator, fleet, scenario.Parallel * scenario.Processes, cancellationToken);
            await log.WriteLineAsync($"[{scenario.Name}] terraform replay: {terraform.WallSeconds:0.00} s, {terraform.Requests.Total} calls{Problems(terraform)}");
            await DumpAsync(emulator, $"{scenario.Name}-terraform", cancellationToken);
        }

        // each process's stack on routers of its own, the rate bound over all of them (one account)
        var routers = Enumerable.Range(0, scenario.Processes).Select(f => (IReadOnlyList<(string, string)>)[..
            Enumerable.Range(0, scenario.PairsPerProcess).Select(i => scenario.Place(i, scenario.PairsPerProcess))
                .Select(p => ($"{f}-initiator-{p.Initiator}", $"{f}-acceptor-{p.Acceptor}"))]).ToList();
        // a deleted interface still lists as Deleting for the listing lag (B5): no delete can see it gone sooner
        var variants = await emulator.Admin.GetVariantsAsync(cancellationToken);
        var listingLag = double.Parse(variants.Value(EmulatorVariants.DeleteListingLagSeconds), CultureInfo.InvariantCulture);
        var bound = LowerBound.Compute(routers, scenario.Parallel, scenario.Qps, new BoundPhysics(
            transitions[EmulatorTransitions.Deactivating], transitions[EmulatorTransitions.Deleting] + listingLag,
            transitions[EmulatorTransitions.RouteEntryDeleting], roundTripMs / 1000));
        return new ScenarioResult
        {
            Scenario = scenario,
            Transitions = transitions,
            RoundTripMs = roundTripMs,
            DeleteListingLagSeconds = listingLag,
            Bound = bound,
            Ours = ours,
            Terraform = terraform,
        };
    }

    /// <summary>An unmeasured destroy of <paramref name="fleet"/> by a process of its own with the scenario's budget folder (<see cref="Scenario.Informed"/>).</summary>
    private async Task WarmUpAsync(Fleet fleet, Scenario scenario, string budgetFolder, CancellationToken cancellationToken)
    {
        await using (fleet)
        {
            await log.WriteLineAsync($"[{scenario.Name}] an earlier process destroys a pair with the same budget folder (not measured)…");
            await using var engine = await DestroyEngineAsync(fleet, scenario, budgetFolder, cancellationToken);
            var result = await engine.DestroyAsync(scenario.Parallel, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"[{scenario.Name}] the warm-up destroy failed: {string.Join("; ", result.Errors)}");
            }
        }
    }

    /// <summary>The emulator's request log as one line per call (time, action, code, the interface or entry it names).</summary>
    private async Task DumpAsync(EmulatorProcess emulator, string name, CancellationToken cancellationToken)
    {
        if (!settings.DumpRequests)
        {
            return;
        }

        var lines = (await emulator.Admin.GetRequestsAsync(null, cancellationToken)).Select(r => string.Join('\t',
            r.Time.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture), r.Action, r.Code ?? "OK",
            r.Parameters.GetValueOrDefault("RouterInterfaceId") ?? r.Parameters.GetValueOrDefault("Filter.1.Value.1") ?? r.Parameters.GetValueOrDefault("RouteTableId") ?? ""));
        Directory.CreateDirectory(settings.ResultsDirectory);
        await File.WriteAllLinesAsync(Path.Combine(settings.ResultsDirectory, name + "-requests.tsv"), lines, cancellationToken);
    }

    private static string Problems(DestroyFigures figures) =>
        figures.Succeeded ? "" : $" — FAILED: {string.Join("; ", figures.Failures.Take(3))}";

    /// <summary>Realistic transitions, a round-trip sample, then the scenario's limit and faults (so the sample is not throttled).</summary>
    private static async Task<(IReadOnlyDictionary<string, double> Transitions, double RoundTripMs)> PrepareAsync(
        EmulatorProcess emulator, BenchClients clients, Fleet fleet, Scenario scenario, TimeProvider time, CancellationToken cancellationToken)
    {
        var transitions = await emulator.Admin.SetTransitionsAsync(BenchTransitions.Realistic, cancellationToken);
        var probe = fleet.Pairs[0];
        var samples = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var sent = time.GetTimestamp();
            await clients.Client.DescribeRouterInterfacesAsync(probe.InitiatorVpc.RegionId, [probe.InitiatorId], cancellationToken);
            samples.Add(time.GetElapsedTime(sent).TotalMilliseconds);
        }

        await emulator.Admin.SetLimitsAsync(new EmulatorLimitSettings(Qps: scenario.Qps), cancellationToken);
        await SetUnlistedQuotaAsync(emulator, scenario.UnlistedQuota, cancellationToken);
        if (scenario.ThrottleProbability > 0)
        {
            await emulator.Admin.AddFaultAsync(new FaultRule { Action = "*", Code = "Throttling.User", Probability = scenario.ThrottleProbability }, cancellationToken);
        }

        // a fresh second for the limit: the bucket starts full, as it would for a destroy after a quiet period
        await Task.Delay(TimeSpan.FromSeconds(scenario.Qps > 0 ? 1.5 : 0.1), time, cancellationToken);
        return (transitions, Percentiles.Median(samples));
    }

    /// <summary>B9's quota (0 = none): seeding needs many looks at the interfaces it creates, which a quota of 30 per 60 s would stretch to minutes.</summary>
    private static Task SetUnlistedQuotaAsync(EmulatorProcess emulator, int quota, CancellationToken cancellationToken) =>
        emulator.Admin.SetVariantsAsync(null, new Dictionary<string, string> { [EmulatorVariants.UnlistedQuota] = quota.ToString(CultureInfo.InvariantCulture) }, cancellationToken);

    /// <summary>An engine for the destroy with the plugin's request budget in its environment, holding the seeded state.</summary>
    private async Task<PulumiEngine> DestroyEngineAsync(Fleet fleet, Scenario scenario, string budgetFolder, CancellationToken cancellationToken)
    {
        // "off": no shared file, each process counts alone (plugins on different machines)
        var environment = new Dictionary<string, string?> { [BudgetDirectoryVariable] = scenario.SharedBudget ? budgetFolder : "off" };
        if (scenario.Qps > 0)
        {
            environment[RequestsPerSecondVariable] = scenario.Qps.ToString(CultureInfo.InvariantCulture);
        }

        var engine = await PulumiEngine.StartAsync(new PulumiEngineOptions
        {
            PluginBinary = settings.PluginBinary,
            Stack = fleet.Engine.Options.Stack,
            Parallel = scenario.Parallel,
            PluginEnvironment = environment,
            PluginArguments = settings.PluginVerbose ? ["-v=1"] : [],
        }, cancellationToken);
        foreach (var (key, value) in fleet.Engine.Config)
        {
            engine.Config[key] = value;
        }

        engine.State.SetProvider(fleet.Engine.State.Provider);
        foreach (var resource in fleet.Engine.State.Resources)
        {
            engine.State.Upsert(resource);
        }

        return engine;
    }
}
