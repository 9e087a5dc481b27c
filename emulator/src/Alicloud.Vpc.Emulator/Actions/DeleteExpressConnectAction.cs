using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// Deletes both ends of an Express Connect instance with the seed document's error table, checked in this order:
/// region, interface, operation lock (either end), this end prepaid, opposite prepaid, either end not Idle/Inactive,
/// either VPC not steady, a route entry of either router not Available, ClassicLink use, custom route entries pointing
/// to either end without Force=true. With Force=true those entries go Deleting first; both ends go Deleting → gone.
/// The opposite end is the interface named by OppositeInterfaceId (any region/account) if it names this one back.
/// </summary>
internal sealed class DeleteExpressConnectAction : IApiAction
{
    public string Name => "DeleteExpressConnect";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var data = session.Data;
        var regionId = ActionSupport.RegionId(request);
        var entity = ActionSupport.FindOwnRouterInterface(request, session, regionId, "RouterInterfaceId", ApiErrors.InvalidRouterInterfaceIdNotFound);
        var force = request.Parameters.OptionalBool("Force") == true;
        var opposite = data.FindRouterInterfaceAnywhere(entity.OppositeInterfaceId) is { } peer && peer.OppositeInterfaceId == entity.RouterInterfaceId
            ? peer
            : null;
        RouterInterfaceEntity[] ends = opposite is null ? [entity] : [entity, opposite];

        if (ends.Any(e => e.OperationLocked))
        {
            throw ApiErrors.OperationLocked();
        }

        if (entity.IsPrepaid)
        {
            throw ApiErrors.PrepaidCannotDelete();
        }

        if (opposite is { IsPrepaid: true })
        {
            throw ApiErrors.OppositePrepaidCannotDelete();
        }

        if (ends.Any(e => !RouterInterfaceLifecycle.Allows(RouterInterfaceTrigger.Delete, e.Status)))
        {
            throw ApiErrors.ExpressConnectIncorrectStatus();
        }

        if (ends.Any(e => data.FindVpcByRouter(e.RouterId) is { } vpc && (vpc.NonSteady || vpc.Status != StatusNames.Available)))
        {
            throw ApiErrors.VpcNotSteady();
        }

        if (ends.Any(e => data.RouteEntriesOfRouter(e.RouterId).Any(r => r.Status != StatusNames.Available)))
        {
            throw ApiErrors.VSwitchOrRouteEntryNotStable();
        }

        if (ends.Any(e => e.ClassicLinkRouteEntry))
        {
            throw ApiErrors.ClassicLinkRouteEntry();
        }

        var referencing = ends.SelectMany(e => data.RouteEntriesPointingTo(e.RouterInterfaceId)).Distinct().ToArray();
        if (referencing.Length > 0 && !force)
        {
            throw ApiErrors.ReferencedByRouteEntry();
        }

        foreach (var routeEntry in referencing.Where(r => r.Status == StatusNames.Available))
        {
            session.Begin(routeEntry, StatusNames.Deleting, null, TransitionNames.RouteEntryDeleting);
        }

        foreach (var end in ends)
        {
            session.TryTrigger(end, RouterInterfaceTrigger.Delete);
        }

        return new { request.RequestId };
    }
}
