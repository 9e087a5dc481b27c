using System.Text.Json;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Emulator.Tests.Support;
using static Alicloud.Vpc.Emulator.Tests.Support.HttpEmulator;

namespace Alicloud.Vpc.Emulator.Tests.Http;

/// <summary>
/// Tags (Tag/Untag/ListTagResourcesForExpressConnect, CreateRouterInterface Tags.N), resource groups (CreateRouterInterface
/// ResourceGroupId, ChangeResourceGroup, default group per account), DescribeRouterInterfaces' Tags and ResourceGroupId
/// filters, health-check attributes and Activate's rule.
/// </summary>
public sealed class TagAndResourceGroupTests : HttpTestBase
{
    private const string Group = "rg-team-a";

    [Fact]
    public async Task Create_WithTagsAndSeededGroup_IsListedWithBoth_AndFiltersFindIt()
    {
        await SeedGroupAsync();
        var vpc = await E.CreateVpcAsync();
        var tagged = await CreateAsync(vpc, ("env", "prod"), ("team", "net"));
        await CreateAsync(vpc, withGroup: false);

        var byTag = await ListAsync(new() { ["Tags.1.Key"] = "env", ["Tags.1.Value"] = "prod" });
        var byGroup = await ListAsync(new() { ["ResourceGroupId"] = Group });

        var item = Assert.Single(byTag);
        Assert.Equal(tagged, item.GetProperty("RouterInterfaceId").GetString());
        Assert.Equal(Group, item.GetProperty("ResourceGroupId").GetString());
        Assert.Equal(["env=prod", "team=net"], Tags(item));
        Assert.Equal(tagged, Assert.Single(byGroup).GetProperty("RouterInterfaceId").GetString());
    }

    [Fact]
    public async Task Create_WithoutGroup_ReportsTheAccountsDefaultGroup()
    {
        var vpc = await E.CreateVpcAsync();
        await CreateAsync(vpc, withGroup: false);

        var item = Assert.Single(await ListAsync(new()));

        Assert.Equal("rg-acfm" + EmulatorCredentials.Dev.AccountId, item.GetProperty("ResourceGroupId").GetString());
        Assert.Single(await ListAsync(new() { ["ResourceGroupId"] = "rg-acfm" + EmulatorCredentials.Dev.AccountId }));
    }

    [Fact]
    public async Task Create_InAGroupTheAccountDoesNotHave_IsInvalidResourceGroupId()
    {
        var vpc = await E.CreateVpcAsync();

        await E.FailsAsync("CreateRouterInterface", CreateParameters(vpc, Group), 400, "InvalidResourceGroupId");
    }

    [Fact]
    public async Task TagResources_AddsAndOverwrites_Untag_RemovesNamedKeys_ListShowsRows()
    {
        var id = await CreateAsync(await E.CreateVpcAsync(), withGroup: false);

        await E.OkAsync("TagResourcesForExpressConnect", TagParameters(id, ("a", "1"), ("b", "2")));
        await E.OkAsync("TagResourcesForExpressConnect", TagParameters(id, ("a", "9")));
        await E.OkAsync("UntagResourcesForExpressConnect", Resource(id, new() { ["TagKey.1"] = "b", ["TagKey.2"] = "absent" }));
        var rows = await E.OkAsync("ListTagResourcesForExpressConnect", Resource(id, []));

        var row = Assert.Single(rows.GetProperty("TagResources").GetProperty("TagResource").EnumerateArray());
        Assert.Equal(("a", "9", "ROUTERINTERFACE"), (row.GetProperty("TagKey").GetString(), row.GetProperty("TagValue").GetString(), row.GetProperty("ResourceType").GetString()));
        Assert.Equal("", rows.GetProperty("NextToken").GetString());
    }

    [Fact]
    public async Task TagResources_BeyondTwentyOnAResource_IsSizeLimitExceeded_AndChangesNothing()
    {
        var id = await CreateAsync(await E.CreateVpcAsync(), withGroup: false);
        await E.OkAsync("TagResourcesForExpressConnect", TagParameters(id, [.. Enumerable.Range(1, 20).Select(i => ($"k{i}", "v"))]));

        await E.FailsAsync("TagResourcesForExpressConnect", TagParameters(id, ("k21", "v")), 400, "SizeLimitExceeded.TagNum");

        Assert.Equal(20, Tags(Assert.Single(await ListAsync(new()))).Length);
    }

    [Theory]
    [InlineData("aliyun-owner", "v", "InvalidTagKey")]
    [InlineData("acs:x", "v", "InvalidTagKey")]
    [InlineData("site", "http://example", "InvalidTagValue")]
    public async Task TagResources_ReservedPrefixOrUrl_IsRefused(string key, string value, string code)
    {
        var id = await CreateAsync(await E.CreateVpcAsync(), withGroup: false);

        await E.FailsAsync("TagResourcesForExpressConnect", TagParameters(id, (key, value)), 400, code);
    }

    [Fact]
    public async Task TagResources_UnknownResourceType_OrUnknownId_AreRefused()
    {
        var id = await CreateAsync(await E.CreateVpcAsync(), withGroup: false);
        var wrongType = TagParameters(id, ("a", "1"));
        wrongType["ResourceType"] = "VPC";

        await E.FailsAsync("TagResourcesForExpressConnect", wrongType, 400, "InvalidInstanceType.NotFound");
        await E.FailsAsync("TagResourcesForExpressConnect", TagParameters("ri-nowhere", ("a", "1")), 400, "InvalidInstanceIds.NotFound");
        await E.FailsAsync("ListTagResourcesForExpressConnect", new() { ["RegionId"] = Region, ["ResourceType"] = "ROUTERINTERFACE" }, 403, "BothEmpty.TagsAndResources");
    }

