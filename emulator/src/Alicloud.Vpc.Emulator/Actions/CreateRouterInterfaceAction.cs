using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// Creates one end in Idle. PrePaid needs Period and AutoPay=true (no order payment to wait for). FastLinkMode=true on a
/// VBR initiator opposite a VRouter (AccessPointId, OppositeRouterType, OppositeRouterId and OppositeInterfaceOwnerId
/// required; SDK CreateRouterInterfaceRequest.ts; ignored for other router types, see <see cref="FastLink"/>) creates
/// the acceptor too, in the opposite account and region, and connects them (Connecting/AcceptingConnecting → Active).
/// B5 may hide new interfaces from describes for a while.
/// </summary>
internal sealed class CreateRouterInterfaceAction : IApiAction
{
    private static readonly string[] s_chargeTypes = ["PrePaid", "PostPaid"];
    private static readonly string[] s_pricingCycles = ["Month", "Year"];

    public string Name => "CreateRouterInterface";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var p = request.Parameters;
        var regionId = ActionSupport.RegionId(request);
        var role = p.RequiredOneOf("Role", Roles.All);
        var routerType = p.RequiredOneOf("RouterType", RouterTypes.All);
        var routerId = p.Required("RouterId");
        var spec = p.Required("Spec");
        var oppositeRegionId = p.Required("OppositeRegionId");
        if (!Regions.IsKnown(oppositeRegionId))
        {
            throw ApiErrors.InvalidParameter("OppositeRegionId", "Unknown region.");
        }

        ValidateSpec(role, spec);
        if (role == Roles.AcceptingSide && routerType == RouterTypes.Vbr)
        {
            throw ApiErrors.OperationUnsupported("A VBR can only be the initiating side.");
        }

        var oppositeRouterType = p.OptionalOneOf("OppositeRouterType", RouterTypes.All);
        var oppositeOwner = p.OptionalNumericId("OppositeInterfaceOwnerId");
        var oppositeAccessPointId = p.Optional("OppositeAccessPointId");
        if (oppositeRouterType == RouterTypes.Vbr && oppositeAccessPointId is null)
        {
            throw ApiErrors.MissingParameter("OppositeAccessPointId");
        }

        var sourceIp = p.Optional("HealthCheckSourceIp");
        var targetIp = p.Optional("HealthCheckTargetIp");
        ActionSupport.ValidateIp(sourceIp, "HealthCheckSourceIp");
        ActionSupport.ValidateIp(targetIp, "HealthCheckTargetIp");
        if (sourceIp is not null && targetIp is null)
        {
            throw ApiErrors.MissingParameter("HealthCheckTargetIp");
        }

        var name = p.Optional("Name");
        ActionSupport.ValidateName(name, "Name");
        var description = p.Optional("Description");
        ActionSupport.ValidateDescription(description);
        var fastLink = FastLink.TakesEffect(p, role, routerType, oppositeRouterType);

        p.OptionalBool("AutoRenew");
        var resourceGroupId = p.Optional("ResourceGroupId");
        if (resourceGroupId is not null && !session.Data.HasResourceGroup(request.AccountId, resourceGroupId))
        {
            throw ApiErrors.InvalidResourceGroupId();
        }

        // the SDK model's wire name is Tags.N (api sheet §1.4); Terraform's expandTagsToMap sends Tag.N: both are read
        var tags = TagRules.Parse(p, "Tags");
        tags.AddRange(TagRules.Parse(p, "Tag").Where(t => !tags.Exists(x => x.Key == t.Key)));
        if (tags.Count > TagRules.MaxTags)
        {
            throw ApiErrors.TagNumExceeded();
        }

        var prepaid = (p.OptionalOneOf("InstanceChargeType", s_chargeTypes) ?? "PostPaid") == "PrePaid";
        var endTime = prepaid ? SubscriptionEnd(p, session.Now) : DateTimeOffset.MaxValue;

        var (vpcId, accessPointId) = ResolveRouter(session.Data, request.AccountId, regionId, routerType, routerId);
        var limit = session.Limits.RouterInterfacesPerRouter;
        if (session.Data.RouterInterfacesOnRouter(routerId).Count() >= limit)
        {
            throw ApiErrors.RouterInterfaceQuotaExceeded(limit);
        }

