namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>An in-memory stack state (the engine's checkpoint), safe to read while an operation runs.</summary>
public sealed class StackState
{
    private readonly Lock _gate = new();
    private readonly List<StackResource> _resources = [];
    private readonly Dictionary<string, ProviderStateEntry> _explicitProviders = new(StringComparer.Ordinal);
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

    /// <summary>Explicit providers (<c>new Provider(...)</c> in a program), by URN.</summary>
    public IReadOnlyList<ProviderStateEntry> ExplicitProviders
    {
        get
        {
            lock (_gate)
            {
                return [.. _explicitProviders.Values];
            }
        }
    }

    /// <summary>The entry of the default provider or of an explicit one (by URN).</summary>
    public ProviderStateEntry? ProviderEntry(string urn)
    {
        lock (_gate)
        {
            return IsDefault(urn) ? _provider : _explicitProviders.GetValueOrDefault(urn);
        }
    }

    public void SetProviderEntry(ProviderStateEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            if (IsDefault(entry.Urn))
            {
                _provider = entry;
            }
            else
            {
                _explicitProviders[entry.Urn] = entry;
            }
        }
    }

    public void RemoveProviderEntry(string urn)
    {
        lock (_gate)
        {
            _explicitProviders.Remove(urn);
        }
    }

    private static bool IsDefault(string urn) => urn.EndsWith("::default", StringComparison.Ordinal);
}
