using System.Text.Json;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.Vpc.Emulator.Tests.Support;

/// <summary>
/// The whole emulator in-process on loopback with a FakeTimeProvider clock: every call is a real HTTP request signed
/// as the official SDKs sign by default (ACS3-HMAC-SHA256), or as Terraform signs (HMAC-SHA1) with <c>v1: true</c>.
/// Durations are the emulator's defaults; tests advance the clock by hand. Listings are exact
/// (<see cref="EmulatorVariants.ExactListings"/>) unless <c>defaultListings</c>: these tests pin the emulator's mechanics, and the
/// defaults of the listing variants are tested on their own (VariantTests).
/// </summary>
internal sealed class HttpEmulator : IAsyncDisposable
{
    public const string Region = "cn-hangzhou";
    public const string OtherRegion = "cn-shanghai";

    private readonly WebApplication _app;

    private HttpEmulator(WebApplication app, FakeTimeProvider clock)
    {
        _app = app;
        Clock = clock;
        Api = new SignedApiClient(EmulatorApplication.BoundAddress(app));
        Admin = new EmulatorAdminClient(new HttpClient { BaseAddress = Api.BaseUri });
    }

    public FakeTimeProvider Clock { get; }

    public SignedApiClient Api { get; }

    public EmulatorAdminClient Admin { get; }

