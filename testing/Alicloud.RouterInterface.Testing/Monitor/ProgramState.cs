using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// The checkpoint of a stack run by a real program: its component resources (the root <c>pulumi:pulumi:Stack</c>
/// and its outputs) and one <see cref="ProviderPartition"/> per provider resource, explicit or default, holding the
/// provider's stored inputs and the custom resources it manages. Kept in memory between operations, like the
/// engine's checkpoint between CLI commands; <see cref="Checkpoint"/> writes it out as the engine would store it.
/// Safe to read while an operation runs.
/// </summary>
public sealed class ProgramState
{
    private readonly Lock _gate = new();
    private readonly List<ProviderPartition> _providers = [];
    private readonly List<ComponentResource> _components = [];

    public ProgramState(string stack, string project)
    {
        Stack = stack;
        Project = project;
    }

    public string Stack { get; }

    public string Project { get; }

    /// <summary>The provider resources in the order they were first registered.</summary>
    public IReadOnlyList<ProviderPartition> Providers
    {
        get
        {
            lock (_gate)
            {
                return [.. _providers];
            }
        }
    }

    /// <summary>Component resources (the root stack), with the outputs the program registered for them.</summary>
    public IReadOnlyList<ComponentResource> Components
    {
        get
        {
            lock (_gate)
            {
                return [.. _components];
            }
        }
    }

    /// <summary>Every custom resource of every provider.</summary>
    public IReadOnlyList<StackResource> Resources => [.. Providers.SelectMany(p => p.State.Resources)];

    /// <summary>The root stack's outputs (<c>[Output]</c> properties of the program's <c>Stack</c>); empty before the first up.</summary>
    public Struct StackOutputs => Components.FirstOrDefault(c => c.Type == ComponentResource.RootStackType)?.Outputs ?? new Struct();

    public StackResource? Find(string name) => Providers.Select(p => p.State.Find(name)).FirstOrDefault(r => r is not null);

    public ProviderPartition? FindProvider(string urn)
    {
        lock (_gate)
        {
            return _providers.FirstOrDefault(p => p.Urn == urn);
        }
    }

    /// <summary>The partition of the provider named <paramref name="name"/>, added (without a stored provider yet) when new.</summary>
    internal ProviderPartition GetOrAddProvider(string urn, string name)
    {
        lock (_gate)
        {
            var existing = _providers.FirstOrDefault(p => p.Urn == urn);
            if (existing is not null)
            {
                return existing;
            }

            var added = new ProviderPartition(urn, name, new StackState(Stack, Project));
            _providers.Add(added);
            return added;
        }
    }

    internal void RemoveProvider(ProviderPartition partition)
    {
        lock (_gate)
        {
            _providers.Remove(partition);
        }
    }

    internal void UpsertComponent(ComponentResource component)
    {
        lock (_gate)
        {
            var index = _components.FindIndex(c => c.Urn == component.Urn);
            if (index < 0)
            {
                _components.Add(component);
            }
            else
            {
                _components[index] = component;
            }
        }
    }

    internal void RemoveComponents(Func<ComponentResource, bool> predicate)
    {
        lock (_gate)
        {
            _components.RemoveAll(c => predicate(c));
        }
    }
}

/// <summary>
/// One provider resource and what it manages. <see cref="State"/> is the harness's stack state as one provider's
/// engine sees it: its <see cref="Entry"/> is this provider's stored inputs and ID (what a destroy
/// configures it with), its resources are the custom resources whose <c>provider</c> reference names it.
/// </summary>
public sealed record ProviderPartition(string Urn, string Name, StackState State)
{
    /// <summary>The reference a resource carries: <c>&lt;provider URN&gt;::&lt;provider ID&gt;</c>.</summary>
    public string? Reference => Entry is { } provider ? ProviderReference.Format(Urn, provider.Id) : null;

    /// <summary>This provider's stored inputs and ID (the state keeps explicit providers by URN).</summary>
    public ProviderStateEntry? Entry => State.ProviderEntry(Urn);
}

/// <summary>A component resource: no provider, no ID; its outputs come from RegisterResourceOutputs.</summary>
public sealed record ComponentResource(string Urn, string Type, string Name, string Parent, Struct Outputs)
{
    /// <summary>The type of the root resource every .NET program registers first (<c>Pulumi.Stack</c>).</summary>
    public const string RootStackType = "pulumi:pulumi:Stack";
}
