using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Transitions;

namespace Alicloud.RouterInterface.Resources.Abstractions;

/// <summary>
/// What Configure established: the VPC client (signed with the configured credentials) and the provider's region.
/// The protocol layer fills it on Configure; resource operations read it per call.
/// </summary>
public interface IProviderContext
{
    /// <summary>True once Configure succeeded.</summary>
    bool IsConfigured { get; }

    /// <summary>The provider's region (config <c>alicloud-routerinterface:region</c>).</summary>
    string Region { get; }

    /// <summary>The client; it routes each call to the endpoint of the request's RegionId (or the configured endpoint override).</summary>
    IVpcClient VpcClient { get; }

    /// <summary>
    /// A client signed with the credentials of the account that owns the other end of a cross-account pair
    /// (config <c>oppositeAccessKey</c>/<c>oppositeSecretKey</c>/<c>oppositeSecurityToken</c> or <c>oppositeProfile</c>); null
    /// when none were configured. Resolved and validated at Configure; the delete describes, deactivates and deletes the
    /// other account's end of a pair through it (<c>CrossAccountView</c>, the per-end way).
    /// </summary>
    IVpcClient? OppositeVpcClient => null;

    /// <summary>
    /// The learnt transition times kept beside the configured account's call budget (per AccessKey and endpoint), so a
    /// fresh process starts informed; null before Configure or when the protocol layer keeps none.
    /// </summary>
    ILearntTransitionStore? LearntTransitions => null;
}
