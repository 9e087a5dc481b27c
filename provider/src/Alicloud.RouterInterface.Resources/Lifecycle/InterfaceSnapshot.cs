using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>What one poll saw: the interfaces that exist, by key; an absent key means the interface is gone (or invisible).</summary>
public sealed class InterfaceSnapshot(IReadOnlyDictionary<InterfaceKey, RouterInterfaceInfo> found, DateTimeOffset observedAt)
{
    public DateTimeOffset ObservedAt { get; } = observedAt;

    public IReadOnlyDictionary<InterfaceKey, RouterInterfaceInfo> Found { get; } = found;

    public RouterInterfaceInfo? Find(InterfaceKey key) => Found.GetValueOrDefault(key);
}
