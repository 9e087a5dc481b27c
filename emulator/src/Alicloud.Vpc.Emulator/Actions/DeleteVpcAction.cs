using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// Refused while any router interface (Deleting included) is on the vRouter, and with B5 for a tail after the last one
/// went (terraform-provider-alicloud PR #9889); removes the VPC with its tables at once.
/// </summary>
internal sealed class DeleteVpcAction : IApiAction
{
    public string Name => "DeleteVpc";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var regionId = ActionSupport.RegionId(request);
        var vpcId = request.Parameters.Required("VpcId");
        var data = session.Data;
        var vpc = data.FindVpc(request.AccountId, regionId, vpcId) ?? throw ApiErrors.InvalidVpcIdNotFound();
        if (data.RouterInterfacesOnRouter(vpc.VRouterId).Any()
            || (data.RouterReleasedAt.TryGetValue(vpc.VRouterId, out var released) && session.Now < released + session.Variants.VpcDeleteTail))
        {
            throw ApiErrors.VpcDependencyRouterInterface();
        }

        if (vpc.Status != StatusNames.Available)
        {
            throw ApiErrors.IncorrectVpcStatus();
        }

        ActionSupport.EnsureNotDryRun(request);
        var tableIds = data.RouteTablesOfRouter(vpc.VRouterId).Select(t => t.RouteTableId).ToHashSet(StringComparer.Ordinal);
        data.RouteEntries.RemoveAll(e => tableIds.Contains(e.RouteTableId));
        data.RouteTables.RemoveAll(t => tableIds.Contains(t.RouteTableId));
        data.Vpcs.Remove(vpc);
        return new { request.RequestId };
    }
}
