using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// Deletes an Express Connect instance with the seed document's error table, checked in this order: region, interface,
/// which instances the API takes (B1), the other account's end (B7), operation lock (either end), this end prepaid,
/// opposite prepaid, either end not Idle/Inactive (Active too with B2 accepts-active), either VPC not steady, a route
/// entry of either router not Available (the seed's code, or any A3 busy code with B8 any-a3), ClassicLink use,
/// custom route entries pointing to either end without Force=true. With Force=true those entries go Deleting first
/// (with B10 only-hop an ECMP entry only loses the hops through these ends); the ends go Deleting → gone.
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
        var variants = session.Variants;
        var regionId = ActionSupport.RegionId(request);
        var entity = ActionSupport.FindOwnRouterInterface(request, session, regionId, "RouterInterfaceId", ApiErrors.InvalidRouterInterfaceIdNotFound);
        var force = request.Parameters.OptionalBool("Force") == true;
        EnsureInScope(entity, variants.ExpressConnectScope);
        var opposite = OppositeToDelete(data, entity, variants.CrossAccountExpressConnect);
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

        var trigger = variants.ExpressConnectAcceptsActive ? RouterInterfaceTrigger.DeleteActive : RouterInterfaceTrigger.Delete;
        if (ends.Any(e => !RouterInterfaceLifecycle.Allows(trigger, e.Status)))
        {
            throw ApiErrors.ExpressConnectIncorrectStatus();
        }

        if (ends.Any(e => data.FindVpcByRouter(e.RouterId) is { } vpc && (vpc.NonSteady || vpc.Status != StatusNames.Available)))
        {
            throw ApiErrors.VpcNotSteady();
        }

        if (ends.Any(e => data.RouteEntriesOfRouter(e.RouterId).Any(r => r.Status != StatusNames.Available)))
        {
            throw variants.ExpressConnectAnyBusyCode ? ApiErrors.Busy(session.Behaviour.NextBusyTurn()) : ApiErrors.VSwitchOrRouteEntryNotStable();
        }

        if (ends.Any(e => e.ClassicLinkRouteEntry))
        {
            throw ApiErrors.ClassicLinkRouteEntry();
        }

        var endIds = ends.Select(e => e.RouterInterfaceId).ToHashSet(StringComparer.Ordinal);
        var referencing = ends.SelectMany(e => data.RouteEntriesPointingTo(e.RouterInterfaceId)).Distinct().ToArray();
        if (referencing.Length > 0 && !force)
        {
            throw ApiErrors.ReferencedByRouteEntry();
        }

        foreach (var routeEntry in referencing.Where(r => r.Status == StatusNames.Available))
        {
            var keeps = routeEntry.NextHops.Where(h => !(h.NextHopType == "RouterInterface" && endIds.Contains(h.NextHopId))).ToList();
            if (variants.ForceRemovesOnlyTheHop && keeps.Count > 0)
            {
                routeEntry.NextHops = keeps;
                routeEntry.ModifiedTime = session.Now;
            }
            else
            {
                session.Begin(routeEntry, StatusNames.Deleting, null, TransitionNames.RouteEntryDeleting);
            }
        }

        foreach (var end in ends)
        {
            session.TryTrigger(end, trigger);
        }

        return new { request.RequestId };
    }

    /// <summary>B1: an API that deletes only fast-link instances, or only when called with the initiator.</summary>
    private static void EnsureInScope(RouterInterfaceEntity entity, string scope)
    {
        switch (scope)
        {
            case "fast-link-only" when !entity.FastLinkMode:
                throw ApiErrors.NotFastLinkInstance();
            case "fast-link-only-not-found" when !entity.FastLinkMode:
                throw ApiErrors.InvalidRouterInterfaceIdNotFound();
            case "initiator-only" when !entity.IsInitiator:
                throw ApiErrors.NotInitiatingSide();
        }
    }

    /// <summary>The end that names this one back; B7 decides what happens when it belongs to another account.</summary>
    private static RouterInterfaceEntity? OppositeToDelete(EmulatorState data, RouterInterfaceEntity entity, string crossAccount)
    {
        if (data.FindRouterInterfaceAnywhere(entity.OppositeInterfaceId) is not { } peer || peer.OppositeInterfaceId != entity.RouterInterfaceId)
        {
            return null;
        }

        if (peer.AccountId == entity.AccountId)
        {
            return peer;
        }

        return crossAccount switch
        {
            "both-ends" => peer,
            "refused" => throw ApiErrors.InvalidOwner(),
            _ => null,
        };
    }
}
