using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>Initiator only. Active → Activating → Active; Idle/Inactive → Modifying → back to where it was.</summary>
internal sealed class ModifyRouterInterfaceSpecAction : IApiAction
{
    public string Name => "ModifyRouterInterfaceSpec";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var regionId = ActionSupport.RegionId(request);
        var entity = ActionSupport.FindOwnRouterInterface(request, session, regionId, "RouterInterfaceId", ApiErrors.InvalidRouterInterfaceIdNotFound);
        var spec = request.Parameters.Required("Spec");
        if (!entity.IsInitiator)
        {
            throw ApiErrors.OperationUnsupported($"The spec of an {Roles.AcceptingSide} router interface is always {Specs.Negative}.");
        }

        if (!Specs.Bandwidths.ContainsKey(spec))
        {
            throw ApiErrors.InvalidParameter("Spec", $"Allowed values: {string.Join(", ", Specs.Bandwidths.Keys)}.");
        }

        ActionSupport.EnsureNotLocked(entity);
        if (!session.TryTrigger(entity, RouterInterfaceTrigger.ModifySpec))
        {
            throw ApiErrors.IncorrectStatus("The spec can be changed only when the status is Active, Idle or Inactive.");
        }

        entity.Spec = spec;
        return new { request.RequestId, Spec = spec };
    }
}
