using Alicloud.Vpc.Emulator.Behaviour;

namespace Alicloud.RouterInterface.Conformance.Questions;

/// <summary>
/// B1 (which instances DeleteExpressConnect deletes) and B2 (whether it takes Active ends), without deleting: on an
/// Active ordinary pair with an Available route entry through its initiator, DeleteExpressConnect Force=false with the
/// acceptor's ID stops at the first check that fails — the scope (B1), the status (B2 needs-inactive), or the route
/// entry (scope and status passed: B2 accepts-active). With initiator-only, the initiator's ID asks B2.
/// </summary>
internal static class ScopeQuestion
{
    public const string NotInitiatingSide = "IncorrectRole.NotInitiatingSide";
    public const string NotFastLinkMode = "OperationUnsupported.NotFastLinkMode";
    public const string NotFound = "InvalidRouterInterfaceId.NotFound";
    public const string StatusRefused = "IncorrectStatus.RouterInterface";
    public const string RouteDependency = "DependencyViolation.RouterInterfaceReferedByRouteEntry";

    public static async Task<(Observation Scope, Observation Active)> AskAsync(ProbeSession s, ProbePair pair, CancellationToken cancellationToken)
    {
        s.Progress.Say("B1/B2: DeleteExpressConnect on an Active ordinary pair, called with the acceptor's ID (Force=false, a route entry keeps it from deleting)");
        var byAcceptor = await ExpressConnectCall.SendAsync(s, pair.AcceptorClient, pair.AcceptorId, force: false, cancellationToken);
        var calls = byAcceptor.Calls;
        string? scope = byAcceptor.FirstCode switch
        {
            NotInitiatingSide => "initiator-only",
            NotFastLinkMode => "fast-link-only",
            NotFound when await s.ListedAsync(pair.AcceptorClient, pair.AcceptorId, cancellationToken) is { Status: not "Deleted" } => "fast-link-only-not-found",
            StatusRefused or RouteDependency or null => "any-pair",
            _ => null,
        };
        if (scope is null)
        {
            var why = $"DeleteExpressConnect with the acceptor's ID answered {byAcceptor.FirstCode}, none of the codes the variants predict";
            return (Observation.Unsettled("B1", VariantNames.ExpressConnectScope, why, calls), Observation.Unsettled("B2", VariantNames.ExpressConnectActive, why, calls));
        }

        var scopeObservation = new Observation("B1", VariantNames.ExpressConnectScope, Settlement.Settled, scope,
            $"{scope}: DeleteExpressConnect on an ordinary pair with the acceptor's ID answered {byAcceptor.FirstCode ?? "OK"}") { Calls = calls };
        if (scope.StartsWith("fast-link-only", StringComparison.Ordinal))
        {
            return (scopeObservation, Observation.NotProbed("B2", VariantNames.ExpressConnectActive,
                "DeleteExpressConnect refuses ordinary pairs on this account (B1) and a fast-link pair needs a physical connection (VBR)"));
        }

        var statusAnswer = byAcceptor;
        if (scope == "initiator-only")
        {
            statusAnswer = await ExpressConnectCall.SendAsync(s, pair.InitiatorClient, pair.InitiatorId, force: false, cancellationToken);
        }

        var active = statusAnswer.FirstCode switch
        {
            StatusRefused => "needs-inactive",
            RouteDependency or null => "accepts-active",
            _ => null,
        };
        var activeObservation = active is null
            ? Observation.Unsettled("B2", VariantNames.ExpressConnectActive, $"DeleteExpressConnect on Active ends answered {statusAnswer.FirstCode}", statusAnswer.Calls)
            : new Observation("B2", VariantNames.ExpressConnectActive, Settlement.Settled, active,
                $"{active}: DeleteExpressConnect on two Active ends answered {statusAnswer.FirstCode ?? "OK (accepted)"}") { Calls = statusAnswer.Calls };
        return (scopeObservation, activeObservation);
    }
}
