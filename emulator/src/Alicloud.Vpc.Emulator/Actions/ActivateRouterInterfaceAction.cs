using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>Inactive → Activating → Active; any other status is IncorrectRIStatus.</summary>
internal sealed class ActivateRouterInterfaceAction : IApiAction
{
    public string Name => "ActivateRouterInterface";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session) =>
        RouterInterfaceTriggerAction.Run(request, session, RouterInterfaceTrigger.Activate, StatusNames.Inactive);
}

/// <summary>
/// Active → Deactivating → Inactive; the peer follows only with B3 "follows" (else it sees the change as
/// OppositeInterfaceStatus). Another account's interface is 400 Forbbiden.InvaildOwner (A5, document 36033).
/// </summary>
internal sealed class DeactivateRouterInterfaceAction : IApiAction
{
    public string Name => "DeactivateRouterInterface";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session) =>
        RouterInterfaceTriggerAction.Run(request, session, RouterInterfaceTrigger.Deactivate, StatusNames.Active);
}

/// <summary>
/// The shared shape of Activate/Deactivate: find, lock check, one table transition or IncorrectRIStatus; with B3
/// "follows" the peer that names this end back takes the same transition when it can.
/// </summary>
internal static class RouterInterfaceTriggerAction
{
    public static object Run(RequestContext request, StateSession session, RouterInterfaceTrigger trigger, string requiredStatus)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var regionId = ActionSupport.RegionId(request);
        var entity = trigger == RouterInterfaceTrigger.Deactivate
            ? ActionSupport.FindOwnOrRefuseOwner(request, session, regionId, ApiErrors.InvalidRouterInterfaceIdNotFound)
            : ActionSupport.FindOwnRouterInterface(request, session, regionId, "RouterInterfaceId", ApiErrors.InvalidRouterInterfaceIdNotFound);
        ActionSupport.EnsureNotLocked(entity);
        if (!session.TryTrigger(entity, trigger))
        {
            throw ApiErrors.IncorrectRIStatus(requiredStatus);
        }

        if (session.Variants.PeerFollowsDeactivate
            && session.Data.FindRouterInterfaceAnywhere(entity.OppositeInterfaceId) is { } peer
            && peer.OppositeInterfaceId == entity.RouterInterfaceId
            && !peer.OperationLocked)
        {
            session.TryTrigger(peer, trigger);
        }

        return new { request.RequestId };
    }
}
