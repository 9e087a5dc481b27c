using Alicloud.Vpc.Emulator.Behaviour;

namespace Alicloud.RouterInterface.Conformance.Questions;

/// <summary>
/// B3: deactivates the initiator of an Active pair and, once it is Inactive, reads the acceptor: still Active means
/// the ends are independent, Deactivating or Inactive that it follows. Leaves both ends Inactive either way.
/// </summary>
internal static class DeactivatePeerQuestion
{
    public static async Task<Observation> AskAsync(ProbeSession s, ProbePair pair, CancellationToken cancellationToken)
    {
        s.Progress.Say($"B3: deactivating {pair.InitiatorId} only; does {pair.AcceptorId} follow?");
        var mark = s.Calls.Count;
        var start = s.Now();
        await pair.InitiatorClient.DeactivateRouterInterfaceAsync(s.Region, pair.InitiatorId, cancellationToken);
        if (!await s.WaitForStatusAsync(pair.InitiatorClient, pair.InitiatorId, "Inactive", cancellationToken))
        {
            throw new ProbeException($"{pair.InitiatorId} did not become Inactive after DeactivateRouterInterface");
        }

        var deactivated = s.SecondsSince(start);
        var peer = await s.ListedAsync(pair.AcceptorClient, pair.AcceptorId, cancellationToken);
        var value = peer?.Status switch
        {
            "Active" => "independent",
            "Deactivating" or "Inactive" => "follows",
            _ => null,
        };
        var calls = s.Calls.Since(mark);
        if (value != "follows")
        {
            await pair.AcceptorClient.DeactivateRouterInterfaceAsync(s.Region, pair.AcceptorId, cancellationToken);
        }

        if (!await s.WaitForStatusAsync(pair.AcceptorClient, pair.AcceptorId, "Inactive", cancellationToken))
        {
            throw new ProbeException($"{pair.AcceptorId} did not become Inactive");
        }

        var timings = new Dictionary<string, double> { ["initiatorInactiveAfter"] = deactivated };
        return value is null
            ? Observation.Unsettled("B3", VariantNames.DeactivatePeer, $"the acceptor was {peer?.Status ?? "not listed"} once the initiator was Inactive", calls) with { Timings = timings }
            : new Observation("B3", VariantNames.DeactivatePeer, Settlement.Settled, value,
                $"{value}: once the deactivated initiator was Inactive, its peer was {peer!.Status}") { Calls = calls, Timings = timings };
    }
}
