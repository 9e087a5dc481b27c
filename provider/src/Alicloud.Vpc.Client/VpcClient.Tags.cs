using Alicloud.Vpc.Client.Transport;

namespace Alicloud.Vpc.Client;

/// <content>
/// Tags and resource groups of router interfaces: the Express Connect tag APIs and ChangeResourceGroup, all with
/// <c>ResourceType=ROUTERINTERFACE</c> (Terraform resource_alicloud_express_connect_router_interface.go, SDK models
/// TagResourcesForExpressConnectRequest, UntagResourcesForExpressConnectRequest, ChangeResourceGroupRequest).
/// </content>
public sealed partial class VpcClient
{
    private const string RouterInterfaceResourceType = "ROUTERINTERFACE";

    public Task TagRouterInterfaceAsync(string regionId, string routerInterfaceId, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return InvokeAsync("TagResourcesForExpressConnect", regionId, TagResource(regionId, routerInterfaceId).AddTags("Tag", tags), NoResult, cancellationToken);
    }

    public Task UntagRouterInterfaceAsync(string regionId, string routerInterfaceId, IReadOnlyCollection<string> tagKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tagKeys);
        var parameters = TagResource(regionId, routerInterfaceId);
        var index = 0;
        foreach (var key in tagKeys.Order(StringComparer.Ordinal))
        {
            parameters.Add($"TagKey.{++index}", key);
        }

        return InvokeAsync("UntagResourcesForExpressConnect", regionId, parameters, NoResult, cancellationToken);
    }

    public Task ChangeResourceGroupAsync(string regionId, string routerInterfaceId, string resourceGroupId, CancellationToken cancellationToken) =>
        InvokeAsync(
            "ChangeResourceGroup",
            regionId,
            new RpcParameters()
                .Add("RegionId", Region(regionId))
                .Add("ResourceId", Required(routerInterfaceId))
                .Add("NewResourceGroupId", Required(resourceGroupId))
                .Add("ResourceType", RouterInterfaceResourceType),
            NoResult,
            cancellationToken);

    private static RpcParameters TagResource(string regionId, string routerInterfaceId) =>
        new RpcParameters().Add("RegionId", Region(regionId)).Add("ResourceType", RouterInterfaceResourceType).Add("ResourceId.1", Required(routerInterfaceId));
}
