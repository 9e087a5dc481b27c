using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>What the delete is asked to remove: the resource (URN), the interface, its opposite end when known, and the force setting.</summary>
public sealed record DeleteTarget(string Urn, InterfaceKey Self, InterfaceKey? Opposite, bool Force)
{
    /// <summary>
    /// The state records a fast-link instance (<c>fastLinkMode: true</c>): DeleteExpressConnect is its only delete, as in
    /// Terraform's express_connect_router_interface delete; <see cref="DeleteObservation.IsFastLink"/> says what the cloud lists.
    /// </summary>
    public bool FastLink { get; init; }

    /// <summary>The fast-link rule: an instance that the state or the cloud's listing shows as fast-link has one way, DeleteExpressConnect.</summary>
    public bool OneWayOnly(DeleteObservation? seen) => FastLink || seen?.IsFastLink == true;
}
