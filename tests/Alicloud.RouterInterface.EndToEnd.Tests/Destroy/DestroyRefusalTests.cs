using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Engine;
using Grpc.Core;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>
/// Destroys the provider must refuse before changing anything (route entries without force, prepaid ends), and the
/// way out the refusal names (force: true).
/// </summary>
public sealed class DestroyRefusalTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    [Fact]
    public async Task Destroy_RouteEntriesUseTheEnds_RefusesWithoutForceAndChangesNothing_ThenForceRemovesRoutesAndBothEnds()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);
        var toAcceptorSide = await fixture.Cloud.CreateRouteToAsync(pair.InitiatorRouter, "192.168.20.0/24", pair.InitiatorId, test.Token);
        var toInitiatorSide = await fixture.Cloud.CreateRouteToAsync(pair.AcceptorRouter, "192.168.10.0/24", pair.AcceptorId, test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var refused = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(refused.Render());

        var failure = Assert.Single(refused.Failed);
        Assert.Equal(PairStack.InitiatorName, failure.Name);
        Assert.Equal(StatusCode.FailedPrecondition, failure.Code);
        Assert.StartsWith("RouteEntriesPresent:", failure.Error, StringComparison.Ordinal);
        // Said once: the refusal is the operation's error, and no log line of the resource repeats it.
        Assert.DoesNotContain(refused.Logs, l => l.Urn == engine.Urn(PairStack.InitiatorName) && l.Message.Contains("RouteEntriesPresent", StringComparison.Ordinal));
        var diagnostic = failure.Error!;
        foreach (var (entry, table, cidr) in new[]
        {
            (toAcceptorSide, pair.InitiatorRouter.RouteTableId, "192.168.20.0/24"),
            (toInitiatorSide, pair.AcceptorRouter.RouteTableId, "192.168.10.0/24"),
        })
        {
            Assert.Contains($"route table {table}, destination {cidr}, entry {entry}", diagnostic, StringComparison.Ordinal);
            Assert.Contains(entry, failure.Error, StringComparison.Ordinal);
        }

        Assert.Contains("force: true", diagnostic, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", diagnostic, StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.Skipped, refused[PairStack.AcceptorName].Status);
        Assert.Equal(2, engine.State.Resources.Count);
        await AssertNothingChangedAsync(requests, pair, test.Token);
        var cloud = await fixture.StateAsync(test.Token);
        Assert.Equal("Available", cloud.RouteEntry(toAcceptorSide)?.Status);
        Assert.Equal("Available", cloud.RouteEntry(toInitiatorSide)?.Status);

        // The way out the message names: force: true through `pulumi up` (in place, no cloud change), then destroy again.
        var forceRequests = await fixture.MarkRequestsAsync(test.Token);
        var forced = new StackProgram(pair.Program.Resources.Select(r => r.With(("force", true))));
        var up = await engine.UpAsync(forced, cancellationToken: test.Token);
        Assert.True(up.Succeeded, up.ToString());
        Assert.All(up.Resources, r => Assert.Equal(StepKind.Update, r.Step));
        Assert.DoesNotContain(await forceRequests.ReadAsync(test.Token), RequestLog.IsMutating);

        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Empty(engine.State.Resources);
        cloud = await fixture.StateAsync(test.Token);
        CloudAssert.Gone(cloud, pair.InitiatorId, pair.AcceptorId);
        Assert.Null(cloud.RouteEntry(toAcceptorSide));
        Assert.Null(cloud.RouteEntry(toInitiatorSide));
        var removed = destroy.Diagnostics(engine.Urn(PairStack.InitiatorName), LogSeverity.Warning);
        Assert.Contains(removed, m => m.StartsWith("RouteEntriesRemoved:", StringComparison.Ordinal) && m.Contains(toAcceptorSide, StringComparison.Ordinal));
        Assert.Contains(removed, m => m.StartsWith("RouteEntriesRemoved:", StringComparison.Ordinal) && m.Contains(toInitiatorSide, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Destroy_PrepaidEnd_RefusesForThisEndAndForTheOppositeEndWithoutChangingAnything()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(
            engine,
            connect: true,
            test.Token,
            initiatorInputs: [("instanceChargeType", "PrePaid"), ("period", 1), ("pricingCycle", "Month"), ("autoPay", true)]);
        var initiator = engine.State.Find(PairStack.InitiatorName)!;
        var endTime = PropertyValues.GetString(initiator.Outputs, "endTime");
        Assert.False(string.IsNullOrEmpty(endTime));
        Assert.Equal("Prepaid", PropertyValues.GetString(initiator.Outputs, "chargeType"));
        var requests = await fixture.MarkRequestsAsync(test.Token);

        // This end is prepaid.
        var self = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(self.Render());

        var refusal = Assert.Single(self.Failed);
        Assert.Equal(PairStack.InitiatorName, refusal.Name);
        Assert.Equal(StatusCode.FailedPrecondition, refusal.Code);
        AssertPrepaidDiagnostic(refusal.Error!, engine.Urn(PairStack.InitiatorName), pair.InitiatorId, "this end", endTime!);
        // Said once: the refusal's text is in the error and in no log line of that resource (status lines included).
        Assert.DoesNotContain(self.Logs, l => l.Urn == engine.Urn(PairStack.InitiatorName) && (l.Message.Contains("PrepaidInstance", StringComparison.Ordinal) || l.Message.Contains("subscription", StringComparison.Ordinal)));
        Assert.Equal(2, engine.State.Resources.Count);

        // The user takes a way out for the prepaid initiator (`pulumi state delete`); the acceptor's delete then meets it as the opposite end.
        Assert.True(engine.State.Remove(initiator));
        var opposite = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(opposite.Render());

        refusal = Assert.Single(opposite.Failed);
        Assert.Equal(PairStack.AcceptorName, refusal.Name);
        AssertPrepaidDiagnostic(refusal.Error!, engine.Urn(PairStack.AcceptorName), pair.InitiatorId, "the opposite end", endTime!);
        Assert.Contains($"router interface {pair.AcceptorId}", refusal.Error, StringComparison.Ordinal);
        Assert.NotNull(engine.State.Find(PairStack.AcceptorName));
        await AssertNothingChangedAsync(requests, pair, test.Token);
    }

    private static void AssertPrepaidDiagnostic(string message, string urn, string prepaidId, string end, string endTime)
    {
        Assert.StartsWith("PrepaidInstance:", message, StringComparison.Ordinal);
        Assert.Contains($"{end} {prepaidId}", message, StringComparison.Ordinal);
        Assert.Contains("ChargeType Prepaid", message, StringComparison.Ordinal);
        Assert.Contains($"EndTime {endTime}", message, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", message, StringComparison.Ordinal);
        Assert.Contains($"pulumi state delete '{urn}'", message, StringComparison.Ordinal);
        Assert.Contains("retainOnDelete", message, StringComparison.Ordinal);
        Assert.Contains("subscription ends", message, StringComparison.Ordinal);
    }

    /// <summary>No change reached the cloud: only Describe calls since the mark, and the pair is still Active.</summary>
    private async Task AssertNothingChangedAsync(RequestLog requests, PairStack pair, CancellationToken cancellationToken)
    {
        var calls = await requests.ReadAsync(cancellationToken);
        Assert.NotEmpty(calls);
        Assert.DoesNotContain(calls, RequestLog.IsMutating);
        CloudAssert.Status(await fixture.StateAsync(cancellationToken), "Active", pair.InitiatorId, pair.AcceptorId);
    }
}
