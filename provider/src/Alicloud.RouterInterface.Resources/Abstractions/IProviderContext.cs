using Alicloud.Vpc.Client;

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
}
