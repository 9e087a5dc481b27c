using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// CreateRouterInterface with FastLinkMode=true. The official SDK model (CreateRouterInterfaceRequest.ts, FastLinkMode):
/// "takes effect only when RouterType is set to VBR and OppositeRouterType is set to VRouter", and then "Role must be
/// InitiatingSide, and AccessPointId, OppositeRouterType, OppositeRouterId, and OppositeInterfaceOwnerId are
/// required". So the flag is ignored on a vRouter or opposite a VBR (an ordinary create), and a VBR without an
/// OppositeRouterType is missing it. When it takes effect the API creates the acceptor on the opposite vRouter and
/// connects both ends.
/// </summary>
internal static class FastLink
{
    /// <summary>Whether the flag takes effect; throws for what a fast-link create is missing.</summary>
    public static bool TakesEffect(ApiParameters p, string role, string routerType, string? oppositeRouterType)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (p.OptionalBool("FastLinkMode") != true || routerType != RouterTypes.Vbr || oppositeRouterType == RouterTypes.Vbr)
        {
            return false;
        }

        if (role != Roles.InitiatingSide)
        {
            throw ApiErrors.InvalidParameter("FastLinkMode", "Fast link mode needs a VBR as the InitiatingSide.");
        }

        foreach (var name in new[] { "AccessPointId", "OppositeRouterType", "OppositeRouterId", "OppositeInterfaceOwnerId" })
        {
            p.Required(name);
        }

        return true;
    }

    /// <summary>The opposite vRouter's VPC, which must exist in the opposite account and region and have room.</summary>
    public static VpcEntity OppositeVpc(StateSession session, ApiParameters p, string oppositeRegionId)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(p);
        var vpc = session.Data.FindVpcByRouter(p.Required("OppositeRouterId"));
        if (vpc is null || vpc.AccountId != p.Required("OppositeInterfaceOwnerId") || vpc.RegionId != oppositeRegionId)
        {
            throw ApiErrors.InvalidParameter("OppositeRouterId", "No such vRouter in the opposite account and region.");
        }

        var limit = session.Limits.RouterInterfacesPerRouter;
        if (session.Data.RouterInterfacesOnRouter(vpc.VRouterId).Count() >= limit)
        {
            throw ApiErrors.RouterInterfaceQuotaExceeded(limit);
        }

        return vpc;
    }

    /// <summary>The acceptor on the opposite vRouter, then the connection of both ends.</summary>
    public static void CreateAcceptorAndConnect(StateSession session, RouterInterfaceEntity initiator, VpcEntity vpc)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(initiator);
        ArgumentNullException.ThrowIfNull(vpc);

        var acceptor = new RouterInterfaceEntity
        {
            RouterInterfaceId = IdGenerator.NewId("ri"),
            AccountId = vpc.AccountId,
            RegionId = vpc.RegionId,
            Role = Roles.AcceptingSide,
            RouterType = RouterTypes.VRouter,
            RouterId = vpc.VRouterId,
            VpcId = vpc.VpcId,
            Spec = Specs.Negative,
            OppositeRegionId = initiator.RegionId,
            OppositeRouterType = initiator.RouterType,
            OppositeRouterId = initiator.RouterId,
            OppositeInterfaceId = initiator.RouterInterfaceId,
            OppositeInterfaceOwnerId = initiator.AccountId,
            OppositeAccessPointId = initiator.AccessPointId,
            ChargeType = initiator.ChargeType,
            EndTime = initiator.EndTime,
            CreationTime = session.Now,
            ModifiedTime = session.Now,
            Status = StatusNames.Idle,
            FastLinkMode = true,
            ListedFrom = initiator.ListedFrom,
        };
        initiator.OppositeInterfaceId = acceptor.RouterInterfaceId;
        session.Data.RouterInterfaces.Add(acceptor);
        ConnectRouterInterfaceAction.Begin(session, initiator, acceptor);
    }
}
