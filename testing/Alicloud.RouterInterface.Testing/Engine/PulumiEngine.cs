using Grpc.Core;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>
/// The stand-in for the Pulumi CLI and engine: replays the engine's call sequences (§4 of the protocol sheet) against
/// the real plugin binary. Every operation loads the provider afresh (start, Handshake, GetPluginInfo, configuration),
/// runs its steps, then closes it (Cancel, SIGINT, wait, kill), like one CLI command. The stack state and config
/// persist across operations. Cancelling an operation's token is Ctrl-C: Cancel to the provider, no new steps,
/// running steps end with the provider's answer, and the result says <see cref="OperationResult.Cancelled"/>.
/// </summary>
public sealed partial class PulumiEngine : IAsyncDisposable
{
    private PulumiEngine(PulumiEngineOptions options, FakeEngineServer engineServer)
    {
        Options = options;
        EngineServer = engineServer;
        State = new StackState(options.Stack, options.Project);
    }

    public PulumiEngineOptions Options { get; }

    /// <summary>The engine's gRPC server the plugin logs to; records every Log call.</summary>
    public FakeEngineServer EngineServer { get; }

    public StackState State { get; }

    /// <summary>The package's stack config (<c>pulumi config set alicloud-routerinterface:&lt;key&gt;</c>; keys without the prefix).</summary>
    public Dictionary<string, ConfigValue> Config { get; } = new(StringComparer.Ordinal);

    public static async Task<PulumiEngine> StartAsync(PulumiEngineOptions? options = null, CancellationToken cancellationToken = default)
    {
        var server = await FakeEngineServer.StartAsync(cancellationToken);
        return new PulumiEngine(options ?? new PulumiEngineOptions(), server);
    }

    /// <summary>
    /// <c>pulumi up</c>: CheckConfig → [DiffConfig] → Configure, then per registration Check → Create, or Check → Diff →
    /// Same/Update/Replace, in dependency order with up to <c>parallel</c> steps at once; then deletes of resources the
    /// program no longer declares (and replaced ones), dependents first.
    /// </summary>
    public Task<OperationResult> UpAsync(StackProgram program, int? parallel = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        return RunAsync(OperationKind.Up, dryRun: false, deployment => DeployAsync(deployment, program, parallel ?? Options.Parallel), cancellationToken);
    }

    /// <summary><c>pulumi preview</c>: like up with <c>preview = true</c>; the state is not changed and Delete is never called.</summary>
    public Task<OperationResult> PreviewAsync(StackProgram program, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        return RunAsync(OperationKind.Preview, dryRun: true, deployment => DeployAsync(deployment, program, Options.Parallel), cancellationToken);
    }

    /// <summary><c>pulumi refresh</c>: Configure from the state, then Read every resource; an empty ID removes it from the state.</summary>
    public Task<OperationResult> RefreshAsync(CancellationToken cancellationToken = default) =>
        RunAsync(OperationKind.Refresh, dryRun: false, async deployment =>
        {
            if (!await deployment.ConfigureFromStateAsync(Config) || await ProvidersFromStateAsync(deployment) is not { } providers)
            {
                return;
            }

            var resources = State.Resources;
            var skipped = await StepScheduler.RunInDependencyOrderAsync(
                resources, _ => [], Options.Parallel, r => providers.For(r.Provider).RefreshAsync(r), continueOnError: true, () => deployment.Interrupted);
            RecordSkipped(deployment, skipped, StepKind.Refresh);
        }, cancellationToken);

    /// <summary><c>pulumi import &lt;type&gt; &lt;name&gt; &lt;id&gt;</c>: configure from the stack config, Read with the ID only, then Check.</summary>
    public Task<OperationResult> ImportAsync(string type, string name, string id, CancellationToken cancellationToken = default) =>
        RunAsync(OperationKind.Import, dryRun: false, async deployment =>
        {
            if (await deployment.ConfigureFromProgramAsync(Config))
            {
                await deployment.ImportAsync(type, name, id);
            }
        }, cancellationToken);

