using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// Called on the Idle initiator whose opposite information names an Idle acceptor that names it back (any region,
/// any account). The initiator goes Connecting and the acceptor AcceptingConnecting, then both Active.
/// Strict rules (A1, the ConnectRouterInterface API page; Terraform fills every field before connecting): on the
/// acceptor IncorrectRole.NotInitiatingSide; not Idle IncorrectRIStatus; any of OppositeInterfaceId, OppositeRouterId,
/// OppositeRouterType, OppositeInterfaceOwnerId unset on either end IncorrectOppositeInterfaceInfo.NotSet; the same
/// router IncorrectOppositeInterfaceInfo; a second connected pair between the two routers Forbidden.OnlyOneConnection.
/// The lenient rules keep the first version: missing owner, router and type default to the real ones.
/// </summary>
internal sealed class ConnectRouterInterfaceAction : IApiAction
{
    public string Name => "ConnectRouterInterface";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var regionId = ActionSupport.RegionId(request);
        var initiator = ActionSupport.FindOwnRouterInterface(request, session, regionId, "RouterInterfaceId", ApiErrors.InvalidRouterInterfaceIdNotFound);
        if (session.Variants.StrictRules)
        {
            return ConnectStrictly(request, session, initiator);
        }

        if (!initiator.IsInitiator)
        {
            throw ApiErrors.OperationUnsupported($"Only the {Roles.InitiatingSide} router interface can connect.");
        }

        ActionSupport.EnsureNotLocked(initiator);
        if (!RouterInterfaceLifecycle.Allows(RouterInterfaceTrigger.Connect, initiator.Status))
        {
            throw ApiErrors.IncorrectStatus("RouterInterface can be connected only when its status is Idle.");
        }

        var acceptor = FindAcceptor(session.Data, initiator);
        ActionSupport.EnsureNotLocked(acceptor);
        if (!RouterInterfaceLifecycle.Allows(RouterInterfaceTrigger.AcceptConnection, acceptor.Status))
        {
            throw ApiErrors.IncorrectStatus("The opposite router interface can accept a connection only when its status is Idle.");
        }

