using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Polling;
using Alicloud.Vpc.Client.Models;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Lifecycle;

/// <summary>
/// preview, up, refresh and update of one RouterInterface through the real plugin, checked against what the cloud
/// reports; the provider is configured with STS-style credentials that must never leak.
/// </summary>
public sealed class ResourceLifecycleTests(SecretCredentialsFixture fixture, ITestOutputHelper output) : IClassFixture<SecretCredentialsFixture>
{
    private readonly SecretScan _scan = new(SecretCredentialsFixture.Secrets);

    [Fact]
    public async Task Preview_Up_Refresh_Update_OneInterface_FollowTheCloud()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token, SecretCredentialsFixture.Verbose);
        var router = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
        var declaration = Declarations.Initiator("edge", router.RouterId, acceptorId: null, Regions.Remote, connect: false, ("description", "created-by-stack"));
        var requests = await fixture.MarkRequestsAsync(test.Token);

        // preview: no cloud call, unknown outputs, no state.
        var preview = _scan.Record(await engine.PreviewAsync(new StackProgram(declaration), test.Token));
        Assert.True(preview.Succeeded, preview.ToString());
        Assert.Empty(await requests.ReadAsync(test.Token));
        Assert.True(PropertyValues.IsUnknown(preview["edge"].Outputs!.Fields["status"]));
        Assert.True(PropertyValues.IsUnknown(preview["edge"].Outputs!.Fields["routerInterfaceId"]));
        Assert.Empty(engine.State.Resources);

        // up: created, waited until settled, outputs as the cloud reports them.
        var up = _scan.Record(await engine.UpAsync(new StackProgram(declaration), cancellationToken: test.Token));
        Assert.True(up.Succeeded, up.ToString());
        var id = engine.State.Find("edge")!.Id;
        await OutputsAssert.MatchCloudAsync(fixture.Cloud, engine.State.Find("edge")!, test.Token);
        Assert.Equal("Idle", Output(engine, "status"));
        Assert.Equal("created-by-stack", Output(engine, "description"));

        // refresh after an out-of-band change.
        await fixture.Cloud.ModifyRouterInterfaceAttributeAsync(
            new ModifyRouterInterfaceAttributeRequest { RegionId = Regions.Home, RouterInterfaceId = id, Name = "renamed-outside", Description = "changed-outside" },
            test.Token);
        var refresh = _scan.Record(await engine.RefreshAsync(test.Token));
        Assert.True(refresh.Succeeded, refresh.ToString());
        Assert.Equal("renamed-outside", Output(engine, "name"));
        Assert.Equal("changed-outside", Output(engine, "description"));
        await OutputsAssert.MatchCloudAsync(fixture.Cloud, engine.State.Find("edge")!, test.Token);

        // preview of an update: no cloud call.
        var renamed = declaration.With(("name", "renamed-by-stack"), ("description", "described-by-stack"));
        requests = await fixture.MarkRequestsAsync(test.Token);
        var previewUpdate = _scan.Record(await engine.PreviewAsync(new StackProgram(renamed), test.Token));
        Assert.True(previewUpdate.Succeeded, previewUpdate.ToString());
        Assert.Equal(StepKind.Update, previewUpdate["edge"].Step);
        Assert.Empty(await requests.ReadAsync(test.Token));

        // update of name and description: in place.
        var update = _scan.Record(await engine.UpAsync(new StackProgram(renamed), cancellationToken: test.Token));
        Assert.True(update.Succeeded, update.ToString());
        Assert.Equal(StepKind.Update, update["edge"].Step);
        Assert.Equal(id, engine.State.Find("edge")!.Id);
        var cloud = (await fixture.StateAsync(test.Token)).Interface(id)!;
        Assert.Equal(("renamed-by-stack", "described-by-stack"), (cloud.Name, cloud.Description));
        Assert.Equal(["ModifyRouterInterfaceAttribute"], (await requests.ReadAsync(test.Token)).Where(RequestLog.IsMutating).Select(r => r.Action));
        await OutputsAssert.MatchCloudAsync(fixture.Cloud, engine.State.Find("edge")!, test.Token);

        // update of the spec: in place, and it returns only once the interface has left Modifying.
        var faster = renamed.With(("spec", "Small.2"));
        requests = await fixture.MarkRequestsAsync(test.Token);
        OperationResult respec;
        await using (await fixture.SlowDownAsync(new Dictionary<string, double> { [EmulatorTransitions.Modifying] = 2.5 }, test.Token))
        {
            respec = _scan.Record(await engine.UpAsync(new StackProgram(faster), cancellationToken: test.Token));
        }

        output.WriteLine(respec.Render());
        Assert.True(respec.Succeeded, respec.ToString());
        Assert.Equal(StepKind.Update, respec["edge"].Step);
        Assert.Equal(["ModifyRouterInterfaceSpec"], (await requests.ReadAsync(test.Token)).Where(RequestLog.IsMutating).Select(r => r.Action));
        Assert.Contains(respec.StatusLines(engine.Urn("edge")), l => l.StartsWith($"waiting for {id} to leave Modifying", StringComparison.Ordinal));
        Assert.Equal(("Small.2", "Idle"), (Output(engine, "spec"), Output(engine, "status")));
        await OutputsAssert.MatchCloudAsync(fixture.Cloud, engine.State.Find("edge")!, test.Token);

        // refresh after an out-of-band delete: gone from the state.
        await fixture.Cloud.DeleteRouterInterfaceAsync(Regions.Home, id, Guid.NewGuid().ToString(), test.Token);
        // gone from the listing too (B5: a deleted interface stays listed for a while, and until then it is still there)
        await Eventually.HoldsAsync(
            async ct => (await fixture.StateAsync(ct)).IsGone(id) && await fixture.Cloud.DescribeRouterInterfaceAsync(Regions.Home, id, ct) is null,
            $"{id} deleted out of band and no longer listed",
            test.Token);
        var gone = _scan.Record(await engine.RefreshAsync(test.Token));
        Assert.True(gone.Succeeded, gone.ToString());
        Assert.Empty(engine.State.Resources);
        Assert.Contains(gone["edge"].Warnings, w => w.Contains("no longer exists", StringComparison.Ordinal));

        _scan.AssertNoLeak(engine);
    }

    private static string? Output(PulumiEngine engine, string key) => PropertyValues.GetString(engine.State.Find("edge")!.Outputs, key);
}
