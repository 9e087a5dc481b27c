using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.Vpc.Client.Models;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Lifecycle;

/// <summary>
/// Issue 23 through the real plugin and emulator: tags and resource group at create, each in-place change with the
/// calls it makes (tags, group, status both ways, health check set and removed), drift seen by refresh, import with
/// every attribute, and oppositeAccessPointId replacing.
/// </summary>
public sealed class ManagedSettingsTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>
{
    private const string Group = "rg-team-a";
    private static readonly string DefaultGroup = "rg-acfm" + EmulatorCredentials.Dev.AccountId;

    [Fact]
    public async Task CreateWithTagsAndGroup_ThenTagsGroupAndHealthCheckInPlace_EachWithItsCalls()
    {
        using var test = TestBounds.Start();
        await SeedGroupAsync(test.Token);
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var router = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
        var declaration = Declarations.Initiator("edge", router.RouterId, acceptorId: null, Regions.Remote, connect: false,
            ("tags", Map(("env", "prod"), ("team", "net"))), ("resourceGroupId", Group),
            ("healthCheckSourceIp", "10.0.0.1"), ("healthCheckTargetIp", "10.0.0.2"), ("hcRate", 2000), ("hcThreshold", 8));

        var requests = await fixture.MarkRequestsAsync(test.Token);
        var created = await engine.UpAsync(new StackProgram(declaration), cancellationToken: test.Token);
        Assert.True(created.Succeeded, created.ToString());
        Assert.Equal(["CreateRouterInterface", "ModifyRouterInterfaceAttribute"], await MutatingAsync(requests, test.Token));
        var id = engine.State.Find("edge")!.Id;
        var cloud = await InterfaceAsync(id, test.Token);
        Assert.Equal((Group, 2000, 8), (cloud.ResourceGroupId, cloud.HcRate, cloud.HcThreshold));
        Assert.Equal(new Dictionary<string, string> { ["env"] = "prod", ["team"] = "net" }, cloud.Tags);
        await OutputsAssert.MatchCloudAsync(fixture.Cloud, engine.State.Find("edge")!, test.Token);

        // tags: one Tag call for the new and changed keys, one Untag call for the dropped key
        var retagged = declaration.With(("tags", Map(("env", "staging"), ("owner", "ops"))));
        requests = await fixture.MarkRequestsAsync(test.Token);
        var tagged = await engine.UpAsync(new StackProgram(retagged), cancellationToken: test.Token);
        Assert.True(tagged.Succeeded, tagged.ToString());
        var calls = (await requests.ReadAsync(test.Token)).Where(RequestLog.IsMutating).ToList();
        Assert.Equal(["TagResourcesForExpressConnect", "UntagResourcesForExpressConnect"], calls.Select(c => c.Action));
        Assert.Equal("team", calls[1].Parameters["TagKey.1"]);
        Assert.Equal(new Dictionary<string, string> { ["env"] = "staging", ["owner"] = "ops" }, (await InterfaceAsync(id, test.Token)).Tags);

        // resource group: one ChangeResourceGroup
        var moved = retagged.With(("resourceGroupId", DefaultGroup));
        requests = await fixture.MarkRequestsAsync(test.Token);
        var regrouped = await engine.UpAsync(new StackProgram(moved), cancellationToken: test.Token);
        Assert.True(regrouped.Succeeded, regrouped.ToString());
        Assert.Equal(["ChangeResourceGroup"], await MutatingAsync(requests, test.Token));
        Assert.Equal(DefaultGroup, (await InterfaceAsync(id, test.Token)).ResourceGroupId);

        // health check removed: both IPs left out, one ModifyRouterInterfaceAttribute with DeleteHealthCheckIp
        var inputs = moved.Inputs.Clone();
        inputs.Fields.Remove("healthCheckSourceIp");
        inputs.Fields.Remove("healthCheckTargetIp");
        requests = await fixture.MarkRequestsAsync(test.Token);
        var unchecked_ = await engine.UpAsync(new StackProgram(moved with { Inputs = inputs }), cancellationToken: test.Token);
        Assert.True(unchecked_.Succeeded, unchecked_.ToString());
        var removal = Assert.Single(await requests.ReadAsync(test.Token), RequestLog.IsMutating);
        Assert.Equal(("ModifyRouterInterfaceAttribute", "true"), (removal.Action, removal.Parameters["DeleteHealthCheckIp"]));
        cloud = await InterfaceAsync(id, test.Token);
        Assert.Equal(("", ""), (cloud.HealthCheckSourceIp, cloud.HealthCheckTargetIp));
        await OutputsAssert.MatchCloudAsync(fixture.Cloud, engine.State.Find("edge")!, test.Token);

        var again = await engine.UpAsync(new StackProgram(moved with { Inputs = inputs }), cancellationToken: test.Token);
        Assert.Equal(StepKind.Same, again["edge"].Step);
    }

