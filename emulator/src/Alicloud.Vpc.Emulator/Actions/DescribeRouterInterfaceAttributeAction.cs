using System.Text.Json;
using System.Text.Json.Nodes;
using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>The flat attribute view (InstanceId parameter). Unknown ids answer 404 InvalidRouterInterfaceId.NotFound (assumption).</summary>
internal sealed class DescribeRouterInterfaceAttributeAction : IApiAction
{
    public string Name => "DescribeRouterInterfaceAttribute";

    public bool IsMutating => false;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var regionId = ActionSupport.RegionId(request);
        var id = request.Parameters.Required("InstanceId");
        var entity = DescribeRouterInterfacesAction.Listed(session)
            .FirstOrDefault(r => r.RouterInterfaceId == id && r.AccountId == request.AccountId && r.RegionId == regionId)
            ?? throw ApiErrors.InvalidRouterInterfaceIdNotFound();
        var item = RouterInterfaceProjection.ToItem(entity, session.Data);
        var node = JsonSerializer.SerializeToNode(item, ApiJson.Options)!.AsObject();
        node["RequestId"] = request.RequestId;
        node["Code"] = "200";
        node["Message"] = "successful";
        node["Success"] = true;
        node["GmtModified"] = ActionSupport.Iso(entity.ModifiedTime);
        node["HealthCheckStatus"] = entity.HealthCheckTargetIp.Length > 0 ? "Normal" : "NoHealthCheckConfig";
        node["FastLinkMode"] = entity.FastLinkMode ? "true" : "false";
        return node;
    }
}
