using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

internal sealed class DescribeVpcsAction : IApiAction
{
    public string Name => "DescribeVpcs";

    public bool IsMutating => false;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var regionId = ActionSupport.RegionId(request);
        var page = PageRequest.Parse(request.Parameters);
        var ids = request.Parameters.Optional("VpcId")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var name = request.Parameters.Optional("VpcName");

        var matching = session.Data.Vpcs
            .Where(v => v.AccountId == request.AccountId && v.RegionId == regionId)
            .Where(v => ids is null || ids.Contains(v.VpcId))
            .Where(v => name is null || v.VpcName == name)
            .ToArray();
        var items = page.Apply(matching).Select(v => new
        {
            v.VpcId,
            v.RegionId,
            v.Status,
            v.VpcName,
            v.Description,
            CreationTime = ActionSupport.Iso(v.CreationTime),
            v.CidrBlock,
            VRouterId = v.VRouterId,
            IsDefault = false,
            OwnerId = ActionSupport.OwnerId(v.AccountId),
            ResourceGroupId = ActionSupport.ResourceGroupOf(v.AccountId),
            RouterTableIds = new { RouterTableIds = new[] { v.RouteTableId } },
            VSwitchIds = new { VSwitchId = Array.Empty<string>() },
        }).ToArray();

        return new { request.RequestId, TotalCount = matching.Length, page.PageNumber, page.PageSize, Vpcs = new { Vpc = items } };
    }
}
