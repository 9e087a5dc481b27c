using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Lifecycle;

/// <summary>
/// The plugin signs with ACS3-HMAC-SHA256 unless <c>signatureAlgorithm: v2</c> is configured, and the emulator verifies
/// either for real (a call it could not verify would fail the up or the destroy).
/// </summary>
public sealed class SignatureAlgorithmTests(FastEmulatorFixture fixture) : IClassFixture<FastEmulatorFixture>
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("ACS3-HMAC-SHA256", false)]
    [InlineData("v2", true)]
    public async Task UpAndDestroy_SignatureAlgorithm_SignsEveryCallThatWay(string? algorithm, bool v2)
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        if (algorithm is not null)
        {
            engine.Config["signatureAlgorithm"] = algorithm;
        }

        var pair = await fixture.UpPairAsync(engine, connect: false, test.Token);
        var destroyRequests = await fixture.MarkRequestsAsync(test.Token);
        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);

        Assert.True(destroy.Succeeded, destroy.ToString());
        var creates = (await fixture.Admin.GetRequestsAsync("CreateRouterInterface", test.Token))
            .Where(r => (r.Parameters.GetValueOrDefault("RouterId") == pair.AcceptorRouter.RouterId || r.Parameters.GetValueOrDefault("RouterId") == pair.InitiatorRouter.RouterId))
            .ToList();
        Assert.Equal(2, creates.Count);
        var calls = creates.Concat(await destroyRequests.ReadAsync(test.Token)).ToList();
        Assert.Contains(calls, r => r.Action == "DeleteExpressConnect");
        // The request log hides the signature itself; V2's signing parameters show which scheme was verified.
        Assert.All(calls, r => Assert.Equal(v2, IsV2(r)));
    }

    private static bool IsV2(EmulatorRequestRecord record) =>
        record.Parameters.ContainsKey("SignatureMethod") && record.Parameters.ContainsKey("SignatureNonce");
}