        var fastLinkVpc = fastLink ? FastLink.OppositeVpc(session, p, oppositeRegionId) : null;
        var entity = new RouterInterfaceEntity
        {
            RouterInterfaceId = IdGenerator.NewId("ri"),
            AccountId = request.AccountId,
            RegionId = regionId,
            Role = role,
            RouterType = routerType,
            RouterId = routerId,
            VpcId = vpcId,
            Spec = spec,
            Name = name ?? "",
            Description = description ?? "",
            AccessPointId = p.Optional("AccessPointId") ?? accessPointId,
            OppositeRegionId = oppositeRegionId,
            OppositeRouterType = oppositeRouterType ?? "",
            OppositeRouterId = p.Optional("OppositeRouterId") ?? "",
            OppositeInterfaceId = p.Optional("OppositeInterfaceId") ?? "",
            OppositeInterfaceOwnerId = oppositeOwner ?? "",
            OppositeAccessPointId = oppositeAccessPointId ?? "",
            HealthCheckSourceIp = sourceIp ?? "",
            HealthCheckTargetIp = targetIp ?? "",
            ChargeType = prepaid ? ChargeTypes.Prepaid : ChargeTypes.AfterPay,
            EndTime = endTime,
            CreationTime = session.Now,
            ModifiedTime = session.Now,
            Status = StatusNames.Idle,
            FastLinkMode = fastLink,
            ListedFrom = ListedFrom(session),
            ResourceGroupId = resourceGroupId ?? "",
            Tags = tags,
        };
        session.Data.RouterInterfaces.Add(entity);
        if (fastLinkVpc is not null)
        {
            FastLink.CreateAcceptorAndConnect(session, entity, fastLinkVpc);
        }

        var response = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["RequestId"] = request.RequestId,
            ["RouterInterfaceId"] = entity.RouterInterfaceId,
        };
        if (prepaid)
        {
            response["OrderId"] = IdGenerator.NewOrderId();
        }

        return response;
    }

    public static DateTimeOffset? ListedFrom(StateSession session) =>
        session.Variants.CreateListingLag > TimeSpan.Zero ? session.Now + session.Variants.CreateListingLag : null;

    private static void ValidateSpec(string role, string spec)
    {
        if (role == Roles.AcceptingSide && spec != Specs.Negative)
        {
            throw ApiErrors.InvalidParameter("Spec", $"The {Roles.AcceptingSide} spec must be {Specs.Negative}.");
        }

        if (role == Roles.InitiatingSide && !Specs.Bandwidths.ContainsKey(spec))
        {
            throw ApiErrors.InvalidParameter("Spec", $"Allowed values: {string.Join(", ", Specs.Bandwidths.Keys)}.");
        }
    }

    private static DateTimeOffset SubscriptionEnd(ApiParameters p, DateTimeOffset now)
    {
        var yearly = (p.OptionalOneOf("PricingCycle", s_pricingCycles) ?? "Month") == "Year";
        var period = p.OptionalInt("Period", 1, yearly ? 3 : 9) ?? throw ApiErrors.MissingParameter("Period");
        if (p.OptionalBool("AutoPay") != true)
        {
            throw ApiErrors.InvalidParameter("AutoPay", "The emulator settles subscription orders only with AutoPay=true.");
        }

        return yearly ? now.AddYears(period) : now.AddMonths(period);
    }

    private static (string VpcId, string AccessPointId) ResolveRouter(EmulatorState data, string accountId, string regionId, string routerType, string routerId)
    {
        if (routerType == RouterTypes.VRouter)
        {
            var vpc = data.FindVpcByRouter(routerId);
            return vpc is not null && vpc.AccountId == accountId && vpc.RegionId == regionId
                ? (vpc.VpcId, "")
                : throw ApiErrors.InvalidRouterIdNotFound();
        }

        var vbr = data.FindVbr(accountId, regionId, routerId) ?? throw ApiErrors.InvalidRouterIdNotFound();
        return ("", vbr.AccessPointId);
    }
}
