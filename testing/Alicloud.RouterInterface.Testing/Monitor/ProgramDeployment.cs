using System.Collections.Concurrent;
using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// One operation of a program-driven stack, the engine's side of the resource monitor: each registration becomes the
/// steps the harness's engine plays against the plugin (<see cref="Deployment"/>: Check, Diff, Create/Update/Same/
/// Replace), at most <c>parallel</c> at once; each provider resource loads a plugin process of its own and configures
/// it (CheckConfig, DiffConfig, Configure); after the program, the resources it no longer registers are deleted in
/// reverse dependency order. Order comes from the program itself, as in the engine: the SDK sends a registration only
/// once every input it depends on has resolved.
/// </summary>
internal sealed class ProgramDeployment
{
    private readonly ProgramEngineOptions _options;
    private readonly PulumiEngineOptions _engine;
    private readonly ProgramState _state;
    private readonly string _engineAddress;
    private readonly IReadOnlyDictionary<string, ConfigValue> _config;
    private readonly SemaphoreSlim _steps;
    private readonly ConcurrentDictionary<string, Lazy<Task<LoadedProvider>>> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _registered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ComponentResource> _components = new(StringComparer.Ordinal);
    private readonly List<RegisterResourceRequest> _registrations = [];
    private readonly List<string> _errors = [];
    private readonly List<ResourceOutcome> _outcomes = [];
    private readonly Lock _gate = new();
    private volatile bool _stopped;

    public ProgramDeployment(ProgramEngineOptions options, ProgramState state, string engineAddress, IReadOnlyDictionary<string, ConfigValue> config, bool dryRun, int parallel)
    {
        _options = options;
        _engine = options.Engine;
        _state = state;
        _engineAddress = engineAddress;
        _config = config;
        DryRun = dryRun;
        Parallel = Math.Max(1, parallel);
        _steps = new SemaphoreSlim(Parallel);
    }

    public bool DryRun { get; }

    public int Parallel { get; }

    public IReadOnlyList<RegisterResourceRequest> Registrations
    {
        get
        {
            lock (_gate)
            {
                return [.. _registrations];
            }
        }
    }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    public void AddError(string error)
    {
        lock (_gate)
        {
            _errors.Add(error);
        }
    }

