using Alicloud.Vpc.Client.Models;
using Alicloud.Vpc.Emulator.Behaviour;

namespace Alicloud.RouterInterface.Conformance.Questions;

/// <summary>
/// DeleteExpressConnect Force=true on the Inactive pair, then, timed from before the call: B5 (how long the deleted
/// end still lists as Deleting), B4 (how long it then lists as Deleted) and B10 (whether the ECMP entry through the
/// initiator and another interface is gone or only lost the hop through the initiator).
/// </summary>
internal static class ForceDeleteQuestion
{
    public static async Task<IReadOnlyList<Observation>> AskAsync(ProbeSession s, ProbePair pair, string callerId, string routeTableId, string? ecmpEntryId, ProbeVpc acceptorVpc, CancellationToken cancellationToken)
    {
        var client = callerId == pair.AcceptorId ? pair.AcceptorClient : pair.InitiatorClient;
        var mark = s.Calls.Count;
        var start = s.Now();
        var answer = await ExpressConnectCall.SendAsync(s, client, callerId, force: true, cancellationToken);
        if (!answer.Accepted)
        {
            var why = $"DeleteExpressConnect Force=true on the Inactive pair answered {answer.FinalCode}";
            return [
                Observation.Unsettled("B4", VariantNames.DeletedRowSeconds, why, answer.Calls),
                Observation.Unsettled("B5", VariantNames.DeleteListingLagSeconds, why, answer.Calls),
                Observation.Unsettled("B10", VariantNames.ForceEcmp, why, answer.Calls),
                Observation.Unsettled("B5", VariantNames.VpcDeleteTailSeconds, why, answer.Calls),
            ];
        }

        var tail = VpcTailAsync(s, acceptorVpc, start, cancellationToken);
        s.Progress.Say($"B5: how long {pair.InitiatorId} lists as Deleting");
        RouterInterfaceInfo? row = null;
        await s.WaitUntilAsync($"{pair.InitiatorId} to stop listing as Deleting", async ct =>
        {
            row = await s.ListedAsync(pair.InitiatorClient, pair.InitiatorId, ct);
            return row?.Status != "Deleting";
        }, ProbeSession.SteadyTimeout, cancellationToken);
        var deleting = s.SecondsSince(start);
        var lag = new Observation("B5", VariantNames.DeleteListingLagSeconds, Settlement.Settled, (int)Math.Floor(deleting),
            $"{Math.Floor(deleting):0} s: the deleted end listed as Deleting for {deleting:0.0} s after the call (the Deleting transition included), then {(row is null ? "not at all" : row.Status)}")
        { Calls = s.Calls.Since(mark), Timings = new Dictionary<string, double> { ["listedDeletingSeconds"] = deleting } };

        var deletedRow = await DeletedRowAsync(s, pair, row, mark, cancellationToken);
        var ecmp = await EcmpAsync(s, pair, routeTableId, ecmpEntryId, mark, cancellationToken);
        return [deletedRow, lag, ecmp, await tail];
    }

    /// <summary>
    /// B5, DeleteVpc: the acceptor's VPC holds only the deleted acceptor; DeleteVpc is retried from the moment the
    /// DeleteExpressConnect was sent until it succeeds (the Deleting transition included, as for the listing lag).
    /// </summary>
    private static async Task<Observation> VpcTailAsync(ProbeSession s, ProbeVpc vpc, long start, CancellationToken cancellationToken)
    {
        var mark = s.Calls.Count;
        var deleted = await VpcDeletion.DeleteAsync(s, vpc.Client, vpc.Vpc.VpcId, cancellationToken);
        var seconds = s.SecondsSince(start);
        var calls = s.Calls.Since(mark, "DeleteVpc");
        var timings = new Dictionary<string, double> { ["deleteVpcSucceededAfterSeconds"] = seconds };
        return deleted
            ? new Observation("B5", VariantNames.VpcDeleteTailSeconds, Settlement.Settled, (int)Math.Floor(seconds),
                $"{Math.Floor(seconds):0} s: DeleteVpc of the deleted acceptor's VPC succeeded {seconds:0.0} s after DeleteExpressConnect was sent ({calls.Count(c => c.Code is not null)} refusals before)")
            { Calls = calls, Timings = timings }
            : Observation.Unsettled("B5", VariantNames.VpcDeleteTailSeconds, $"DeleteVpc still refused after {seconds:0} s", calls) with { Timings = timings };
    }

