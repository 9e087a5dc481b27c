using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Grpc.Core;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Lifecycle;

/// <summary>
/// A fast-link VBR-to-VPC instance as one resource (<c>fastLinkMode: true</c>): up creates both ends with one
/// CreateRouterInterface and waits until they are Active; destroy removes both with DeleteExpressConnect, also where
/// the API deletes only fast-link instances (B1 <c>expressConnectScope=fast-link-only</c>), and with a route entry
/// through the VBR's end refuses without force (nothing changed) and removes it with force.
/// </summary>
public sealed class FastLinkInstanceTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    private const string Name = "link";

    [Theory]
    [InlineData("any-pair")]
    [InlineData("fast-link-only")]
    public async Task UpAndDestroy_FastLinkInstance_BothEndsActiveThenBothGoneThroughDeleteExpressConnect(string scope)
    {
        using var test = TestBounds.Start();
        await using var variant = await ScopeAsync(scope, test.Token);
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var (program, _) = await ArrangeAsync(test.Token);
        var upRequests = await fixture.MarkRequestsAsync(test.Token);

        var up = await engine.UpAsync(program, cancellationToken: test.Token);
        output.WriteLine(up.Render());

        Assert.True(up.Succeeded, up.ToString());
        var (initiatorId, acceptorId) = await AssertInstanceUpAsync(engine, test.Token);
        var create = Assert.Single(await upRequests.ReadAsync(test.Token), r => r.Action == "CreateRouterInterface");
        Assert.Equal("true", create.Parameters["FastLinkMode"]);
        Assert.Equal(fixture.Credential.AccountId, create.Parameters["OppositeInterfaceOwnerId"]);
        Assert.False(create.Parameters.ContainsKey("OppositeInterfaceId"));

        var noChange = await engine.UpAsync(program, cancellationToken: test.Token);
        Assert.True(noChange.Succeeded, noChange.ToString());
        Assert.All(noChange.Resources, r => Assert.Equal(StepKind.Same, r.Step));

        var destroyRequests = await fixture.MarkRequestsAsync(test.Token);
        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Empty(engine.State.Resources);
        CloudAssert.Gone(await fixture.StateAsync(test.Token), initiatorId, acceptorId);
        var log = await destroyRequests.ReadAsync(test.Token);
        output.WriteLine(RequestLog.Describe(log));
        var delete = Assert.Single(log, r => r.Action == "DeleteExpressConnect");
        Assert.Null(delete.Code);
        Assert.Equal(initiatorId, delete.Parameters["RouterInterfaceId"]);
        Assert.DoesNotContain(log, r => r.Action == "DeleteRouterInterface");
    }

    [Fact]
    public async Task Destroy_RouteEntryThroughTheVbrEnd_RefusedWithoutForceAndNothingChanged_ThenRemovedWithForce()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var (program, vbr) = await ArrangeAsync(test.Token);
        var up = await engine.UpAsync(program, cancellationToken: test.Token);
        Assert.True(up.Succeeded, up.ToString());
        var (initiatorId, acceptorId) = await AssertInstanceUpAsync(engine, test.Token);
        var vbrRouter = new Router(vbr.RegionId, "", vbr.VbrId, vbr.RouteTableId);
        var route = await fixture.Cloud.CreateRouteToAsync(vbrRouter, "10.10.0.0/16", initiatorId, test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var refused = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(refused.Render());

        var failure = Assert.Single(refused.Failed);
        Assert.Equal(StatusCode.FailedPrecondition, failure.Code);
        Assert.StartsWith("RouteEntriesPresent:", failure.Error, StringComparison.Ordinal);
        Assert.Contains($"route table {vbr.RouteTableId}, destination 10.10.0.0/16, entry {route}", failure.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", failure.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(await requests.ReadAsync(test.Token), RequestLog.IsMutating);
        var cloud = await fixture.StateAsync(test.Token);
        CloudAssert.Status(cloud, "Active", initiatorId, acceptorId);
        Assert.Equal("Available", cloud.RouteEntry(route)?.Status);
        Assert.Single(engine.State.Resources);

        var forced = await engine.UpAsync(new StackProgram(program.Resources.Select(r => r.With(("force", true)))), cancellationToken: test.Token);
        Assert.True(forced.Succeeded, forced.ToString());
        Assert.Equal(StepKind.Update, Assert.Single(forced.Resources).Step);
        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);
        output.WriteLine(destroy.Render());

        Assert.True(destroy.Succeeded, destroy.ToString());
        cloud = await fixture.StateAsync(test.Token);
        CloudAssert.Gone(cloud, initiatorId, acceptorId);
        Assert.Null(cloud.RouteEntry(route));
        Assert.Contains(destroy.Diagnostics(engine.Urn(Name), Pulumirpc.LogSeverity.Warning),
            m => m.StartsWith("RouteEntriesRemoved:", StringComparison.Ordinal) && m.Contains(route, StringComparison.Ordinal));
    }

    /// <summary>A VPC and a VBR of the stack's account in the home region, and the program declaring the instance between them.</summary>
    private async Task<(StackProgram Program, SeededVbr Vbr)> ArrangeAsync(CancellationToken cancellationToken)
    {
        var vpc = await fixture.Cloud.NewRouterAsync(Regions.Home, cancellationToken);
        var seeded = await fixture.Admin.SeedAsync(new EmulatorSeed { Vbrs = [new SeedVbr(fixture.Credential.AccountId, Regions.Home)] }, cancellationToken);
        var vbr = Assert.Single(seeded.Vbrs);
        return (new StackProgram(Declarations.FastLink(Name, vbr.VbrId, vbr.AccessPointId, vpc.RouterId)), vbr);
    }

    /// <summary>Both ends listed Active with FastLinkMode, and the outputs naming the acceptor and its state.</summary>
    private async Task<(string InitiatorId, string AcceptorId)> AssertInstanceUpAsync(PulumiEngine engine, CancellationToken cancellationToken)
    {
        var resource = Assert.Single(engine.State.Resources);
        var acceptorId = PropertyValues.GetString(resource.Outputs, "oppositeInterfaceId");
        Assert.False(string.IsNullOrEmpty(acceptorId), "the oppositeInterfaceId output names the acceptor");
        var listed = await fixture.Cloud.DescribeRouterInterfacesAsync(Regions.Home, [resource.Id, acceptorId!], cancellationToken);
        Assert.Equal(2, listed.Count);
        Assert.All(listed, i => Assert.Equal("Active", i.Status));
        Assert.All(listed, i => Assert.True(i.FastLinkMode == true, $"{i.RouterInterfaceId} listed with FastLinkMode"));
        Assert.Equal(resource.Id, Assert.Single(listed, i => i.RouterInterfaceId == acceptorId).OppositeInterfaceId);
        Assert.Equal("Active", PropertyValues.GetString(resource.Outputs, "status"));
        Assert.Equal("Active", PropertyValues.GetString(resource.Outputs, "oppositeInterfaceStatus"));
        Assert.True(resource.Outputs.Fields["fastLinkMode"].BoolValue);
        Assert.False(resource.Inputs.Fields.ContainsKey("oppositeInterfaceId"), "the acceptor's ID is an output, not an input");
        return (resource.Id, acceptorId!);
    }

    private async Task<IAsyncDisposable> ScopeAsync(string scope, CancellationToken cancellationToken)
    {
        var settings = await fixture.Admin.SetVariantsAsync(null, new Dictionary<string, string> { ["expressConnectScope"] = scope }, cancellationToken);
        Assert.Equal(scope, settings.Value("expressConnectScope"));
        return new ScopeRestore(fixture.Admin);
    }

    private sealed class ScopeRestore(EmulatorAdminClient admin) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await admin.SetVariantsAsync(null, new Dictionary<string, string> { ["expressConnectScope"] = "any-pair" }, bound.Token);
        }
    }
}
