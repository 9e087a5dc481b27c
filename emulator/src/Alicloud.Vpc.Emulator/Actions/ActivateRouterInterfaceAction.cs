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

/// <summary>Active → Deactivating → Inactive on the called end only; the peer sees it as OppositeInterfaceStatus.</summary>
internal sealed class DeactivateRouterInterfaceAction : IApiAction
{
    public string Name => "DeactivateRouterInterface";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session) =>
        RouterInterfaceTriggerAction.Run(request, session, RouterInterfaceTrigger.Deactivate, StatusNames.Active);
}

/// <summary>The shared shape of Activate/Deactivate: find, lock check, one table transition or IncorrectRIStatus.</summary>
internal static class RouterInterfaceTriggerAction
{
    public static object Run(RequestContext request, StateSession session, RouterInterfaceTrigger trigger, string requiredStatus)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var regionId = ActionSupport.RegionId(request);
        var entity = ActionSupport.FindOwnRouterInterface(request, session, regionId, "RouterInterfaceId", ApiErrors.InvalidRouterInterfaceIdNotFound);
        ActionSupport.EnsureNotLocked(entity);
        if (!session.TryTrigger(entity, trigger))
        {
            throw ApiErrors.IncorrectRIStatus(requiredStatus);
        }

        return new { request.RequestId };
    }
}
