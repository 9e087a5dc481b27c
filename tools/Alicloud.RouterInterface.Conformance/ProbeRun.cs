using Alicloud.RouterInterface.Conformance.Questions;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Alicloud.Vpc.Emulator.Behaviour;

namespace Alicloud.RouterInterface.Conformance;

/// <summary>
/// One consented run: sweep the prefix, create the fewest resources, ask every question in an order where each leaves
/// the resources as the next needs them, and always tear down (the questions' token stops the questions only).
/// </summary>
internal sealed class ProbeRun(ProbeSession s, ProviderDelete ownDelete, ProviderDelete? oppositeDelete)
{
    public async Task<ConformanceReport> RunAsync(ConformanceReport report, CancellationToken questions, CancellationToken cleanup)
    {
        await RegionCheck.EnsureAsync(s, questions);
        s.Progress.Say($"sweeping what earlier runs left under '{s.Prefix}'");
        var swept = await new Teardown(s, ownDelete, oppositeDelete).RunAsync(cleanup);
        if (swept.Count > 0)
        {
            throw new ProbeException("the sweep could not remove " + string.Join(", ", swept));
        }

        var fixture = new ProbeFixture(s);
        var teardown = new Teardown(s, ownDelete, oppositeDelete);
        try
        {
            await AskAsync(report, fixture, questions);
        }
        catch (OperationCanceledException) when (questions.IsCancellationRequested)
        {
            report.Interrupted = true;
            s.Progress.Say("interrupted: no more questions, cleaning up");
        }
        finally
        {
            report.Created.AddRange(fixture.Created);
            s.Progress.Say("cleanup: everything under the prefix, through the provider's delete lifecycle");
            report.LeftBehind.AddRange(await teardown.RunAsync(cleanup));
        }

        return report;
    }

    private async Task AskAsync(ConformanceReport report, ProbeFixture fixture, CancellationToken ct)
    {
        var a = await fixture.CreateVpcAsync(s.Own, "a", "172.16.0.0/16", ct);
        var b = await fixture.CreateVpcAsync(s.Own, "b", "172.17.0.0/16", ct);
        var pair = await fixture.CreateConnectedPairAsync(a, b, "pair", ct);
        report.Observations.Add(new Observation("B5", VariantNames.CreateListingLagSeconds, Settlement.Settled, (int)Math.Floor(fixture.FirstListingLag ?? 0),
            $"{Math.Floor(fixture.FirstListingLag ?? 0):0} s: the first new interface was listed {fixture.FirstListingLag:0.0} s after its create was sent")
        { Calls = fixture.FirstListingCalls,
          Timings = new Dictionary<string, double> { ["listedAfterSeconds"] = fixture.FirstListingLag ?? 0 } });
        report.Observations.Add(await FilterCapQuestion.AskAsync(s, pair.InitiatorId, ct));

        var hop = await fixture.CreateInitiatorAsync(a, b, "ecmp-hop", acceptor: null, ct);
        var ecmp = await CreateEcmpEntryAsync(a, pair, hop, ct);
        var (scope, active) = await ScopeQuestion.AskAsync(s, pair, ct);
        report.Observations.Add(scope);
        report.Observations.Add(active);
        report.Observations.Add(await DeactivatePeerQuestion.AskAsync(s, pair, ct));
        var scopeValue = scope.Value as string;
        if (scopeValue is null or "fast-link-only" or "fast-link-only-not-found")
        {
            var why = scopeValue is null
                ? "B1 is unsettled, so the questions that need DeleteExpressConnect to delete an ordinary pair were not asked"
                : "DeleteExpressConnect does not take ordinary pairs on this account (B1), and a fast-link pair needs a physical connection";
            report.Observations.Add(Observation.NotProbed("B8", VariantNames.ExpressConnectBusyCodes, why));
            report.Observations.Add(Observation.NotProbed("B4", VariantNames.DeletedRowSeconds, why));
            report.Observations.Add(Observation.NotProbed("B5", VariantNames.DeleteListingLagSeconds, why));
            report.Observations.Add(Observation.NotProbed("B10", VariantNames.ForceEcmp, why));
            report.Observations.Add(Observation.NotProbed("B5", VariantNames.VpcDeleteTailSeconds, why));
            report.Observations.Add(Observation.NotProbed("B7", VariantNames.CrossAccountExpressConnect, why));
        }
        else
        {
            report.Observations.Add(await BusyCodeQuestion.AskAsync(s, pair, a.Vpc.RouteTableId, ct));
            var caller = scopeValue == "any-pair" ? pair.AcceptorId : pair.InitiatorId;
            report.Observations.AddRange(await ForceDeleteQuestion.AskAsync(s, pair, caller, a.Vpc.RouteTableId, ecmp, b, ct));
            report.Observations.Add(await CrossAccountQuestion.AskAsync(s, fixture, a, ct));
        }

        report.Observations.Add(Observation.NotProbed("B9", VariantNames.UnlistedQuota,
            "finding a quota means calling until throttled, which spends the quota every RAM user and process of the account shares (A8) and disturbs them"));
    }

    /// <summary>The ECMP entry of B10 through the pair's initiator and the unconnected one; null (with the refusal in the evidence) when the API refuses it.</summary>
    private async Task<string?> CreateEcmpEntryAsync(ProbeVpc a, ProbePair pair, string hop, CancellationToken ct)
    {
        s.Progress.Say($"B10: ECMP route entry 10.251.0.0/16 through {pair.InitiatorId} and {hop}");
        try
        {
            var id = await s.Own.CreateRouteEntryAsync(new CreateRouteEntryRequest
            {
                RegionId = s.Region, RouteTableId = a.Vpc.RouteTableId, DestinationCidrBlock = "10.251.0.0/16",
                NextHopList = [pair.InitiatorId, hop], RouteEntryName = s.Prefix + "ecmp", ClientToken = s.NewToken(),
            }, ct);
            await s.WaitUntilAsync($"route entry {id} Available", async c =>
                (await s.Own.DescribeRouteEntriesAsync(s.Region, a.Vpc.RouteTableId, null, c)).Any(e => e.RouteEntryId == id && e.Status == "Available"),
                ProbeSession.SteadyTimeout, ct);
            return id;
        }
        catch (AlibabaCloudException ex)
        {
            // B1/B2 still need an entry through the initiator, so their Force=false calls cannot delete the pair.
            s.Progress.Say($"  the ECMP entry was refused ({ex.ErrorCode}); a single-hop entry through {pair.InitiatorId} instead");
            var id = await s.Own.CreateRouteEntryAsync(new CreateRouteEntryRequest
            {
                RegionId = s.Region, RouteTableId = a.Vpc.RouteTableId, DestinationCidrBlock = "10.251.0.0/16",
                NextHopType = "RouterInterface", NextHopId = pair.InitiatorId, RouteEntryName = s.Prefix + "single", ClientToken = s.NewToken(),
            }, ct);
            await s.WaitUntilAsync($"route entry {id} Available", async c =>
                (await s.Own.DescribeRouteEntriesAsync(s.Region, a.Vpc.RouteTableId, null, c)).Any(e => e.RouteEntryId == id && e.Status == "Available"),
                ProbeSession.SteadyTimeout, ct);
            return null;
        }
    }
}
