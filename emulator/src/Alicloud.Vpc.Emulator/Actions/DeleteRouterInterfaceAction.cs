using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// Deletes one end: Idle/Inactive only (IncorrectStatus), not while any route entry points to it
/// (DependencyViolation.RouterInterfaceReferedByRouteEntry); Deleting → gone. The peer is untouched and reports
/// OppositeInterfaceStatus Deleting, then Deleted. Another account's interface is 400 Forbbiden.InvaildOwner under the
/// strict rules (A5; DeleteRouterInterface's current error table).
/// </summary>
internal sealed class DeleteRouterInterfaceAction : IApiAction
{
    public string Name => "DeleteRouterInterface";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var regionId = ActionSupport.RegionId(request);
        var entity = ActionSupport.FindOwnOrRefuseOwner(request, session, regionId, ApiErrors.InvalidInstanceIdNotFound);
        ActionSupport.EnsureNotLocked(entity);
        if (entity.IsPrepaid)
        {
            throw ApiErrors.PrepaidCannotDelete();
        }

        if (!RouterInterfaceLifecycle.Allows(RouterInterfaceTrigger.Delete, entity.Status))
        {
            throw ApiErrors.IncorrectStatusForDelete();
        }

        if (session.Data.RouteEntriesPointingTo(entity.RouterInterfaceId).Any())
        {
            throw ApiErrors.ReferencedByRouteEntry();
        }

        session.TryTrigger(entity, RouterInterfaceTrigger.Delete);
        return new { request.RequestId };
    }
}