    [Fact]
    public async Task Status_DeactivatedAndActivatedInPlace_AndDriftOfEverySettingSeenByRefreshThenReverted()
    {
        using var test = TestBounds.Start();
        await SeedGroupAsync(test.Token);
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token,
            initiatorInputs: [("tags", Map(("env", "prod"))), ("resourceGroupId", Group), ("hcRate", 2000), ("status", "Active")]);
        var initiator = pair.Program.Resources.Single(r => r.Name == PairStack.InitiatorName);

        // status both ways: Deactivate, then Activate, each waited for
        foreach (var (wanted, action) in new[] { ("Inactive", "DeactivateRouterInterface"), ("Active", "ActivateRouterInterface") })
        {
            var program = new StackProgram(pair.Program.Resources.Select(r => r == initiator ? r.With(("status", wanted)) : r));
            var requests = await fixture.MarkRequestsAsync(test.Token);
            var changed = await engine.UpAsync(program, cancellationToken: test.Token);
            output.WriteLine(changed.Render());
            Assert.True(changed.Succeeded, changed.ToString());
            Assert.Equal([action], await MutatingAsync(requests, test.Token));
            Assert.Equal(wanted, (await InterfaceAsync(pair.InitiatorId, test.Token)).Status);
            Assert.Equal(wanted, PropertyValues.GetString(engine.State.Find(PairStack.InitiatorName)!.Outputs, "status"));
        }

        // drift made outside the stack: tags, group, status, health-check rate
        await fixture.Cloud.TagRouterInterfaceAsync(Regions.Home, pair.InitiatorId, new Dictionary<string, string> { ["env"] = "changed", ["extra"] = "1" }, test.Token);
        await fixture.Cloud.ChangeResourceGroupAsync(Regions.Home, pair.InitiatorId, DefaultGroup, test.Token);
        await fixture.Cloud.ModifyRouterInterfaceAttributeAsync(new ModifyRouterInterfaceAttributeRequest { RegionId = Regions.Home, RouterInterfaceId = pair.InitiatorId, HcRate = 3000 }, test.Token);
        await fixture.Cloud.DeactivateRouterInterfaceAsync(Regions.Home, pair.InitiatorId, test.Token);
        await fixture.WaitUntilSettledAsync([pair.InitiatorId], test.Token);

        var refresh = await engine.RefreshAsync(test.Token);
        Assert.True(refresh.Succeeded, refresh.ToString());
        var refreshed = engine.State.Find(PairStack.InitiatorName)!;
        Assert.Equal(new Dictionary<string, string> { ["env"] = "changed", ["extra"] = "1" }, OutputsAssert.Tags(refreshed));
        Assert.Equal((DefaultGroup, "Inactive"), (PropertyValues.GetString(refreshed.Outputs, "resourceGroupId"), PropertyValues.GetString(refreshed.Outputs, "status")));
        Assert.Equal(3000, PropertyValues.GetNumber(refreshed.Outputs, "hcRate"));
        await OutputsAssert.MatchCloudAsync(fixture.Cloud, refreshed, test.Token);

