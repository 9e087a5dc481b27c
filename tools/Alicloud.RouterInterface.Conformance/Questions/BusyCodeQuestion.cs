using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client.Models;
using Alicloud.Vpc.Emulator.Behaviour;

namespace Alicloud.RouterInterface.Conformance.Questions;

/// <summary>
/// B8: with both ends Inactive, creates a route entry through the initiator and at once calls DeleteExpressConnect
/// (Force=false) while the entry is Pending: the code it answers is the seed's <c>IncorrectStatus.VSwitchOrRouteEntry</c>
/// or one of the A3 busy codes. An entry that was Available already (the dependency refusal) loses the race; up to
/// three tries, each with an entry of its own.
/// </summary>
internal static class BusyCodeQuestion
{
    public const string SeedCode = "IncorrectStatus.VSwitchOrRouteEntry";

    public static readonly IReadOnlySet<string> A3Codes = new HashSet<string>(StringComparer.Ordinal)
    {
        "TaskConflict", "OperationConflict", "IncorrectVpcStatus", "IncorrectStatus.RouteTableStatus", "SystemBusy", "UnknownError",
        "OperationFailed.DistibuteLock", "OperationFailed.LastTokenProcessing", "ServiceUnavailable",
    };

    public static async Task<Observation> AskAsync(ProbeSession s, ProbePair pair, string routeTableId, CancellationToken cancellationToken)
    {
        var calls = new List<RecordedCall>();
        string? lastCode = null;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            s.Progress.Say($"B8: route entry through {pair.InitiatorId}, then DeleteExpressConnect while it is Pending (try {attempt})");
            var mark = s.Calls.Count;
            var entryId = await pair.InitiatorClient.CreateRouteEntryAsync(new CreateRouteEntryRequest
            {
                RegionId = s.Region, RouteTableId = routeTableId, DestinationCidrBlock = $"10.252.{attempt}.0/24",
                NextHopType = "RouterInterface", NextHopId = pair.InitiatorId, RouteEntryName = s.Prefix + "busy-" + attempt, ClientToken = s.NewToken(),
            }, cancellationToken);
            var answer = await ExpressConnectCall.SendAsync(s, pair.InitiatorClient, pair.InitiatorId, force: false, cancellationToken);
            calls.AddRange(s.Calls.Since(mark));
            await WaitAvailableAsync(s, pair, routeTableId, entryId, cancellationToken);
            lastCode = answer.FirstCode;
            var value = lastCode switch
            {
                SeedCode => "seed",
                { } code when A3Codes.Contains(code) => "any-a3",
                _ => null,
            };
            if (value is not null)
            {
                return new Observation("B8", VariantNames.ExpressConnectBusyCodes, Settlement.Settled, value,
                    $"{value}: DeleteExpressConnect answered {lastCode} while a route entry in the table was Pending") { Calls = calls };
            }

            if (answer.Accepted || lastCode != ScopeQuestion.RouteDependency)
            {
                break;
            }
        }

        return Observation.Unsettled("B8", VariantNames.ExpressConnectBusyCodes,
            lastCode == ScopeQuestion.RouteDependency
                ? "the route entry was Available before DeleteExpressConnect reached it, three times (the dependency refusal, not a busy code)"
                : $"DeleteExpressConnect answered {lastCode ?? "OK"}", calls);
    }

    private static Task<bool> WaitAvailableAsync(ProbeSession s, ProbePair pair, string routeTableId, string entryId, CancellationToken cancellationToken) =>
        s.WaitUntilAsync($"route entry {entryId} Available", async ct =>
            (await pair.InitiatorClient.DescribeRouteEntriesAsync(s.Region, routeTableId, null, ct)).Any(e => e.RouteEntryId == entryId && e.Status == "Available"),
            ProbeSession.SteadyTimeout, cancellationToken);
}
