using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.Vpc.Client.Models;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Lifecycle;

/// <summary><c>pulumi import</c> of an interface made elsewhere, with only its ID, through the real plugin.</summary>
public sealed class ImportTests(SecretCredentialsFixture fixture, ITestOutputHelper output) : IClassFixture<SecretCredentialsFixture>
{
    private readonly SecretScan _scan = new(SecretCredentialsFixture.Secrets);

    [Fact]
    public async Task Import_WithOnlyTheId_ReturnsInputsAndOutputsThatTheProgramMatches()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token, SecretCredentialsFixture.Verbose);
        var router = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
        var id = await fixture.Cloud.CreateRouterInterfaceAsync(
            new CreateRouterInterfaceRequest
            {
                RegionId = Regions.Home,
                Role = "InitiatingSide",
                RouterType = "VRouter",
                RouterId = router.RouterId,
                Spec = "Small.1",
                OppositeRegionId = Regions.Remote,
                Name = "made-elsewhere",
                Description = "made-in-the-console",
            },
            test.Token);

        var import = _scan.Record(await engine.ImportAsync(Declarations.Token, "adopted", id, test.Token));
        output.WriteLine(import.Render());

        Assert.True(import.Succeeded, import.ToString());
        Assert.Empty(import["adopted"].Warnings);
        var imported = engine.State.Find("adopted")!;
        Assert.Equal(id, imported.Id);
        var expectedInputs = new Dictionary<string, string>
        {
            ["routerId"] = router.RouterId,
            ["routerType"] = "VRouter",
            ["role"] = "InitiatingSide",
            ["spec"] = "Small.1",
            ["oppositeRegionId"] = Regions.Remote,
            ["name"] = "made-elsewhere",
            ["description"] = "made-in-the-console",
        };
        foreach (var (key, value) in expectedInputs)
        {
            Assert.Equal(value, PropertyValues.GetString(imported.Inputs, key));
        }

        await OutputsAssert.MatchCloudAsync(fixture.Cloud, imported, test.Token);

        // The program the user writes for it (the inputs above) shows no change.
        var program = new StackProgram(Declarations.Initiator("adopted", router.RouterId, acceptorId: null, Regions.Remote, connect: false)
            .With(("name", "made-elsewhere"), ("description", "made-in-the-console")));
        var requests = await fixture.MarkRequestsAsync(test.Token);
        var up = _scan.Record(await engine.UpAsync(program, cancellationToken: test.Token));
        Assert.True(up.Succeeded, up.ToString());
        Assert.Equal(StepKind.Same, up["adopted"].Step);
        Assert.DoesNotContain(await requests.ReadAsync(test.Token), RequestLog.IsMutating);

        var destroy = _scan.Record(await engine.DestroyAsync(cancellationToken: test.Token));
        Assert.True(destroy.Succeeded, destroy.ToString());
        CloudAssert.Gone(await fixture.StateAsync(test.Token), id);
        _scan.AssertNoLeak(engine);
    }
}
