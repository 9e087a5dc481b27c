using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>Route tables of vRouters (default) or VBRs (RouterType=VBR); VpcId implies VRouter.</summary>
internal sealed class DescribeRouteTableListAction : IApiAction
{
    private static readonly string[] s_tableTypes = ["System", "Custom"];

    public string Name => "DescribeRouteTableList";

    public bool IsMutating => false;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var p = request.Parameters;
        var regionId = ActionSupport.RegionId(request);
        var page = PageRequest.Parse(p);
        var vpcId = p.Optional("VpcId");
        var routerType = vpcId is not null ? RouterTypes.VRouter : p.OptionalOneOf("RouterType", RouterTypes.All) ?? RouterTypes.VRouter;
        var routerId = p.Optional("RouterId");
        var tableId = p.Optional("RouteTableId");
        var tableName = p.Optional("RouteTableName");
        var tableType = p.OptionalOneOf("RouteTableType", s_tableTypes);

        var matching = session.Data.RouteTables
            .Where(t => t.AccountId == request.AccountId && t.RegionId == regionId && t.RouterType == routerType)
            .Where(t => vpcId is null || t.VpcId == vpcId)
            .Where(t => routerId is null || t.RouterId == routerId)
            .Where(t => tableId is null || t.RouteTableId == tableId)
            .Where(t => tableName is null || t.RouteTableName == tableName)
            .Where(t => tableType is null || t.RouteTableType == tableType)
            .ToArray();
        var items = page.Apply(matching).Select(t => new
        {
            t.RouteTableId,
            t.RouteTableName,
            t.RouteTableType,
            t.RouterId,
            t.RouterType,
            t.VpcId,
            Status = StatusNames.Available,
            CreationTime = ActionSupport.Iso(t.CreationTime),
            t.Description,
            AssociateType = "VSwitch",
            OwnerId = ActionSupport.OwnerId(t.AccountId),
            ResourceGroupId = ActionSupport.ResourceGroupOf(t.AccountId),
            RoutePropagationEnable = true,
            VSwitchIds = new { VSwitchId = Array.Empty<string>() },
            GatewayIds = new { GatewayIds = Array.Empty<string>() },
            Tags = new { Tag = Array.Empty<object>() },
        }).ToArray();

        return new
        {
            request.RequestId,
            page.PageNumber,
            page.PageSize,
            TotalCount = matching.Length,
            RouterTableList = new { RouterTableListType = items },
        };
    }
}
