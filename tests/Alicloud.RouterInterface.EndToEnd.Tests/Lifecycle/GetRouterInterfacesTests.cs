using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Polling;
using Alicloud.Vpc.Client.Models;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Lifecycle;

/// <summary>
/// The function <c>getRouterInterfaces</c> (the plugin's Invoke) as the engine serves a program's call: by tags, by
/// router across more than one page, by IDs, and a bad argument refused naming it.
/// </summary>
public sealed class GetRouterInterfacesTests(FastEmulatorFixture fixture) : IClassFixture<FastEmulatorFixture>
{
    private const string Function = "alicloud-routerinterface:index:getRouterInterfaces";

    [Fact]
    public async Task ByTags_AnswersOnlyTheTaggedInterfaces_WithTheirOutputs()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var router = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
        var tagged = await CreateAsync(router, test.Token, new Dictionary<string, string> { ["team"] = "fn-tags", ["env"] = "prod" });
        await CreateAsync(router, test.Token, new Dictionary<string, string> { ["team"] = "fn-tags", ["env"] = "dev" });
        await CreateAsync(router, test.Token);

        var answer = await engine.InvokeAsync(Function, PropertyValues.Object(("tags", new Dictionary<string, object?> { ["team"] = "fn-tags", ["env"] = "prod" })), test.Token);

        Assert.True(answer.Operation.Succeeded, answer.Operation.ToString());
        Assert.Equal([tagged], Ids(answer));
        var item = Assert.Single(answer.Return!.Fields["interfaces"].ListValue.Values).StructValue;
        Assert.Equal((tagged, "Idle", router.RouterId), (item.Fields["routerInterfaceId"].StringValue, item.Fields["status"].StringValue, item.Fields["routerId"].StringValue));
        Assert.Equal("prod", item.Fields["tags"].StructValue.Fields["env"].StringValue);
    }

    [Fact]
    public async Task ByRouter_MoreThanOnePage_ReadsEveryPage()
    {
        using var test = TestBounds.Start();
        await fixture.Admin.SetLimitsAsync(new EmulatorLimitSettings(RouterInterfacesPerRouter: 60), test.Token);
        try
        {
            await using var engine = await fixture.StartEngineAsync(test.Token);
            var router = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
            var created = new List<string>();
            for (var i = 0; i < 53; i++)
            {
                created.Add(await CreateAsync(router, test.Token));
            }

            var requests = await fixture.MarkRequestsAsync(test.Token);
            var answer = await engine.InvokeAsync(Function, PropertyValues.Object(("routerId", router.RouterId)), test.Token);

            Assert.True(answer.Operation.Succeeded, answer.Operation.ToString());
            Assert.Equal(created.Order(StringComparer.Ordinal), Ids(answer).Order(StringComparer.Ordinal));
            var pages = (await requests.ReadAsync(test.Token)).Where(r => r.Action == "DescribeRouterInterfaces").ToList();
            Assert.Equal(["1", "2"], pages.Select(p => p.Parameters["PageNumber"]));
            Assert.All(pages, p => Assert.Equal(("50", router.RouterId), (p.Parameters["PageSize"], p.Parameters["Filter.1.Value.1"])));
        }
        finally
        {
            await fixture.Admin.SetLimitsAsync(new EmulatorLimitSettings(RouterInterfacesPerRouter: 5), CancellationToken.None);
        }
    }

    [Fact]
    public async Task ByIds_AnswersThoseInterfaces_AndAnUnknownIdIsSimplyAbsent()
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var router = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
        var first = await CreateAsync(router, test.Token);
        var second = await CreateAsync(router, test.Token);
        await CreateAsync(router, test.Token);

        var answer = await engine.InvokeAsync(Function, PropertyValues.Object(("ids", new[] { first, second, "ri-nowhere" })), test.Token);

        Assert.True(answer.Operation.Succeeded, answer.Operation.ToString());
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), Ids(answer).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("routerType", "Router")]
    [InlineData("nameRegex", "([")]
    [InlineData("colour", "blue")]
    public async Task BadArgument_IsRefusedNamingIt_WithoutACloudCall(string argument, string value)
    {
        using var test = TestBounds.Start();
        await using var engine = await fixture.StartEngineAsync(test.Token);
        var requests = await fixture.MarkRequestsAsync(test.Token);

        var answer = await engine.InvokeAsync(Function, PropertyValues.Object((argument, value)), test.Token);

        var failure = Assert.Single(answer.Failures);
        Assert.Equal(argument, failure.Property);
        Assert.DoesNotContain(await requests.ReadAsync(test.Token), r => r.Action == "DescribeRouterInterfaces");
    }

    /// <summary>Creates an interface outside the stack and waits until describes list it (a new one may be listed late, B5).</summary>
    private async Task<string> CreateAsync(Router router, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? tags = null)
    {
        var id = await fixture.Cloud.CreateRouterInterfaceAsync(new CreateRouterInterfaceRequest
        {
            RegionId = router.RegionId, Role = "InitiatingSide", RouterType = "VRouter", RouterId = router.RouterId, Spec = "Mini.2",
            OppositeRegionId = Regions.Remote, Tags = tags,
        }, cancellationToken);
        await Eventually.HoldsAsync(async ct => await fixture.Cloud.DescribeRouterInterfaceAsync(router.RegionId, id, ct) is not null, $"{id} listed", cancellationToken);
        return id;
    }

    private static List<string> Ids(InvokeOutcome answer) =>
        [.. answer.Return!.Fields["ids"].ListValue.Values.Select(v => v.StringValue)];
}
