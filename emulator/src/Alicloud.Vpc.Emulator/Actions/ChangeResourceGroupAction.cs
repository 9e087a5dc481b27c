using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// ChangeResourceGroup (VPC 2016-04-28, the Express Connect one: ResourceId, NewResourceGroupId, ResourceType
/// PHYSICALCONNECTION | VIRTUALBORDERROUTER | ROUTERINTERFACE | TRAFFICQOS, RegionId; Terraform sends
/// <c>ResourceType=ROUTERINTERFACE</c>). Another type is ResourceType.Unknown, an unknown interface
/// InvalidInstanceId.NotFound, a group the account does not have InvalidResourceGroupId.
/// </summary>
internal sealed class ChangeResourceGroupAction : IApiAction
{
    private static readonly string[] s_types = ["PHYSICALCONNECTION", "VIRTUALBORDERROUTER", TagRules.RouterInterfaceType, "TRAFFICQOS"];

    public string Name => "ChangeResourceGroup";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var p = request.Parameters;
        var regionId = ActionSupport.RegionId(request);
        var type = p.Required("ResourceType");
        var id = p.Required("ResourceId");
        var group = p.Required("NewResourceGroupId");
        if (!s_types.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            throw ApiErrors.ResourceTypeUnknown();
        }

        var entity = string.Equals(type, TagRules.RouterInterfaceType, StringComparison.OrdinalIgnoreCase)
            ? session.Data.FindRouterInterface(request.AccountId, regionId, id)
            : null;
        if (entity is null)
        {
            throw ApiErrors.ResourceGroupInstanceNotFound();
        }

        if (!session.Data.HasResourceGroup(request.AccountId, group))
        {
            throw ApiErrors.InvalidResourceGroupId();
        }

        entity.ResourceGroupId = group;
        return new { request.RequestId };
    }
}
