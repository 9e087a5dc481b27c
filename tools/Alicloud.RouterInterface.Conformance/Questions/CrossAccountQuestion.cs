using Alicloud.Vpc.Emulator.Behaviour;

namespace Alicloud.RouterInterface.Conformance.Questions;

/// <summary>
/// B7: a pair between this account (initiator) and the opposite account (acceptor), both ends Inactive; this
/// account's DeleteExpressConnect Force=true with its own end's ID. Refused (<c>Forbbiden.InvaildOwner</c>), or accepted;
/// then, once its own end is gone, the other account's end is gone or Deleting (both-ends) or still there (own-end).
/// </summary>
internal static class CrossAccountQuestion
{
    public const string Refused = "Forbbiden.InvaildOwner";

    public static async Task<Observation> AskAsync(ProbeSession s, ProbeFixture fixture, ProbeVpc own, CancellationToken cancellationToken)
    {
        if (s.Opposite is null)
        {
            return Observation.NotProbed("B7", VariantNames.CrossAccountExpressConnect,
                "no credentials of another account (ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_ID/SECRET or ..._OPPOSITE_PROFILE)");
        }

        s.Progress.Say("B7: a cross-account pair; does this account's DeleteExpressConnect delete the other account's end?");
        var other = await fixture.CreateVpcAsync(s.Opposite, "c", "172.18.0.0/16", cancellationToken);
        var pair = await fixture.CreateConnectedPairAsync(own, other, "cross", cancellationToken);
        await pair.InitiatorClient.DeactivateRouterInterfaceAsync(s.Region, pair.InitiatorId, cancellationToken);
        if ((await s.ListedAsync(pair.AcceptorClient, pair.AcceptorId, cancellationToken))?.Status == "Active")
        {
            await pair.AcceptorClient.DeactivateRouterInterfaceAsync(s.Region, pair.AcceptorId, cancellationToken);
        }

        if (!await s.WaitForStatusAsync(pair.InitiatorClient, pair.InitiatorId, "Inactive", cancellationToken)
            || !await s.WaitForStatusAsync(pair.AcceptorClient, pair.AcceptorId, "Inactive", cancellationToken))
        {
            throw new ProbeException($"the cross-account pair {pair.InitiatorId}/{pair.AcceptorId} did not become Inactive");
        }

        var mark = s.Calls.Count;
        var answer = await ExpressConnectCall.SendAsync(s, pair.InitiatorClient, pair.InitiatorId, force: true, cancellationToken);
        if (answer.FirstCode == Refused)
        {
            return new Observation("B7", VariantNames.CrossAccountExpressConnect, Settlement.Settled, "refused",
                $"refused: DeleteExpressConnect answered {Refused} while the other account's end exists") { Calls = s.Calls.Since(mark) };
        }

        if (!answer.Accepted)
        {
            return Observation.Unsettled("B7", VariantNames.CrossAccountExpressConnect, $"DeleteExpressConnect answered {answer.FinalCode}", s.Calls.Since(mark));
        }

        await s.WaitUntilAsync($"{pair.InitiatorId} to be gone", async ct =>
            (await s.ListedAsync(pair.InitiatorClient, pair.InitiatorId, ct))?.Status is null or "Deleted", ProbeSession.SteadyTimeout, cancellationToken);
        var peer = await s.ListedAsync(pair.AcceptorClient, pair.AcceptorId, cancellationToken);
        var value = peer?.Status is null or "Deleting" or "Deleted" ? "both-ends" : "own-end";
        return new Observation("B7", VariantNames.CrossAccountExpressConnect, Settlement.Settled, value,
            $"{value}: once this account's end was gone, the other account's end was {peer?.Status ?? "not listed"}") { Calls = s.Calls.Since(mark) };
    }
}