    [Fact]
    public async Task ChangeResourceGroup_MovesToASeededGroup_RefusesUnknownGroupAndType()
    {
        await SeedGroupAsync();
        var id = await CreateAsync(await E.CreateVpcAsync(), withGroup: false);

        await E.FailsAsync("ChangeResourceGroup", Move(id, "rg-nowhere"), 400, "InvalidResourceGroupId");
        var vpcType = Move(id, Group);
        vpcType["ResourceType"] = "VPC";
        await E.FailsAsync("ChangeResourceGroup", vpcType, 400, "ResourceType.Unknown");
        await E.FailsAsync("ChangeResourceGroup", Move("ri-nowhere", Group), 400, "InvalidInstanceId.NotFound");
        await E.OkAsync("ChangeResourceGroup", Move(id, Group));

        Assert.Equal(Group, Assert.Single(await ListAsync(new())).GetProperty("ResourceGroupId").GetString());
    }

    [Fact]
    public async Task ModifyAttribute_HcRateAndThreshold_ThenDeleteHealthCheckIp_ClearsBothIps()
    {
        var id = await CreateAsync(await E.CreateVpcAsync(), withGroup: false);
        await E.OkAsync("ModifyRouterInterfaceAttribute", new()
        {
            ["RegionId"] = Region, ["RouterInterfaceId"] = id, ["HealthCheckSourceIp"] = "10.0.0.1", ["HealthCheckTargetIp"] = "10.0.0.2",
            ["HcRate"] = "2000", ["HcThreshold"] = "8",
        });
        var set = Assert.Single(await ListAsync(new()));

        await E.OkAsync("ModifyRouterInterfaceAttribute", new() { ["RegionId"] = Region, ["RouterInterfaceId"] = id, ["DeleteHealthCheckIp"] = "true" });

        var cleared = Assert.Single(await ListAsync(new()));
        Assert.Equal((2000, 8, "10.0.0.2"), (set.GetProperty("HcRate").GetInt32(), set.GetProperty("HcThreshold").GetInt32(), set.GetProperty("HealthCheckTargetIp").GetString()));
        Assert.Equal(("", ""), (cleared.GetProperty("HealthCheckSourceIp").GetString(), cleared.GetProperty("HealthCheckTargetIp").GetString()));
    }

    [Fact]
    public async Task Activate_AnActiveInterface_IsIncorrectRIStatus_FromInactive_ItActivates()
    {
        var pair = await E.InactivePairAsync();
        await E.OkAsync("ActivateRouterInterface", On(pair.Initiator));
        E.Advance(2);

        await E.FailsAsync("ActivateRouterInterface", On(pair.Initiator), 400, "IncorrectRIStatus");
        Assert.Equal("Active", await E.StatusAsync(pair.Initiator));
    }

    private Task SeedGroupAsync() =>
        E.Admin.SeedAsync(new EmulatorSeed { ResourceGroups = [new SeedResourceGroup(EmulatorCredentials.Dev.AccountId, Group)] }, CancellationToken.None);

    private async Task<string> CreateAsync(HttpEmulator.Vpc vpc, params (string Key, string Value)[] tags) => await CreateAsync(vpc, withGroup: true, tags);

    private async Task<string> CreateAsync(HttpEmulator.Vpc vpc, bool withGroup, params (string Key, string Value)[] tags)
    {
        var parameters = CreateParameters(vpc, withGroup ? Group : null);
        for (var i = 0; i < tags.Length; i++)
        {
            parameters[$"Tags.{i + 1}.Key"] = tags[i].Key;
            parameters[$"Tags.{i + 1}.Value"] = tags[i].Value;
        }

        return (await E.OkAsync("CreateRouterInterface", parameters)).GetProperty("RouterInterfaceId").GetString()!;
    }

    private static Dictionary<string, string> CreateParameters(HttpEmulator.Vpc vpc, string? group)
    {
        var parameters = new Dictionary<string, string>
        {
            ["RegionId"] = vpc.Region, ["Role"] = "InitiatingSide", ["RouterType"] = "VRouter", ["RouterId"] = vpc.RouterId,
            ["Spec"] = "Mini.2", ["OppositeRegionId"] = OtherRegion,
        };
        if (group is not null)
        {
            parameters["ResourceGroupId"] = group;
        }

        return parameters;
    }

    private async Task<JsonElement[]> ListAsync(Dictionary<string, string> parameters)
    {
        parameters["RegionId"] = Region;
        var answer = await E.OkAsync("DescribeRouterInterfaces", parameters);
        return [.. answer.GetProperty("RouterInterfaceSet").GetProperty("RouterInterfaceType").EnumerateArray()];
    }

    private static string[] Tags(JsonElement item) =>
        [.. item.GetProperty("Tags").GetProperty("Tags").EnumerateArray().Select(t => $"{t.GetProperty("Key").GetString()}={t.GetProperty("Value").GetString()}")];

    private static Dictionary<string, string> Resource(string id, Dictionary<string, string> more)
    {
        more["RegionId"] = Region;
        more["ResourceType"] = "ROUTERINTERFACE";
        more["ResourceId.1"] = id;
        return more;
    }

    private static Dictionary<string, string> TagParameters(string id, params (string Key, string Value)[] tags)
    {
        var parameters = Resource(id, []);
        for (var i = 0; i < tags.Length; i++)
        {
            parameters[$"Tag.{i + 1}.Key"] = tags[i].Key;
            parameters[$"Tag.{i + 1}.Value"] = tags[i].Value;
        }

        return parameters;
    }

    private static Dictionary<string, string> Move(string id, string group) => new()
    {
        ["RegionId"] = Region, ["ResourceType"] = "ROUTERINTERFACE", ["ResourceId"] = id, ["NewResourceGroupId"] = group,
    };
}