    public static async Task<HttpEmulator> StartAsync(EmulatorOptions? options = null, bool defaultListings = false)
    {
        // near the wall clock, so a signature's time stays within the ±15 min window however far tests advance
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-5));
        var app = EmulatorApplication.Build(options ?? new EmulatorOptions(), clock);
        await app.StartAsync();
        var emulator = new HttpEmulator(app, clock);
        if (!defaultListings)
        {
            await emulator.Admin.SetVariantsAsync(null, EmulatorVariants.ExactListings, CancellationToken.None);
        }

        return emulator;
    }

    public void Advance(double seconds) => Clock.Advance(TimeSpan.FromSeconds(seconds));

    public Task<ApiAnswer> CallAsync(string action, Dictionary<string, string> parameters, EmulatorCredential? caller = null, bool v1 = false)
    {
        var key = caller ?? EmulatorCredentials.Dev;
        return Api.SendAsync(v1
            ? TestSigner.V1Request(Api.BaseUri, HttpMethod.Post, action, parameters, key.AccessKeyId, key.AccessKeySecret, Clock.GetUtcNow())
            : TestSigner.V3Request(Api.BaseUri, action, parameters, key.AccessKeyId, key.AccessKeySecret, Clock.GetUtcNow()));
    }

    public async Task<JsonElement> OkAsync(string action, Dictionary<string, string> parameters, EmulatorCredential? caller = null)
    {
        var answer = await CallAsync(action, parameters, caller);
        Assert.True(answer.Status == 200, $"{action} answered {answer.Status}: {answer.Text}");
        return answer.Json;
    }

    public async Task<ApiAnswer> FailsAsync(string action, Dictionary<string, string> parameters, int status, string code, EmulatorCredential? caller = null)
    {
        var answer = await CallAsync(action, parameters, caller);
        answer.AssertEnvelope(status, code);
        return answer;
    }

    public Task<EmulatorVariantSettings> VariantAsync(string name, string value) =>
        Admin.SetVariantsAsync(null, new Dictionary<string, string> { [name] = value }, CancellationToken.None);

    public async Task<Vpc> CreateVpcAsync(EmulatorCredential? caller = null, string region = Region)
    {
        var result = await OkAsync("CreateVpc", new() { ["RegionId"] = region }, caller);
        return new Vpc(result.GetProperty("VpcId").GetString()!, result.GetProperty("VRouterId").GetString()!, result.GetProperty("RouteTableId").GetString()!, region, (caller ?? EmulatorCredentials.Dev).AccountId);
    }

    public async Task<string> CreateEndAsync(Vpc vpc, string role, string oppositeRegion, EmulatorCredential? caller = null)
    {
        var result = await OkAsync("CreateRouterInterface", new()
        {
            ["RegionId"] = vpc.Region,
            ["Role"] = role,
            ["RouterType"] = "VRouter",
            ["RouterId"] = vpc.RouterId,
            ["Spec"] = role == "InitiatingSide" ? "Large.2" : "Negative",
            ["OppositeRegionId"] = oppositeRegion,
        }, caller);
        return result.GetProperty("RouterInterfaceId").GetString()!;
    }

    /// <summary>Sets the opposite fields of one end; null members are not sent.</summary>
    public Task<ApiAnswer> PointAsync(string region, string id, string? oppositeId, Vpc? opposite, bool withOwner = true, EmulatorCredential? caller = null)
    {
        var parameters = new Dictionary<string, string> { ["RegionId"] = region, ["RouterInterfaceId"] = id };
        if (oppositeId is not null)
        {
            parameters["OppositeInterfaceId"] = oppositeId;
        }

        if (opposite is not null)
        {
            parameters["OppositeRouterId"] = opposite.RouterId;
            parameters["OppositeRouterType"] = "VRouter";
            if (withOwner)
            {
                parameters["OppositeInterfaceOwnerId"] = opposite.AccountId;
            }
        }

        return CallAsync("ModifyRouterInterfaceAttribute", parameters, caller);
    }

    /// <summary>Two VPCs (initiator in cn-hangzhou, acceptor in cn-shanghai, optionally of the peer account), both ends fully pointed at each other.</summary>
    public async Task<Pair> ConfiguredPairAsync(bool crossAccount = false, bool withOwner = true, Vpc? left = null, Vpc? right = null)
    {
        var acceptorCaller = crossAccount ? EmulatorCredentials.Peer : EmulatorCredentials.Dev;
        left ??= await CreateVpcAsync(EmulatorCredentials.Dev, Region);
        right ??= await CreateVpcAsync(acceptorCaller, OtherRegion);
        var initiator = await CreateEndAsync(left, "InitiatingSide", OtherRegion);
        var acceptor = await CreateEndAsync(right, "AcceptingSide", Region, acceptorCaller);
        Assert.Equal(200, (await PointAsync(OtherRegion, acceptor, initiator, left, withOwner, acceptorCaller)).Status);
        Assert.Equal(200, (await PointAsync(Region, initiator, acceptor, right, withOwner)).Status);
        return new Pair(left, right, initiator, acceptor, acceptorCaller);
    }

    public async Task<Pair> ActivePairAsync(bool crossAccount = false)
    {
        var pair = await ConfiguredPairAsync(crossAccount);
        await OkAsync("ConnectRouterInterface", new() { ["RegionId"] = Region, ["RouterInterfaceId"] = pair.Initiator });
        Advance(2);
        return pair;
    }

    public async Task<Pair> InactivePairAsync(bool crossAccount = false)
    {
        var pair = await ActivePairAsync(crossAccount);
        await OkAsync("DeactivateRouterInterface", new() { ["RegionId"] = Region, ["RouterInterfaceId"] = pair.Initiator });
        await OkAsync("DeactivateRouterInterface", new() { ["RegionId"] = OtherRegion, ["RouterInterfaceId"] = pair.Acceptor }, pair.AcceptorCaller);
        Advance(2);
        return pair;
    }

    /// <summary>The listed items for these filters (key → values), in the caller's account.</summary>
    public async Task<JsonElement[]> ListAsync(string region, EmulatorCredential? caller, params (string Key, string[] Values)[] filters)
    {
        var parameters = new Dictionary<string, string> { ["RegionId"] = region, ["PageSize"] = "50" };
        for (var i = 0; i < filters.Length; i++)
        {
            parameters[$"Filter.{i + 1}.Key"] = filters[i].Key;
            for (var j = 0; j < filters[i].Values.Length; j++)
            {
                parameters[$"Filter.{i + 1}.Value.{j + 1}"] = filters[i].Values[j];
            }
        }

        var result = await OkAsync("DescribeRouterInterfaces", parameters, caller);
        return result.GetProperty("RouterInterfaceSet").GetProperty("RouterInterfaceType").EnumerateArray().ToArray();
    }

    /// <summary>The listed status, or "(gone)".</summary>
    public async Task<string> StatusAsync(string id, string region = Region, EmulatorCredential? caller = null)
    {
        var items = await ListAsync(region, caller, ("RouterInterfaceId", [id]));
        return items.Length == 0 ? "(gone)" : items[0].GetProperty("Status").GetString()!;
    }

    public async Task<string> AddRouteAsync(Vpc vpc, string cidr, params string[] nextHops)
    {
        var parameters = new Dictionary<string, string> { ["RegionId"] = vpc.Region, ["RouteTableId"] = vpc.RouteTableId, ["DestinationCidrBlock"] = cidr };
        if (nextHops.Length == 1)
        {
            parameters["NextHopType"] = "RouterInterface";
            parameters["NextHopId"] = nextHops[0];
        }
        else
        {
            for (var i = 0; i < nextHops.Length; i++)
            {
                parameters[$"NextHopList.{i + 1}.NextHopType"] = "RouterInterface";
                parameters[$"NextHopList.{i + 1}.NextHopId"] = nextHops[i];
            }
        }

        var id = (await OkAsync("CreateRouteEntry", parameters)).GetProperty("RouteEntryId").GetString()!;
        Advance(1); // RouteEntry.Pending: the next change in this table may start
        return id;
    }

    public async Task<JsonElement[]> RoutesAsync(Vpc vpc)
    {
        var result = await OkAsync("DescribeRouteEntryList", new() { ["RegionId"] = vpc.Region, ["RouteTableId"] = vpc.RouteTableId, ["RouteEntryType"] = "Custom", ["MaxResult"] = "100" });
        return result.GetProperty("RouteEntrys").GetProperty("RouteEntry").EnumerateArray().ToArray();
    }

    /// <summary>CreateRouterInterface in fast-link mode: a seeded VBR initiator in cn-hangzhou opposite a new vRouter in cn-shanghai.</summary>
    public async Task<Dictionary<string, string>> FastLinkRequestAsync(EmulatorCredential? vpcOwner = null)
    {
        var vbr = (await Admin.SeedAsync(new EmulatorSeed { Vbrs = [new SeedVbr(EmulatorCredentials.Dev.AccountId, Region)] }, CancellationToken.None)).Vbrs[0];
        var vpc = await CreateVpcAsync(vpcOwner ?? EmulatorCredentials.Dev, OtherRegion);
        return new()
        {
            ["RegionId"] = Region, ["Role"] = "InitiatingSide", ["RouterType"] = "VBR", ["RouterId"] = vbr.VbrId, ["AccessPointId"] = vbr.AccessPointId,
            ["Spec"] = "Large.1", ["OppositeRegionId"] = OtherRegion, ["OppositeRouterType"] = "VRouter", ["OppositeRouterId"] = vpc.RouterId,
            ["OppositeInterfaceOwnerId"] = vpc.AccountId, ["FastLinkMode"] = "true",
        };
    }

    /// <summary>A fast-link instance (not yet settled): the initiator and the acceptor the API created with it.</summary>
    public async Task<(string Initiator, string Acceptor)> FastLinkAsync(EmulatorCredential? vpcOwner = null)
    {
        var initiator = (await OkAsync("CreateRouterInterface", await FastLinkRequestAsync(vpcOwner))).GetProperty("RouterInterfaceId").GetString()!;
        var acceptor = (await ListAsync(Region, null, ("RouterInterfaceId", [initiator])))[0].GetProperty("OppositeInterfaceId").GetString()!;
        return (initiator, acceptor);
    }

    public static Dictionary<string, string> On(string id, string region = Region) => new() { ["RegionId"] = region, ["RouterInterfaceId"] = id };

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed record Vpc(string VpcId, string RouterId, string RouteTableId, string Region, string AccountId);

    internal sealed record Pair(Vpc Left, Vpc Right, string Initiator, string Acceptor, EmulatorCredential AcceptorCaller);
}
