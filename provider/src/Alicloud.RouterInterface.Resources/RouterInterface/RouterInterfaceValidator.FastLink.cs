using P = Alicloud.RouterInterface.Resources.RouterInterface.RouterInterfaceProperties;
using V = Alicloud.RouterInterface.Resources.RouterInterface.RouterInterfaceValues;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <content>
/// Fast-link rules. The official SDK model (CreateRouterInterfaceRequest <c>FastLinkMode</c>): it takes effect only
/// for RouterType VBR opposite a VRouter, Role must be InitiatingSide, and AccessPointId, OppositeRouterType,
/// OppositeRouterId and OppositeInterfaceOwnerId are required (the owner defaults to this account at create, as for
/// connect). The cloud creates and connects the acceptor, so nothing may name or connect it here.
/// </content>
public static partial class RouterInterfaceValidator
{
    private static void CheckFastLink(RuleContext rules, RouterInterfaceArgs args)
    {
        if (!args.IsFastLink)
        {
            return;
        }

        if (args.RouterType is { } routerType && !string.Equals(routerType, V.Vbr, StringComparison.Ordinal))
        {
            rules.Fail(P.FastLinkMode, $"applies only to a VBR initiator (routerType {V.Vbr}, role {V.InitiatingSide}), but routerType is {rules.Shown(P.RouterType, routerType)}");
        }
        else if (args.Role is { } role && !args.IsInitiator)
        {
            rules.Fail(P.FastLinkMode, $"applies only to the {V.InitiatingSide} (the VBR's end), but role is {rules.Shown(P.Role, role)}");
        }

        if (rules.IsAbsent(P.OppositeRouterId, args.OppositeRouterId))
        {
            rules.Fail(P.OppositeRouterId, "is required when fastLinkMode is true: the vRouter (vrt-…) of the VPC the cloud connects the VBR to");
        }

        if (args.OppositeRouterType is { } oppositeType && !string.Equals(oppositeType, V.VRouter, StringComparison.Ordinal))
        {
            rules.Fail(P.OppositeRouterType, $"must be {V.VRouter} when fastLinkMode is true (a fast-link instance connects a VBR to a VPC), got {rules.Shown(P.OppositeRouterType, oppositeType)}");
        }

        if (rules.IsAbsent(P.AccessPointId, args.AccessPointId))
        {
            rules.Fail(P.AccessPointId, "is required when fastLinkMode is true: the VBR's access point (ap-…)");
        }

        if (args.OppositeInterfaceId is not null || args.IsUnknown(P.OppositeInterfaceId))
        {
            rules.Fail(P.OppositeInterfaceId, "must not be set when fastLinkMode is true: the cloud creates the acceptor, and its ID is the oppositeInterfaceId output");
        }

        if (args.Connect == true)
        {
            rules.Fail(P.Connect, "must not be true when fastLinkMode is true: the cloud connects a fast-link instance when it creates it");
        }
    }
}
