using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Polling;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary><c>pulumi destroy</c> of a stack with an acceptor and an initiator, through the real plugin and the real emulator: idle and Active.</summary>
public sealed partial class DestroyPairTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    [Fact]
    public async Task Destroy_IdlePair_DeletesBothEndsAndTellsTheUser()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: false, test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Equal([PairStack.InitiatorName, PairStack.AcceptorName], destroy.Resources.Select(r => r.Name));
        Assert.Empty(engine.State.Resources);
        CloudAssert.Gone(await fixture.StateAsync(test.Token), pair.InitiatorId, pair.AcceptorId);
        var deletes = (await requests.ReadAsync(test.Token)).Where(r => r.Action == "DeleteExpressConnect" && r.Code is null).ToList();
        Assert.Equal([pair.InitiatorId, pair.AcceptorId], deletes.Select(r => r.Parameters["RouterInterfaceId"]));

        // What the user sees: each row says what it is doing; the initiator notes that the idle acceptor was not part of its instance.
        var initiatorUrn = engine.Urn(PairStack.InitiatorName);
        var acceptorUrn = engine.Urn(PairStack.AcceptorName);
        Assert.Contains(destroy.StatusLines(initiatorUrn), l => l.Contains($"deleting the Express Connect instance of {pair.InitiatorId}", StringComparison.Ordinal));
        Assert.Contains(destroy.StatusLines(acceptorUrn), l => l.Contains($"deleting the Express Connect instance of {pair.AcceptorId}", StringComparison.Ordinal));
        Assert.Contains(destroy.Diagnostics(initiatorUrn, LogSeverity.Info), m => m.Contains(pair.AcceptorId, StringComparison.Ordinal) && m.Contains("still exists", StringComparison.Ordinal));
        // The initiator's wait is for itself only: the idle acceptor is not part of its instance and is not said to go.
        Assert.DoesNotContain(destroy.StatusLines(initiatorUrn), l => l.Contains("to be gone", StringComparison.Ordinal) && l.Contains(pair.AcceptorId, StringComparison.Ordinal));
        Assert.DoesNotContain(destroy.Logs, l => l.Severity is LogSeverity.Error or LogSeverity.Warning);
    }

    [Fact]
    public async Task Destroy_ActivePair_DeactivatesThenDeletesAndReturnsOnlyWhenBothEndsAreGone()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Active", pair.InitiatorId, pair.AcceptorId);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var destroying = engine.DestroyAsync(cancellationToken: test.Token);
        // The engine drops the initiator from its state the moment its Delete returns: look at the cloud right then.
        // Had the provider returned while the ends were Deleting, the emulator would still hold them.
        var atReturn = await Eventually.GetAsync(
            async ct => engine.State.Find(PairStack.InitiatorName) is null ? await fixture.StateAsync(ct) : null,
            "the initiator's Delete returned",
            test.Token,
            new PollingOptions { Interval = TimeSpan.FromMilliseconds(10) });
        var destroy = await destroying;
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Empty(engine.State.Resources);
        CloudAssert.Gone(atReturn, pair.InitiatorId, pair.AcceptorId);
        Assert.NotEmpty(destroy.StatusLines(engine.Urn(PairStack.InitiatorName)));
        // Status lines for CI (a line per message): each says what changed, the state waited on or the step, never
        // only a ticking number; identical lines only as the rare keep-alive repeat.
        foreach (var urn in new[] { engine.Urn(PairStack.InitiatorName), engine.Urn(PairStack.AcceptorName) })
        {
            var lines = destroy.StatusLines(urn);
            Assert.All(lines.Zip(lines.Skip(1)), p => Assert.False(
                p.First != p.Second && Digits().Replace(p.First, "#") == Digits().Replace(p.Second, "#"),
                $"status line differs from the previous one only in a number: '{p.First}' → '{p.Second}'"));
            Assert.True(lines.Count <= 12 + (int)(destroy.Duration.TotalSeconds / 30), string.Join(" | ", lines));
        }

        var log = await requests.ReadAsync(test.Token);
        output.WriteLine(RequestLog.Describe(log));
        var mutations = log.Where(r => RequestLog.IsMutating(r) && r.Code is null).ToList();
        // Both ends deactivated, then one DeleteExpressConnect for the instance; the acceptor's own delete then finds it gone.
        Assert.Equal(
            ["DeactivateRouterInterface", "DeactivateRouterInterface", "DeleteExpressConnect"],
            mutations.Select(r => r.Action));
        Assert.Equal(
            new[] { pair.InitiatorId, pair.AcceptorId }.Order(),
            mutations.Take(2).Select(r => r.Parameters["RouterInterfaceId"]).Order());
        Assert.Equal(pair.InitiatorId, mutations[2].Parameters["RouterInterfaceId"]);

        var initiatorUrn = engine.Urn(PairStack.InitiatorName);
        Assert.Equal(
            [$"deactivating {mutations[0].Parameters["RouterInterfaceId"]}", $"deactivating {mutations[1].Parameters["RouterInterfaceId"]}"],
            destroy.StatusLines(initiatorUrn).Where(l => l.StartsWith("deactivating ", StringComparison.Ordinal)));
        Assert.Contains(destroy.Diagnostics(engine.Urn(PairStack.AcceptorName), LogSeverity.Info), m => m.StartsWith("AlreadyGone:", StringComparison.Ordinal));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+")]
    private static partial System.Text.RegularExpressions.Regex Digits();
}