        Begin(session, initiator, acceptor);
        return new { request.RequestId };
    }

    /// <summary>Starts the connection of a checked pair (also used by a fast-link create).</summary>
    public static void Begin(StateSession session, RouterInterfaceEntity initiator, RouterInterfaceEntity acceptor)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(initiator);
        ArgumentNullException.ThrowIfNull(acceptor);
        session.TryTrigger(initiator, RouterInterfaceTrigger.Connect);
        session.TryTrigger(acceptor, RouterInterfaceTrigger.AcceptConnection);
        CompleteOppositeInfo(initiator, acceptor);
        CompleteOppositeInfo(acceptor, initiator);
    }

    private static object ConnectStrictly(RequestContext request, StateSession session, RouterInterfaceEntity initiator)
    {
        if (!initiator.IsInitiator)
        {
            throw ApiErrors.NotInitiatingSide();
        }

        ActionSupport.EnsureNotLocked(initiator);
        if (!RouterInterfaceLifecycle.Allows(RouterInterfaceTrigger.Connect, initiator.Status))
        {
            throw ApiErrors.IncorrectRIStatus(StatusNames.Idle);
        }

        EnsureOppositeSet(initiator, "initiator");
        if (initiator.OppositeRouterId == initiator.RouterId)
        {
            throw ApiErrors.OppositeInfoIncorrect("The opposite router is the interface's own router.");
        }

        var acceptor = session.Data.FindRouterInterfaceAnywhere(initiator.OppositeInterfaceId)
            ?? throw ApiErrors.OppositeInfoNotSet($"The opposite interface {initiator.OppositeInterfaceId} does not exist.");
        if (acceptor.Role != Roles.AcceptingSide)
        {
            throw ApiErrors.OppositeInfoIncorrect($"The opposite interface must be the {Roles.AcceptingSide}.");
        }

        EnsureOppositeSet(acceptor, "acceptor");
        var initiatorNamesAcceptor = acceptor.AccountId == initiator.OppositeInterfaceOwnerId && acceptor.RegionId == initiator.OppositeRegionId
            && acceptor.RouterId == initiator.OppositeRouterId && acceptor.RouterType == initiator.OppositeRouterType;
        var acceptorNamesInitiator = acceptor.OppositeInterfaceId == initiator.RouterInterfaceId && acceptor.OppositeInterfaceOwnerId == initiator.AccountId
            && acceptor.OppositeRegionId == initiator.RegionId && acceptor.OppositeRouterId == initiator.RouterId
            && acceptor.OppositeRouterType == initiator.RouterType;
        if (!initiatorNamesAcceptor || !acceptorNamesInitiator)
        {
            throw ApiErrors.OppositeInfoNotSet("The two ends' opposite owner, region, router or interface do not name each other.");
        }

        ActionSupport.EnsureNotLocked(acceptor);
        if (!RouterInterfaceLifecycle.Allows(RouterInterfaceTrigger.AcceptConnection, acceptor.Status))
        {
            throw ApiErrors.IncorrectRIStatus(StatusNames.Idle);
        }

        if (HasOtherConnection(session.Data, initiator, acceptor))
        {
            throw ApiErrors.OnlyOneConnection();
        }

        Begin(session, initiator, acceptor);
        return new { request.RequestId };
    }

    private static void EnsureOppositeSet(RouterInterfaceEntity end, string role)
    {
        var fields = new (string Name, string Value)[]
        {
            ("OppositeInterfaceId", end.OppositeInterfaceId),
            ("OppositeRouterId", end.OppositeRouterId),
            ("OppositeRouterType", end.OppositeRouterType),
            ("OppositeInterfaceOwnerId", end.OppositeInterfaceOwnerId),
        };
        var missing = fields.Where(f => f.Value.Length == 0).Select(f => f.Name).ToArray();
        if (missing.Length > 0)
        {
            throw ApiErrors.OppositeInfoNotSet($"Not set on the {role} {end.RouterInterfaceId}: {string.Join(", ", missing)}.");
        }
    }

    /// <summary>Create's documented limit: at most one connected pair between any two routers.</summary>
    private static bool HasOtherConnection(EmulatorState data, RouterInterfaceEntity initiator, RouterInterfaceEntity acceptor) =>
        data.RouterInterfaces.Any(other => other != initiator && other != acceptor
            && other.Status != StatusNames.Deleting
            && (other.ConnectedTime is not null || other.Status is StatusNames.Connecting or StatusNames.AcceptingConnecting)
            && ((other.RouterId == initiator.RouterId && other.OppositeRouterId == acceptor.RouterId)
                || (other.RouterId == acceptor.RouterId && other.OppositeRouterId == initiator.RouterId)));

    private static RouterInterfaceEntity FindAcceptor(EmulatorState data, RouterInterfaceEntity initiator)
    {
        if (initiator.OppositeInterfaceId.Length == 0)
        {
            throw ApiErrors.IncorrectOppositeInterfaceInfo("OppositeInterfaceId is not set on the initiator.");
        }

        var acceptor = data.FindRouterInterfaceAnywhere(initiator.OppositeInterfaceId)
            ?? throw ApiErrors.IncorrectOppositeInterfaceInfo($"The opposite interface {initiator.OppositeInterfaceId} does not exist.");
        var expectedOwner = initiator.OppositeInterfaceOwnerId.Length > 0 ? initiator.OppositeInterfaceOwnerId : initiator.AccountId;
        if (acceptor.AccountId != expectedOwner || acceptor.RegionId != initiator.OppositeRegionId
            || !Matches(initiator.OppositeRouterId, acceptor.RouterId) || !Matches(initiator.OppositeRouterType, acceptor.RouterType))
        {
            throw ApiErrors.IncorrectOppositeInterfaceInfo("The initiator's opposite owner, region or router does not match the opposite interface.");
        }

        if (acceptor.Role != Roles.AcceptingSide)
        {
            throw ApiErrors.IncorrectOppositeInterfaceInfo($"The opposite interface must be the {Roles.AcceptingSide}.");
        }

        var acceptorExpectedOwner = acceptor.OppositeInterfaceOwnerId.Length > 0 ? acceptor.OppositeInterfaceOwnerId : acceptor.AccountId;
        if (acceptor.OppositeInterfaceId != initiator.RouterInterfaceId || acceptorExpectedOwner != initiator.AccountId
            || acceptor.OppositeRegionId != initiator.RegionId || !Matches(acceptor.OppositeRouterId, initiator.RouterId)
            || !Matches(acceptor.OppositeRouterType, initiator.RouterType))
        {
            throw ApiErrors.IncorrectOppositeInterfaceInfo("The acceptor's opposite information does not name the initiator.");
        }

        return acceptor;
    }

    private static bool Matches(string configured, string actual) => configured.Length == 0 || configured == actual;

    private static void CompleteOppositeInfo(RouterInterfaceEntity end, RouterInterfaceEntity peer)
    {
        end.OppositeRouterId = peer.RouterId;
        end.OppositeRouterType = peer.RouterType;
        end.OppositeInterfaceOwnerId = peer.AccountId;
    }
}
