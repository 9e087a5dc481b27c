using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client.Models;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>
/// <c>pulumi destroy</c> starting while an end of the pair is in transition (changed out of band at a known point:
/// while the provider's first look is held): the delete waits it through, showing the wait on the resource's row.
/// </summary>
public sealed class DestroyTransitionTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    [Fact]
    public async Task Destroy_StartsWhileThePairIsConnecting_WaitsThroughItThenDeactivatesAndDeletes()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: false, test.Token);
        var held = await HeldCall.ArmAsync(fixture.Emulator, "DescribeRouterInterfaces", Hold, test.Token);

        var destroying = engine.DestroyAsync(cancellationToken: test.Token);
        await held.WaitUntilHeldAsync(test.Token);
        await using (await fixture.SlowDownAsync(Slow(EmulatorTransitions.Connecting, EmulatorTransitions.AcceptingConnecting), test.Token))
        {
            // A colleague connects the pair from the console while the teardown starts (every opposite field on both
            // ends, as the real Connect needs).
            await fixture.Cloud.ModifyRouterInterfaceAttributeAsync(
                new ModifyRouterInterfaceAttributeRequest
                {
                    RegionId = Regions.Home,
                    RouterInterfaceId = pair.AcceptorId,
                    OppositeInterfaceId = pair.InitiatorId,
                    OppositeRouterId = pair.InitiatorRouter.RouterId,
                    OppositeRouterType = "VRouter",
                    OppositeInterfaceOwnerId = EmulatorCredentials.Dev.AccountId,
                },
                test.Token);
            await fixture.Cloud.ModifyRouterInterfaceAttributeAsync(
                new ModifyRouterInterfaceAttributeRequest
                {
                    RegionId = Regions.Home,
                    RouterInterfaceId = pair.InitiatorId,
                    OppositeRouterId = pair.AcceptorRouter.RouterId,
                    OppositeRouterType = "VRouter",
                    OppositeInterfaceOwnerId = EmulatorCredentials.Dev.AccountId,
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
        using var test = TestBounds.Start();
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

    [Fact]
    public async Task Destroy_StartsWhileTheInstanceIsBeingDeletedElsewhere_FollowsItUntilGoneWithoutDeletingAgain()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: false, test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);
        var held = await HeldCall.ArmAsync(fixture.Emulator, "DescribeRouterInterfaces", Hold, test.Token);

        var destroying = engine.DestroyAsync(cancellationToken: test.Token);
        await held.WaitUntilHeldAsync(test.Token);
        await using (await fixture.SlowDownAsync(Slow(EmulatorTransitions.Deleting), test.Token))
        {
            // Another teardown (or a colleague) deletes the initiator meanwhile.
            await fixture.Cloud.DeleteExpressConnectAsync(Regions.Home, pair.InitiatorId, force: false, Guid.NewGuid().ToString(), test.Token);
        }

        var destroy = await destroying;
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        var initiatorUrn = engine.Urn(PairStack.InitiatorName);
        Assert.Contains(destroy.StatusLines(initiatorUrn), l => l.StartsWith($"waiting for {pair.InitiatorId} (Deleting) to be gone", StringComparison.Ordinal));
        Assert.Contains(destroy.Diagnostics(initiatorUrn, LogSeverity.Info), m => m.Contains("disappeared while the delete was waiting", StringComparison.Ordinal));
        // One DeleteExpressConnect for the initiator (the out-of-band one); the acceptor, not part of its instance, by its own Delete.
        var deletes = (await requests.ReadAsync(test.Token)).Where(r => r.Action == "DeleteExpressConnect").ToList();
        Assert.Equal([pair.InitiatorId, pair.AcceptorId], deletes.Select(r => r.Parameters["RouterInterfaceId"]));
        CloudAssert.Gone(await fixture.StateAsync(test.Token), pair.InitiatorId, pair.AcceptorId);
    }

    /// <summary>How long the provider's first look is held while the test starts a transition out of band.</summary>
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(2);

    /// <summary>Longer than <see cref="Hold"/>: the held look sees the transition still running.</summary>
    private static Dictionary<string, double> Slow(params string[] transitions) => transitions.ToDictionary(t => t, _ => 2.5);
}