    private static async Task<Observation> DeletedRowAsync(ProbeSession s, ProbePair pair, RouterInterfaceInfo? row, int mark, CancellationToken cancellationToken)
    {
        if (row is null)
        {
            return new Observation("B4", VariantNames.DeletedRowSeconds, Settlement.Settled, 0, "0 s: the deleted end was never listed as Deleted")
            { Calls = s.Calls.Since(mark) };
        }

        if (row.Status != "Deleted")
        {
            return Observation.Unsettled("B4", VariantNames.DeletedRowSeconds, $"after Deleting the end listed as {row.Status}", s.Calls.Since(mark));
        }

        s.Progress.Say($"B4: how long {pair.InitiatorId} lists as Deleted (watching up to {s.Options.DeletedRowWatch.TotalSeconds:0} s)");
        var start = s.Now();
        var gone = await s.WaitUntilAsync($"{pair.InitiatorId} to stop listing as Deleted", async ct =>
            await s.ListedAsync(pair.InitiatorClient, pair.InitiatorId, ct) is null, s.Options.DeletedRowWatch, cancellationToken);
        var seconds = s.SecondsSince(start);
        var timings = new Dictionary<string, double> { ["listedDeletedSeconds"] = seconds };
        return gone
            ? new Observation("B4", VariantNames.DeletedRowSeconds, Settlement.Settled, (int)Math.Round(seconds),
                $"{Math.Round(seconds):0} s: the deleted end listed with Status Deleted for {seconds:0.0} s") { Calls = s.Calls.Since(mark), Timings = timings }
            : Observation.Unsettled("B4", VariantNames.DeletedRowSeconds, $"still listed as Deleted after {seconds:0} s (--deleted-row-watch)", s.Calls.Since(mark)) with { Timings = timings };
    }

    private static async Task<Observation> EcmpAsync(ProbeSession s, ProbePair pair, string routeTableId, string? ecmpEntryId, int mark, CancellationToken cancellationToken)
    {
        if (ecmpEntryId is null)
        {
            return Observation.Unsettled("B10", VariantNames.ForceEcmp, "the ECMP route entry could not be created (see the B10 create call)", s.Calls.Since(mark));
        }

        s.Progress.Say($"B10: what Force=true left of the ECMP entry {ecmpEntryId}");
        RouteEntryInfo? entry = null;
        await s.WaitUntilAsync($"{ecmpEntryId} to be gone or to route without {pair.InitiatorId}", async ct =>
        {
            entry = (await pair.InitiatorClient.DescribeRouteEntriesAsync(s.Region, routeTableId, null, ct)).FirstOrDefault(e => e.RouteEntryId == ecmpEntryId);
            return entry is null || (!entry.RoutesThrough(pair.InitiatorId) && entry.Status == "Available");
        }, ProbeSession.SteadyTimeout, cancellationToken);
        var value = entry is null ? "whole-entry" : !entry.RoutesThrough(pair.InitiatorId) ? "only-hop" : null;
        return value is null
            ? Observation.Unsettled("B10", VariantNames.ForceEcmp, $"the ECMP entry still routes through the deleted end ({entry!.Status})", s.Calls.Since(mark))
            : new Observation("B10", VariantNames.ForceEcmp, Settlement.Settled, value,
                value == "whole-entry"
                    ? "whole-entry: the ECMP entry through the deleted end and another interface is gone"
                    : $"only-hop: the ECMP entry remains with the hops {string.Join(", ", entry!.NextHops.Select(h => h.NextHopId))}") { Calls = s.Calls.Since(mark) };
    }
}