    /// <summary>ResourceMonitor.RegisterResource: a component is recorded, a provider loaded and configured, a custom resource stepped.</summary>
    public async Task<RegisterResourceResponse> RegisterAsync(RegisterResourceRequest request)
    {
        lock (_gate)
        {
            _registrations.Add(request.Clone());
        }

        if (_stopped)
        {
            // After a failed step the engine cancels the deployment and the monitor turns registrations away
            // (source_eval.go, RegisterResource: "resource monitor shut down while sending resource registration").
            throw new RpcException(new Status(StatusCode.Unavailable, "resource monitor shut down while sending resource registration"));
        }

        if (!request.Custom)
        {
            return RegisterComponent(request);
        }

        if (request.Remote || request.ImportId.Length > 0 || request.DeletedWith.Length > 0)
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"{request.Name}: remote components, import and deletedWith are not modelled by the engine harness"));
        }

        var parentType = ParentTypeOf(request.Parent);
        if (parentType is not null)
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"{request.Name}: resources parented to a component ({parentType}) are not modelled by the engine harness"));
        }

        try
        {
            return request.Type.StartsWith(ProviderTypePrefix, StringComparison.Ordinal)
                ? await RegisterProviderAsync(request)
                : await RegisterCustomAsync(request);
        }
        catch (ProviderLoadException exception)
        {
            // The provider could not be loaded or configured (already an operation error): the registration fails with it.
            throw new RpcException(new Status(StatusCode.Unknown, $"{request.Name}: {exception.Message}"));
        }
    }

    /// <summary>ResourceMonitor.RegisterResourceOutputs: the outputs of a component (the stack's outputs).</summary>
    public void RegisterOutputs(RegisterResourceOutputsRequest request)
    {
        if (!_components.TryGetValue(request.Urn, out var component))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"no component resource {request.Urn} was registered"));
        }

        var updated = component with { Outputs = request.Outputs?.Clone() ?? new Struct() };
        _components[request.Urn] = updated;
        if (!DryRun)
        {
            _state.UpsertComponent(updated);
        }
    }

    /// <summary>After the program: delete what it no longer registers (unless it failed or this is a preview).</summary>
    public async Task FinishUpAsync(bool programSucceeded)
    {
        // A provider loaded for the first time by a preview or a failed run has no stored entry: not in the state.
        foreach (var partition in _state.Providers.Where(p => p.Entry is null && p.State.Resources.Count == 0))
        {
            _state.RemoveProvider(partition);
        }

        if (DryRun || !programSucceeded || _stopped)
        {
            return;
        }

        var obsolete = new List<(ProviderPartition Partition, StackResource Resource)>();
        foreach (var partition in _state.Providers)
        {
            obsolete.AddRange(partition.State.Resources
                .Where(r => r.PendingDelete || !_registered.ContainsKey(r.Urn))
                .Select(r => (partition, r)));
        }

        await DeleteAsync(obsolete);
        foreach (var partition in _state.Providers.Where(p => !_registered.ContainsKey(p.Urn) && p.State.Resources.Count == 0))
        {
            _state.RemoveProvider(partition);
        }

        _state.RemoveComponents(c => !_registered.ContainsKey(c.Urn));
    }

    /// <summary><c>pulumi destroy</c>: every resource, dependents first; then the providers and the stack once nothing is left.</summary>
    public async Task DestroyAsync()
    {
        var all = _state.Providers.SelectMany(p => p.State.Resources.Select(r => (p, r))).ToList();
        await DeleteAsync(all);
        foreach (var partition in _state.Providers.Where(p => p.State.Resources.Count == 0))
        {
            _state.RemoveProvider(partition);
        }

        if (_state.Providers.Count == 0)
        {
            _state.RemoveComponents(_ => true);
        }
    }

    /// <summary>The steps in the order they ended, and each plugin's output once it is closed (Cancel, SIGINT, wait, kill).</summary>
    public async Task<(IReadOnlyList<ResourceOutcome> Outcomes, string StandardError, string StandardOutput, int Processes)> ShutdownAsync()
    {
        var stderr = new List<string>();
        var stdout = new List<string>();
        var processes = 0;
        foreach (var lazy in _loaded.Values)
        {
            LoadedProvider loaded;
            try
            {
                loaded = await lazy.Value;
            }
            catch (Exception exception) when (exception is PluginLaunchException or RpcException or ProviderLoadException)
            {
                continue; // reported when it happened
            }

            foreach (var error in loaded.Deployment.Errors)
            {
                AddError($"{loaded.Partition.Name}: {error}");
            }

            await loaded.Session.ShutdownAsync();
            if (loaded.Session.Plugin is { } plugin)
            {
                processes++;
                stderr.Add(plugin.StandardError);
                stdout.Add(plugin.StandardOutput);
            }
        }

        lock (_gate)
        {
            return ([.. _outcomes], string.Join('\n', stderr), string.Join('\n', stdout), processes);
        }
    }

    private RegisterResourceResponse RegisterComponent(RegisterResourceRequest request)
    {
        var urn = Urns.Create(_state.Stack, _state.Project, request.Type, request.Name);
        _registered[urn] = 0;
        var old = _state.Components.FirstOrDefault(c => c.Urn == urn);
        var component = new ComponentResource(urn, request.Type, request.Name, request.Parent, old?.Outputs ?? new Struct());
        _components[urn] = component;
        if (!DryRun)
        {
            _state.UpsertComponent(component);
        }

        // Component outputs are not sent back (source_eval.go: "Local ComponentResources may contain unresolved
        // resource refs, so ignore those outputs").
        return new RegisterResourceResponse { Urn = urn, Object = new Struct() };
    }

    private async Task<RegisterResourceResponse> RegisterProviderAsync(RegisterResourceRequest request)
    {
        var package = request.Type[ProviderTypePrefix.Length..];
        if (package != _engine.Package)
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"{request.Name}: the engine harness loads only the {_engine.Package} plugin, not {package}"));
        }

        var urn = Urns.Create(_state.Stack, _state.Project, request.Type, request.Name);
        var inputs = request.Object?.Clone() ?? new Struct();
        if (request.Version.Length > 0)
        {
            // The engine writes the requested plugin version into the provider's inputs (source_eval.go,
            // RegisterResource: providers.SetProviderVersion).
            inputs.Fields["version"] = Value.ForString(request.Version);
        }

        _registered[urn] = 0;
        var loaded = await LoadAsync(urn, request.Name, ConfigValues(inputs), fromState: false);
        var id = loaded.Deployment.ConfiguredProviderId ?? "";
        return new RegisterResourceResponse
        {
            Urn = urn,
            Id = id,
            Object = StripUnknowns(loaded.Partition.Entry?.Inputs ?? inputs, request.SupportsPartialValues),
        };
    }

    private async Task<RegisterResourceResponse> RegisterCustomAsync(RegisterResourceRequest request)
    {
        var loaded = await ProviderForAsync(request);
        var urn = Urns.Create(_state.Stack, _state.Project, request.Type, request.Name);
        _registered[urn] = 0;
        var timeouts = request.CustomTimeouts;
        var declaration = new ResourceDeclaration(request.Type, request.Name, request.Object?.Clone() ?? new Struct())
        {
            CustomTimeouts = timeouts is null ? null : CustomTimeouts.Parse(timeouts.Create, timeouts.Update, timeouts.Delete),
            DeleteBeforeReplace = request.DeleteBeforeReplace,
            Protect = request.HasProtect && request.Protect,
            RetainOnDelete = request.HasRetainOnDelete && request.RetainOnDelete,
            IgnoreChanges = [.. request.IgnoreChanges],
        };
        bool succeeded;
        await _steps.WaitAsync();
        try
        {
            succeeded = await StepAsync(loaded, urn, () => loaded.Deployment.RegisterAsync(declaration, [.. request.Dependencies.Distinct(StringComparer.Ordinal)]));
        }
        finally
        {
            _steps.Release();
        }

        var outcome = loaded.Deployment.Outcomes.Last(o => o.Urn == urn);
        if (!succeeded)
        {
            _stopped = true;
            return new RegisterResourceResponse { Urn = urn, Id = outcome.Id ?? "", Object = new Struct(), Result = Result.Fail };
        }

        var outputs = MarkSecret(outcome.Outputs ?? new Struct(), request.AdditionalSecretOutputs);
        return new RegisterResourceResponse
        {
            Urn = urn,
            Id = outcome.Id ?? "",
            Object = StripUnknowns(outputs, request.SupportsPartialValues),
            Result = Result.Success,
        };
    }

    /// <summary>
    /// A function call of the program (ResourceMonitor.Invoke): the provider it names, or the package's default provider,
    /// answers through ResourceProvider.Invoke, and its return and failures go back as the engine sends them.
    /// </summary>
    public async Task<ResourceInvokeResponse> InvokeAsync(ResourceInvokeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await ProviderForAsync(request.Provider, request.Tok);
        var response = await loaded.Session.Client.InvokeAsync(new InvokeRequest { Tok = request.Tok, Args = request.Args ?? new Struct() }, loaded.Deployment.Call());
        var answer = new ResourceInvokeResponse { Return = response.Return };
        answer.Failures.AddRange(response.Failures);
        return answer;
    }

    /// <summary>The provider a custom resource names, or the package's default provider configured from the stack config.</summary>
    private Task<LoadedProvider> ProviderForAsync(RegisterResourceRequest request) => ProviderForAsync(request.Provider, request.Name);

    private async Task<LoadedProvider> ProviderForAsync(string provider, string name)
    {
        if (provider.Length == 0)
        {
            var defaultUrn = Urns.DefaultProvider(_state.Stack, _state.Project, _engine.Package);
            _registered[defaultUrn] = 0;
            return await LoadAsync(defaultUrn, Urns.DefaultProviderName, PackageConfig(), fromState: false);
        }

        if (!ProviderReference.TryParse(provider, out var urn, out _)
            || !_loaded.TryGetValue(urn, out var lazy))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"{name}: unknown provider '{provider}'"));
        }

        return await lazy.Value;
    }

    private async Task DeleteAsync(IReadOnlyList<(ProviderPartition Partition, StackResource Resource)> targets)
    {
        if (targets.Count == 0)
        {
            return;
        }

        var providers = new Dictionary<string, LoadedProvider>(StringComparer.Ordinal);
        foreach (var partition in targets.Select(t => t.Partition).Distinct())
        {
            try
            {
                // Deletes use the provider as the state stores it (destroy: Configure with the stored inputs only).
                providers[partition.Urn] = await LoadAsync(partition.Urn, partition.Name, new Dictionary<string, ConfigValue>(), fromState: true);
            }
            catch (ProviderLoadException)
            {
                // Reported; its resources stay in the state.
            }
        }

        var runnable = targets.Where(t => providers.ContainsKey(t.Partition.Urn)).ToList();
        var skipped = await StepScheduler.RunInReverseDependencyOrderAsync(
            runnable,
            node => runnable.Where(other => node.Resource.Dependencies.Contains(other.Resource.Urn) && !ReferenceEquals(other.Resource, node.Resource)),
            Parallel,
            node => StepAsync(providers[node.Partition.Urn], node.Resource.Urn, () =>
                providers[node.Partition.Urn].Deployment.DeleteAsync(node.Resource, node.Resource.PendingDelete ? StepKind.DeleteReplaced : StepKind.Delete)),
            _engine.ContinueOnError,
            () => _stopped && !_engine.ContinueOnError);
        foreach (var (partition, resource) in skipped)
        {
            await StepAsync(providers[partition.Urn], resource.Urn, () =>
            {
                providers[partition.Urn].Deployment.RecordSkipped(resource.Urn, resource.Name, resource.Type, StepKind.Delete, "not run: an earlier step failed");
                return Task.FromResult(false);
            });
        }
    }

    /// <summary>Runs one resource's step and keeps the outcomes it recorded, so the result lists steps in the order they ended.</summary>
    private async Task<bool> StepAsync(LoadedProvider loaded, string urn, Func<Task<bool>> step)
    {
        var before = loaded.Deployment.Outcomes.Count(o => o.Urn == urn);
        var succeeded = await step();
        var recorded = loaded.Deployment.Outcomes.Where(o => o.Urn == urn).Skip(before).ToList();
        lock (_gate)
        {
            _outcomes.AddRange(recorded);
        }

        return succeeded;
    }

    /// <summary>Loads a provider once per operation: a plugin process, Handshake, GetPluginInfo, then its configuration.</summary>
    private Task<LoadedProvider> LoadAsync(string urn, string name, IReadOnlyDictionary<string, ConfigValue> config, bool fromState) =>
        _loaded.GetOrAdd(urn, _ => new Lazy<Task<LoadedProvider>>(() => OpenAsync(urn, name, config, fromState))).Value;

    private async Task<LoadedProvider> OpenAsync(string urn, string name, IReadOnlyDictionary<string, ConfigValue> config, bool fromState)
    {
        var partition = _state.GetOrAddProvider(urn, name);
        ProviderSession session;
        try
        {
            session = await ProviderSession.OpenAsync(_engine with { ProgramDirectory = _options.ProgramDirectory }, _engineAddress, PluginConfig(), CancellationToken.None);
        }
        catch (Exception exception) when (exception is PluginLaunchException or RpcException)
        {
            _stopped = true;
            AddError($"{name}: could not load the provider: {exception.Message}");
            throw new ProviderLoadException(exception.Message);
        }

        var deployment = new Deployment(_engine, partition.State, session, DryRun) { ProviderName = name };
        var configured = fromState
            ? await deployment.ConfigureFromStateAsync(config)
            : await deployment.ConfigureFromProgramAsync(config);
        if (!configured)
        {
            _stopped = true;
            var errors = string.Join("; ", deployment.Errors);
            await session.ShutdownAsync();
            AddError($"{name}: {errors}");
            throw new ProviderLoadException(errors);
        }

        return new LoadedProvider(partition, session, deployment);
    }

    /// <summary>Provider inputs as the configuration <see cref="Deployment"/> checks: strings, secret flags kept.</summary>
    private static Dictionary<string, ConfigValue> ConfigValues(Struct inputs)
    {
        var result = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
        foreach (var (key, value) in inputs.Fields)
        {
            var plain = PropertyValues.Unwrap(value);
            var text = plain.KindCase == Value.KindOneofCase.StringValue ? plain.StringValue : PropertyValues.ToJson(plain);
            result[key] = new ConfigValue(text, PropertyValues.IsSecret(value));
        }

        return result;
    }

    /// <summary>The stack config of the package (<c>alicloud-routerinterface:&lt;key&gt;</c>), keys without the prefix.</summary>
    private Dictionary<string, ConfigValue> PackageConfig()
    {
        var prefix = _engine.Package + ":";
        return _config
            .Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[prefix.Length..], kv => kv.Value, StringComparer.Ordinal);
    }

    /// <summary>PULUMI_CONFIG for a plugin: the package's config, plain (the engine passes it so).</summary>
    private Dictionary<string, string> PluginConfig() => PackageConfig().ToDictionary(kv => kv.Key, kv => kv.Value.Value, StringComparer.Ordinal);

    /// <summary>The parent's type when the parent is a component other than the root stack (which URNs leave out).</summary>
    private static string? ParentTypeOf(string parent) =>
        parent.Length == 0 || Urns.TypeOf(parent) == ComponentResource.RootStackType ? null : Urns.TypeOf(parent);

    /// <summary><c>additionalSecretOutputs</c>: the named outputs are returned (and kept) as secrets.</summary>
    private static Struct MarkSecret(Struct outputs, IEnumerable<string> names)
    {
        var result = outputs.Clone();
        foreach (var name in names)
        {
            if (result.Fields.TryGetValue(name, out var value) && !PropertyValues.IsSecret(value))
            {
                result.Fields[name] = PropertyValues.Secret(value);
            }
        }

        return result;
    }

    /// <summary>An SDK that does not support partial values gets no top-level output containing an unknown (source_eval.go).</summary>
    private static Struct StripUnknowns(Struct outputs, bool supportsPartialValues)
    {
        if (supportsPartialValues)
        {
            return outputs.Clone();
        }

        var result = new Struct();
        foreach (var (key, value) in outputs.Fields.Where(kv => !PropertyValues.ContainsUnknowns(kv.Value)))
        {
            result.Fields[key] = value.Clone();
        }

        return result;
    }

    private const string ProviderTypePrefix = "pulumi:providers:";

    private sealed record LoadedProvider(ProviderPartition Partition, ProviderSession Session, Deployment Deployment);

    private sealed class ProviderLoadException(string message) : Exception(message);
}
