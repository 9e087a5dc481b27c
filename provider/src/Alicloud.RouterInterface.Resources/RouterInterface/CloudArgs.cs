using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>Inputs as the cloud reports them (import and refresh) and the CreateRouterInterface request from inputs.</summary>
public static class CloudArgs
{
    /// <summary>The inputs the cloud can tell; charge-related inputs it cannot (period, autoPay) stay absent.</summary>
    public static RouterInterfaceArgs FromCloud(RouterInterfaceInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new RouterInterfaceArgs
        {
            RouterId = Value(info.RouterId),
            RouterType = Value(info.RouterType),
            Role = Value(info.Role),
            Spec = Value(info.Spec),
            OppositeRegionId = Value(info.OppositeRegionId),
            OppositeRouterId = Value(info.OppositeRouterId),
            OppositeRouterType = Value(info.OppositeRouterType),
            OppositeInterfaceId = Value(info.OppositeInterfaceId),
            OppositeInterfaceOwnerId = Value(info.OppositeInterfaceOwnerId),
            AccessPointId = Value(info.AccessPointId),
            OppositeAccessPointId = Value(info.OppositeAccessPointId),
            Name = Value(info.Name),
            Description = Value(info.Description),
            HealthCheckSourceIp = Value(info.HealthCheckSourceIp),
            HealthCheckTargetIp = Value(info.HealthCheckTargetIp),
            InstanceChargeType = string.IsNullOrEmpty(info.ChargeType) ? null
                : RouterInterfaceValues.IsPrepaidChargeType(info.ChargeType) ? RouterInterfaceValues.PrePaid : RouterInterfaceValues.PostPaid,

            Tags = TagMap.From(info.Tags),
            ResourceGroupId = Value(info.ResourceGroupId),
            Status = Value(info.Status),
            HcRate = info.HcRate > 0 ? info.HcRate : null,
            HcThreshold = info.HcThreshold > 0 ? info.HcThreshold : null,

            // only an initiator carries the input (a fast-link acceptor is the cloud's, not a resource of its own);
            // an answer without the field tells nothing, so a refresh keeps what the state says
            FastLinkMode = info.FastLinkMode is { } fastLink
                ? fastLink && string.Equals(info.Role, RouterInterfaceValues.InitiatingSide, StringComparison.Ordinal)
                : null,
        };
    }

    /// <summary>
    /// Import: the cloud's inputs plus the defaults; <c>connect</c> is true for an initiator that was connected. A
    /// fast-link initiator names neither its acceptor nor connect: the cloud made and connected it.
    /// </summary>
    public static RouterInterfaceArgs ForImport(RouterInterfaceInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var args = FromCloud(info);
        var fastLink = args.IsFastLink;
        var connected = !fastLink && args.IsInitiator && args.OppositeInterfaceId is not null && !RouterInterfaceStatuses.Is(info.Status, RouterInterfaceStatuses.Idle);
        return args with
        {
            InstanceChargeType = args.InstanceChargeType ?? RouterInterfaceValues.PostPaid,
            PricingCycle = RouterInterfaceValues.Month,
            Force = false,
            Connect = connected,
            FastLinkMode = fastLink,
            OppositeInterfaceId = fastLink ? null : args.OppositeInterfaceId,

            // the live status stays an output: an imported program does not start managing it
            Status = null,
            Tags = args.Tags is { Count: > 0 } ? args.Tags : null,
        };
    }

    /// <summary>
    /// Refresh: inputs the user set take the value the cloud reports now (so drift shows in the next diff); the rest stay.
    /// <c>connect: true</c> on an initiator the cloud shows Idle becomes false: a refresh drops the engine's init errors
    /// (pkg/resource/deploy/step.go, refresh), so only a diff makes the next <c>pulumi up</c> connect the pair.
    /// </summary>
    public static RouterInterfaceArgs Refresh(RouterInterfaceArgs old, RouterInterfaceInfo info)
    {
        ArgumentNullException.ThrowIfNull(old);
        var cloud = FromCloud(info);
        var merged = old;
        foreach (var field in RouterInterfaceFields.Inputs)
        {
            if (field.Get(old) is not null && field.Get(cloud) is { } observed)
            {
                merged = field.Set(merged, observed);
            }
        }

        return merged.Connect == true && merged.IsInitiator && RouterInterfaceStatuses.Is(info.Status, RouterInterfaceStatuses.Idle)
            ? merged with { Connect = false }
            : merged;
    }

    /// <param name="oppositeOwner">The opposite owner to send when the inputs name none (a fast-link create needs one).</param>
    public static CreateRouterInterfaceRequest ToCreateRequest(RouterInterfaceArgs args, string regionId, string clientToken, string? oppositeOwner = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var prepaid = string.Equals(args.InstanceChargeType, RouterInterfaceValues.PrePaid, StringComparison.Ordinal);
        return new CreateRouterInterfaceRequest
        {
            RegionId = regionId,
            Role = Required(args.Role, RouterInterfaceProperties.Role),
            RouterType = Required(args.RouterType, RouterInterfaceProperties.RouterType),
            RouterId = Required(args.RouterId, RouterInterfaceProperties.RouterId),
            Spec = Required(args.Spec, RouterInterfaceProperties.Spec),
            OppositeRegionId = Required(args.OppositeRegionId, RouterInterfaceProperties.OppositeRegionId),
            OppositeRouterType = args.OppositeRouterType,
            OppositeRouterId = args.OppositeRouterId,
            OppositeInterfaceId = args.OppositeInterfaceId,
            OppositeInterfaceOwnerId = args.OppositeInterfaceOwnerId ?? oppositeOwner,
            AccessPointId = args.AccessPointId,
            OppositeAccessPointId = args.OppositeAccessPointId,
            HealthCheckSourceIp = args.HealthCheckSourceIp,
            HealthCheckTargetIp = args.HealthCheckTargetIp,
            Name = args.Name,
            Description = args.Description,
            InstanceChargeType = args.InstanceChargeType,
            Period = prepaid ? args.Period : null,
            PricingCycle = prepaid ? args.PricingCycle : null,
            AutoPay = prepaid ? args.AutoPay : null,
            FastLinkMode = args.IsFastLink ? true : null,
            AutoRenew = prepaid ? args.AutoRenew : null,
            ResourceGroupId = args.ResourceGroupId,
            Tags = args.Tags?.Values,
            ClientToken = clientToken,
        };
    }

    private static string? Value(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Required(string? value, string property) =>
        value ?? throw new Abstractions.PropertyValidationException(property, "is required");
}