        // the next up brings every managed setting back, each with its call
        var program2 = new StackProgram(pair.Program.Resources.Select(r => r == initiator ? r.With(("status", "Active")) : r));
        var marks = await fixture.MarkRequestsAsync(test.Token);
        var reverted = await engine.UpAsync(program2, cancellationToken: test.Token);
        output.WriteLine(reverted.Render());
        Assert.True(reverted.Succeeded, reverted.ToString());
        Assert.Equal(
            ["ActivateRouterInterface", "ChangeResourceGroup", "ModifyRouterInterfaceAttribute", "TagResourcesForExpressConnect", "UntagResourcesForExpressConnect"],
            (await MutatingAsync(marks, test.Token)).Order(StringComparer.Ordinal));
        var cloud = await InterfaceAsync(pair.InitiatorId, test.Token);
        Assert.Equal(("Active", Group, 2000), (cloud.Status, cloud.ResourceGroupId, cloud.HcRate));
        Assert.Equal(new Dictionary<string, string> { ["env"] = "prod" }, cloud.Tags);
    }

    [Fact]
    public async Task Import_OfAConnectedTaggedInterface_HasEveryAttribute()
    {
        using var test = TestBounds.Start();
        await SeedGroupAsync(test.Token);
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token, initiatorInputs: [("tags", Map(("env", "prod"))), ("resourceGroupId", Group), ("hcRate", 2000), ("hcThreshold", 8)]);
        await using var importer = await fixture.StartEngineAsync(test.Token);

        var imported = await importer.ImportAsync(Declarations.Token, "imported", pair.InitiatorId, test.Token);

        Assert.True(imported.Succeeded, imported.ToString());
        var resource = importer.State.Find("imported")!;
        await OutputsAssert.MatchCloudAsync(fixture.Cloud, resource, test.Token);
        Assert.Equal(new Dictionary<string, string> { ["env"] = "prod" }, OutputsAssert.Tags(resource));
        foreach (var output in new[] { "resourceGroupId", "connectedTime", "oppositeInterfaceSpec", "oppositeVpcInstanceId", "oppositeInterfaceBusinessStatus", "hasReservationData" })
        {
            Assert.False(string.IsNullOrEmpty(PropertyValues.GetString(resource.Outputs, output)), $"{output} is empty after import");
        }

        Assert.True(resource.Outputs!.Fields.ContainsKey("crossBorder"));
        Assert.Equal(2000, PropertyValues.GetNumber(resource.Inputs, "hcRate"));
        Assert.False(resource.Inputs!.Fields.ContainsKey("status"));
    }

    [Fact]
    public async Task OppositeAccessPointId_Changed_ReplacesTheInterface()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var router = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
        var declaration = Declarations.Initiator("edge", router.RouterId, acceptorId: null, Regions.Remote, connect: false, ("oppositeAccessPointId", "ap-cn-shanghai-a"));
        var up = await engine.UpAsync(new StackProgram(declaration), cancellationToken: test.Token);
        Assert.True(up.Succeeded, up.ToString());
        var first = engine.State.Find("edge")!.Id;

        var preview = await engine.PreviewAsync(new StackProgram(declaration.With(("oppositeAccessPointId", "ap-cn-shanghai-b"))), test.Token);
        var replaced = await engine.UpAsync(new StackProgram(declaration.With(("oppositeAccessPointId", "ap-cn-shanghai-b"))), cancellationToken: test.Token);

        Assert.Equal(StepKind.Replace, preview["edge"].Step);
        Assert.True(replaced.Succeeded, replaced.ToString());
        Assert.NotEqual(first, engine.State.Find("edge")!.Id);
        Assert.Equal("ap-cn-shanghai-b", (await InterfaceAsync(engine.State.Find("edge")!.Id, test.Token)).OppositeAccessPointId);
        CloudAssert.Gone(await fixture.StateAsync(test.Token), first);
    }

    [Fact]
    public async Task OppositeFieldOfAConnectedEnd_IsRefusedInPreview_EvenForAnAcceptorStoredIdle()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var pair = await fixture.UpPairAsync(engine, connect: true, test.Token);
        var otherRouter = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
        Assert.Equal("Idle", PropertyValues.GetString(engine.State.Find(PairStack.AcceptorName)!.Outputs, "status"));
        var requests = await fixture.MarkRequestsAsync(test.Token);

        foreach (var (name, property, value) in new[] { (PairStack.InitiatorName, "oppositeInterfaceOwnerId", "1000000000000002"), (PairStack.AcceptorName, "oppositeRouterId", otherRouter.RouterId) })
        {
            var program = new StackProgram(pair.Program.Resources.Select(r => r.Name == name ? r.With((property, value)) : r));
            var preview = await engine.PreviewAsync(program, test.Token);
            output.WriteLine(preview.Render());

            Assert.False(preview.Succeeded);
            Assert.StartsWith("ReplaceConnectedPair: ", preview[name].Error!, StringComparison.Ordinal);
            Assert.Contains(property, preview[name].Error!, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(await requests.ReadAsync(test.Token), RequestLog.IsMutating);
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Active", pair.InitiatorId, pair.AcceptorId);
    }

    private Task SeedGroupAsync(CancellationToken cancellationToken) =>
        fixture.Admin.SeedAsync(new EmulatorSeed { ResourceGroups = [new SeedResourceGroup(EmulatorCredentials.Dev.AccountId, Group)] }, cancellationToken);

    private async Task<RouterInterfaceInfo> InterfaceAsync(string id, CancellationToken cancellationToken) =>
        await fixture.Cloud.DescribeRouterInterfaceAsync(Regions.Home, id, cancellationToken) ?? throw new InvalidOperationException($"{id} is not listed");

    private static async Task<List<string>> MutatingAsync(RequestLog requests, CancellationToken cancellationToken) =>
        [.. (await requests.ReadAsync(cancellationToken)).Where(RequestLog.IsMutating).Select(r => r.Action)];

    private static Dictionary<string, object?> Map(params (string Key, string Value)[] tags) =>
        tags.ToDictionary(t => t.Key, t => (object?)t.Value, StringComparer.Ordinal);
}
