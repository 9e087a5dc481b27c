using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client.Models;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>
/// <c>pulumi destroy</c> of a stack with an acceptor and an initiator, through the real plugin and the real emulator:
/// idle, Active, and starting while an end is in transition.
/// </summary>
public sealed class DestroyPairTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    [Fact]
    public async Task Destroy_IdlePair_DeletesBothEndsAndTellsTheUser()
    {
        using var test = Bounds.ForTest();
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
        Assert.DoesNotContain(destroy.Logs, l => l.Severity is LogSeverity.Error or LogSeverity.Warning);
    }

    [Fact]
    public async Task Destroy_ActivePair_DeactivatesThenDeletesAndReturnsOnlyWhenBothEndsAreGone()
    {
        using var test = Bounds.ForTest();
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
            TimeSpan.FromMilliseconds(10));
        var destroy = await destroying;
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Empty(engine.State.Resources);
        CloudAssert.Gone(atReturn, pair.InitiatorId, pair.AcceptorId);

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
        Assert.Contains(destroy.StatusLines(initiatorUrn), l => l.StartsWith("deactivating ", StringComparison.Ordinal));
        Assert.Contains(destroy.StatusLines(initiatorUrn), l => l.Contains("to be gone", StringComparison.Ordinal));
        Assert.Contains(destroy.Diagnostics(engine.Urn(PairStack.AcceptorName), LogSeverity.Info), m => m.StartsWith("AlreadyGone:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Destroy_StartsWhileThePairIsConnecting_WaitsThroughItThenDeactivatesAndDeletes()
    {
        using var test = Bounds.ForTest();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: false, test.Token);
        var held = await HeldCall.ArmAsync(fixture.Emulator, "DescribeRouterInterfaces", Hold, test.Token);

        var destroying = engine.DestroyAsync(cancellationToken: test.Token);
        await held.WaitUntilHeldAsync(test.Token);
        await using (await fixture.SlowDownAsync(Slow(EmulatorTransitions.Connecting, EmulatorTransitions.AcceptingConnecting), test.Token))
        {
            // A colleague connects the pair from the console while the teardown starts.
            await fixture.Cloud.ModifyRouterInterfaceAttributeAsync(
                new ModifyRouterInterfaceAttributeRequest
                {
                    RegionId = Regions.Home,
                    RouterInterfaceId = pair.AcceptorId,
                    OppositeInterfaceId = pair.InitiatorId,
                    OppositeRouterId = pair.InitiatorRouter.RouterId,
                    OppositeRouterType = "VRouter",
                },
                test.Token);
            await fixture.Cloud.ConnectRouterInterfaceAsync(Regions.Home, pair.InitiatorId, test.Token);
        }

        var destroy = await destroying;
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        var initiatorUrn = engine.Urn(PairStack.InitiatorName);
        Assert.Contains(destroy.StatusLines(initiatorUrn), l => l.StartsWith($"waiting for {pair.InitiatorId} to leave Connecting", StringComparison.Ordinal)
            || l.StartsWith($"waiting for {pair.AcceptorId} to leave AcceptingConnecting", StringComparison.Ordinal));
        Assert.Contains(destroy.StatusLines(initiatorUrn), l => l.StartsWith("deactivating ", StringComparison.Ordinal));
        CloudAssert.Gone(await fixture.StateAsync(test.Token), pair.InitiatorId, pair.AcceptorId);
    }

    [Fact]
    public async Task Destroy_StartsWhileAnEndIsDeactivating_WaitsThroughItThenDeletes()
    {
        using var test = Bounds.ForTest();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);
        var held = await HeldCall.ArmAsync(fixture.Emulator, "DescribeRouterInterfaces", Hold, test.Token);

        var destroying = engine.DestroyAsync(cancellationToken: test.Token);
        await held.WaitUntilHeldAsync(test.Token);
        await using (await fixture.SlowDownAsync(Slow(EmulatorTransitions.Deactivating), test.Token))
        {
            await fixture.Cloud.DeactivateRouterInterfaceAsync(Regions.Home, pair.AcceptorId, test.Token);
        }

        var destroy = await destroying;
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        var initiatorUrn = engine.Urn(PairStack.InitiatorName);
        var waits = destroy.StatusLines(initiatorUrn).Where(l => l.StartsWith($"waiting for {pair.AcceptorId} to leave Deactivating", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(waits);
        // The acceptor was deactivated out of band (first call); the provider deactivated only the initiator.
        var mutations = (await requests.ReadAsync(test.Token)).Where(r => RequestLog.IsMutating(r) && r.Code is null).ToList();
        Assert.Equal(["DeactivateRouterInterface", "DeactivateRouterInterface", "DeleteExpressConnect"], mutations.Select(r => r.Action));
        Assert.Equal([pair.AcceptorId, pair.InitiatorId], mutations.Take(2).Select(r => r.Parameters["RouterInterfaceId"]));
        CloudAssert.Gone(await fixture.StateAsync(test.Token), pair.InitiatorId, pair.AcceptorId);
    }

    /// <summary>How long the provider's first look is held while the test starts a transition out of band.</summary>
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(2);

    /// <summary>Longer than <see cref="Hold"/>: the held look sees the transition still running.</summary>
    private static Dictionary<string, double> Slow(params string[] transitions) => transitions.ToDictionary(t => t, _ => 2.5);
}
