using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// Called on the Idle initiator whose opposite information names an Idle acceptor that names it back (any region,
/// any account). The initiator goes Connecting and the acceptor AcceptingConnecting, then both Active.
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

        session.TryTrigger(initiator, RouterInterfaceTrigger.Connect);
        session.TryTrigger(acceptor, RouterInterfaceTrigger.AcceptConnection);
        CompleteOppositeInfo(initiator, acceptor);
        CompleteOppositeInfo(acceptor, initiator);
        return new { request.RequestId };
    }

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
