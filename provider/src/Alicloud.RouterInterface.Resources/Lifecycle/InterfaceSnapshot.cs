using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// What one poll saw: the interfaces that exist, by key; an absent key means the interface is gone (or invisible).
/// The server looked somewhere between <see cref="RequestedAt"/> (the describe was sent) and <see cref="ObservedAt"/>
/// (its answer arrived).
/// </summary>
public sealed class InterfaceSnapshot(IReadOnlyDictionary<InterfaceKey, RouterInterfaceInfo> found, DateTimeOffset observedAt, DateTimeOffset? requestedAt = null)
{
    public DateTimeOffset ObservedAt { get; } = observedAt;

    public DateTimeOffset RequestedAt { get; } = requestedAt ?? observedAt;

    public IReadOnlyDictionary<InterfaceKey, RouterInterfaceInfo> Found { get; } = found;

    public RouterInterfaceInfo? Find(InterfaceKey key) => Found.GetValueOrDefault(key);
}
