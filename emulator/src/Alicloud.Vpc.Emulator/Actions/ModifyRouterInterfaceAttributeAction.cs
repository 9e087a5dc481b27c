using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>Names, health check and the opposite-end information (the latter only while Idle, i.e. not yet connected).</summary>
internal sealed class ModifyRouterInterfaceAttributeAction : IApiAction
{
    private static readonly string[] s_oppositeFields = ["OppositeInterfaceId", "OppositeRouterId", "OppositeRouterType", "OppositeInterfaceOwnerId"];

    public string Name => "ModifyRouterInterfaceAttribute";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var p = request.Parameters;
        var regionId = ActionSupport.RegionId(request);
        var entity = ActionSupport.FindOwnRouterInterface(request, session, regionId, "RouterInterfaceId", ApiErrors.InvalidRouterInterfaceIdNotFound);
        var name = p.Optional("Name");
        ActionSupport.ValidateName(name, "Name");
        var description = p.Optional("Description");
        ActionSupport.ValidateDescription(description);
        var oppositeRouterType = p.OptionalOneOf("OppositeRouterType", RouterTypes.All);
        var oppositeOwner = p.OptionalNumericId("OppositeInterfaceOwnerId");
        var sourceIp = p.Optional("HealthCheckSourceIp");
        var targetIp = p.Optional("HealthCheckTargetIp");
        ActionSupport.ValidateIp(sourceIp, "HealthCheckSourceIp");
        ActionSupport.ValidateIp(targetIp, "HealthCheckTargetIp");
        var hcRate = p.OptionalInt("HcRate", 0, 100_000);
        var hcThreshold = p.OptionalInt("HcThreshold", 0, 1000);
        var deleteHealthCheckIp = p.OptionalBool("DeleteHealthCheckIp") == true;

        ActionSupport.EnsureNotLocked(entity);
        if (entity.Status is not (StatusNames.Idle or StatusNames.Active or StatusNames.Inactive))
        {
            throw ApiErrors.IncorrectStatus("RouterInterface can be operated by this action only when the status is Active,idle or inactive.");
        }

        if (s_oppositeFields.Any(f => p.Optional(f) is not null) && entity.Status != StatusNames.Idle)
        {
            throw ApiErrors.IncorrectStatus("The opposite interface information can be changed only while the router interface is Idle.");
        }

        entity.Name = name ?? entity.Name;
        entity.Description = description ?? entity.Description;
        entity.OppositeInterfaceId = p.Optional("OppositeInterfaceId") ?? entity.OppositeInterfaceId;
        entity.OppositeRouterId = p.Optional("OppositeRouterId") ?? entity.OppositeRouterId;
        entity.OppositeRouterType = oppositeRouterType ?? entity.OppositeRouterType;
        entity.OppositeInterfaceOwnerId = oppositeOwner ?? entity.OppositeInterfaceOwnerId;
        entity.HealthCheckSourceIp = deleteHealthCheckIp ? "" : sourceIp ?? entity.HealthCheckSourceIp;
        entity.HealthCheckTargetIp = deleteHealthCheckIp ? "" : targetIp ?? entity.HealthCheckTargetIp;
        entity.HcRate = hcRate ?? entity.HcRate;
        entity.HcThreshold = hcThreshold ?? entity.HcThreshold;
        entity.ModifiedTime = session.Now;
        return new { request.RequestId };
    }
}
