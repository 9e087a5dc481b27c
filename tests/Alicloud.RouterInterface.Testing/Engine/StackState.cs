namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>An in-memory stack state (the engine's checkpoint), safe to read while an operation runs.</summary>
public sealed class StackState
{
    private readonly Lock _gate = new();
    private readonly List<StackResource> _resources = [];
    private ProviderStateEntry? _provider;

    public StackState(string stack, string project)
    {
        Stack = stack;
        Project = project;
    }

    public string Stack { get; }

    public string Project { get; }

    public ProviderStateEntry? Provider
    {
        get
        {
            lock (_gate)
            {
                return _provider;
            }
        }
    }

    /// <summary>A snapshot, in registration order.</summary>
    public IReadOnlyList<StackResource> Resources
    {
        get
        {
            lock (_gate)
            {
                return [.. _resources];
            }
        }
    }

    public StackResource? Find(string name)
    {
        lock (_gate)
        {
            return _resources.FirstOrDefault(r => r.Name == name && !r.PendingDelete);
        }
    }

    public StackResource? FindByUrn(string urn)
    {
        lock (_gate)
        {
            return _resources.FirstOrDefault(r => r.Urn == urn && !r.PendingDelete);
        }
    }

    /// <summary>Adds or replaces (by URN) a resource; a new one goes to the end. Pending deletes are always added.</summary>
    public void Upsert(StackResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        lock (_gate)
        {
            var index = resource.PendingDelete ? -1 : _resources.FindIndex(r => r.Urn == resource.Urn && !r.PendingDelete);
            if (index < 0)
            {
                _resources.Add(resource);
            }
            else
            {
                _resources[index] = resource;
            }
        }
    }

    /// <summary>Removes the entry with this resource's URN, ID and pending-delete flag.</summary>
    public bool Remove(StackResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        lock (_gate)
        {
            return _resources.RemoveAll(r => r.Urn == resource.Urn && r.Id == resource.Id && r.PendingDelete == resource.PendingDelete) > 0;
        }
    }

    public void SetProvider(ProviderStateEntry? provider)
    {
        lock (_gate)
        {
            _provider = provider;
        }
    }
}