    /// <summary>
    /// <c>pulumi destroy [--parallel N]</c>: Configure from the state (no CheckConfig), then Delete every resource in
    /// reverse-dependency antichains with up to N at once; <c>customTimeouts.delete</c> becomes <c>DeleteRequest.timeout</c>
    /// in seconds; a failed delete keeps its resource and stops further scheduling (unless ContinueOnError).
    /// </summary>
    public Task<OperationResult> DestroyAsync(int? parallel = null, CancellationToken cancellationToken = default)
    {
        if (State.Resources.Count == 0)
        {
            // Nothing to delete: the CLI loads no provider at all.
            State.SetProvider(null);
            return Task.FromResult(new OperationResult { Kind = OperationKind.Destroy, Resources = [], Errors = [], Logs = [] });
        }

        return RunAsync(OperationKind.Destroy, dryRun: false, async deployment =>
        {
            if (!await deployment.ConfigureFromStateAsync(Config) || await ProvidersFromStateAsync(deployment) is not { } providers)
            {
                return;
            }

            await DeleteAllAsync(providers, State.Resources, parallel ?? Options.Parallel, StepKind.Delete);
            DropUnusedProviders();
            if (State.Resources.Count == 0)
            {
                State.SetProvider(null);
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Loads the provider like an operation does (start, Handshake, GetPluginInfo) and hands it over for raw calls; the
    /// caller configures it if needed. Disposing the session is the engine's close (Cancel, SIGINT, wait, kill).
    /// </summary>
    public Task<ProviderSession> OpenSessionAsync(CancellationToken cancellationToken = default) =>
        ProviderSession.OpenAsync(Options, EngineServer.Address, PulumiConfig(), cancellationToken);

    public async ValueTask DisposeAsync() => await EngineServer.DisposeAsync();

    private async Task DeployAsync(Deployment deployment, StackProgram program, int parallel)
    {
        if (!await deployment.ConfigureFromProgramAsync(Config))
        {
            return;
        }

        // Each explicit provider the program uses: its own plugin process, configured from its own arguments.
        var providers = new ProviderDeployments(deployment);
        foreach (var name in program.Resources.Select(r => r.Provider).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var provider = program.Providers.FirstOrDefault(p => p.Name == name)
                ?? throw new ArgumentException($"A resource names provider '{name}', which the program does not declare.", nameof(program));
            if (await OpenProviderAsync(deployment, ProviderUrn(name), child => child.ConfigureFromProgramAsync(provider.Config)) is not { } child)
            {
                return;
            }

            providers.Add(child);
        }

        var byName = program.Resources.ToDictionary(r => r.Name, StringComparer.Ordinal);
        string UrnOf(ResourceDeclaration r) => Urns.Create(State.Stack, State.Project, r.Type, r.Name);
        var skipped = await StepScheduler.RunInDependencyOrderAsync(
            program.Resources,
            declaration => declaration.DependsOn.Select(name => byName[name]),
            parallel,
            declaration => providers.For(declaration.Provider is null ? null : ProviderUrn(declaration.Provider))
                .RegisterAsync(declaration, [.. declaration.DependsOn.Select(name => UrnOf(byName[name]))]),
            Options.ContinueOnError,
            () => deployment.ShouldStop);
        foreach (var declaration in skipped)
        {
            deployment.RecordSkipped(UrnOf(declaration), declaration.Name, declaration.Type, StepKind.Create, "not run: an earlier step failed or the operation was cancelled");
        }

        if (deployment.DryRun || deployment.ShouldStop)
        {
            return;
        }

        var declared = program.Resources.Select(UrnOf).ToHashSet(StringComparer.Ordinal);
        var obsolete = State.Resources.Where(r => r.PendingDelete || !declared.Contains(r.Urn)).ToList();
        if (obsolete.Count > 0 && await ProvidersFromStateAsync(deployment, providers) is { } all)
        {
            await DeleteAllAsync(all, obsolete, parallel, StepKind.Delete);
        }

        DropUnusedProviders();
    }

    private string ProviderUrn(string name) => Urns.Provider(State.Stack, State.Project, Options.Package, name);

    /// <summary>Loads a provider's plugin (its own process) for the operation and configures it; null (with an error) when that fails.</summary>
    private async Task<Deployment?> OpenProviderAsync(Deployment root, string urn, Func<Deployment, Task<bool>> configure)
    {
        ProviderSession session;
        try
        {
            session = await ProviderSession.OpenAsync(Options, EngineServer.Address, PulumiConfig(), CancellationToken.None);
        }
        catch (Exception exception) when (exception is PluginLaunchException or RpcException)
        {
            root.AddError($"could not load the provider {urn}: {exception.Message}");
            return null;
        }

        var child = root.ForProvider(session, urn);
        return await configure(child) ? child : null;
    }

    /// <summary>destroy/refresh (and up's deletes): every explicit provider in the state, configured from its stored inputs.</summary>
    private async Task<ProviderDeployments?> ProvidersFromStateAsync(Deployment root, ProviderDeployments? known = null)
    {
        var providers = known ?? new ProviderDeployments(root);
        var needed = State.Resources.Select(r => r.Provider).OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var urn in needed.Where(u => !providers.Has(u)))
        {
            if (await OpenProviderAsync(root, urn, child => child.ConfigureFromStateAsync(Config)) is not { } child)
            {
                return null;
            }

            providers.Add(child);
        }

        return providers;
    }

    /// <summary>An explicit provider no resource uses any more leaves the state (the engine deletes provider resources too).</summary>
    private void DropUnusedProviders()
    {
        var used = State.Resources.Select(r => r.Provider).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var entry in State.ExplicitProviders.Where(e => !used.Contains(e.Urn)))
        {
            State.RemoveProviderEntry(entry.Urn);
        }
    }

    private async Task DeleteAllAsync(ProviderDeployments providers, IReadOnlyList<StackResource> resources, int parallel, StepKind step)
    {
        var deployment = providers.Root;
        var skipped = await StepScheduler.RunInReverseDependencyOrderAsync(
            resources,
            resource => resources.Where(other => resource.Dependencies.Contains(other.Urn) && !ReferenceEquals(other, resource)),
            parallel,
            resource => providers.For(resource.Provider).DeleteAsync(resource, resource.PendingDelete ? StepKind.DeleteReplaced : step),
            Options.ContinueOnError,
            () => deployment.ShouldStop);
        RecordSkipped(deployment, skipped, step);
    }

    private static void RecordSkipped(Deployment deployment, IEnumerable<StackResource> skipped, StepKind step)
    {
        foreach (var resource in skipped)
        {
            deployment.RecordSkipped(resource.Urn, resource.Name, resource.Type, step, "not run: an earlier step failed or the operation was cancelled");
        }
    }

    private async Task<OperationResult> RunAsync(OperationKind kind, bool dryRun, Func<Deployment, Task> body, CancellationToken cancellationToken)
    {
        var started = Options.TimeProvider.GetTimestamp();
        var firstLog = EngineServer.LogCount;
        ProviderSession session;
        try
        {
            session = await ProviderSession.OpenAsync(Options, EngineServer.Address, PulumiConfig(), CancellationToken.None);
        }
        catch (Exception exception) when (exception is PluginLaunchException or RpcException)
        {
            return new OperationResult
            {
                Kind = kind,
                Resources = [],
                Errors = [$"could not load the provider: {exception.Message}"],
                Logs = EngineServer.LogsSince(firstLog),
                ShowDebug = Options.ShowDebug,
                Duration = Options.TimeProvider.GetElapsedTime(started),
            };
        }

        var deployment = new Deployment(Options, State, session, dryRun);
        await using (cancellationToken.Register(deployment.Interrupt))
        {
            await body(deployment);
        }

        await deployment.WaitForInterruptAsync();
        var sessions = deployment.Sessions;
        foreach (var exited in sessions.Select(s => s.Plugin).Where(p => p is { HasExited: true }))
        {
            deployment.AddError($"the plugin exited prematurely (exit code {exited!.ExitCode}); this is always a bug in the provider");
        }

        var processIds = sessions.Select(s => s.Plugin?.ProcessId).OfType<int>().ToList();
        foreach (var other in sessions.Skip(1))
        {
            await other.ShutdownAsync();
        }

        var shutdown = await session.ShutdownAsync();
        return new OperationResult
        {
            Kind = kind,
            Resources = deployment.Outcomes,
            Errors = deployment.Errors,
            Logs = EngineServer.LogsSince(firstLog),
            ShowDebug = Options.ShowDebug,
            Cancelled = deployment.Interrupted,
            Duration = Options.TimeProvider.GetElapsedTime(started),
            Shutdown = session.Plugin is null ? null : shutdown,
            PluginStandardError = string.Concat(sessions.Select(s => s.Plugin?.StandardError ?? "")),
            PluginProcessIds = processIds,
            PluginStandardOutput = session.Plugin?.StandardOutput ?? "",
        };
    }

    private Dictionary<string, string> PulumiConfig() => Config.ToDictionary(kv => kv.Key, kv => kv.Value.Value, StringComparer.Ordinal);
}
