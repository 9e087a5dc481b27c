using Alicloud.RouterInterface.Testing.Emulator;
using System.Text.Json;
using Alicloud.Vpc.Emulator.Actions;
using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.Vpc.Emulator.Tests.Support;

/// <summary>The state store and dispatcher on a FakeTimeProvider: actions called directly, time advanced by hand, no sleeps.</summary>
internal sealed class StateHarness
{
    public static readonly CallerIdentity Dev = new(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccountId);
    public static readonly CallerIdentity Peer = new(CredentialStore.Peer.AccessKeyId, CredentialStore.Peer.AccountId);

    public const string Region = "cn-hangzhou";
    public const string OtherRegion = "cn-shanghai";

    public StateHarness(IStatePersistence? persistence = null)
    {
        Durations = new TransitionDurations();
        Behaviour.Apply(null, null, EmulatorVariants.ExactListings); // pins the mechanics; VariantTests cover the defaults
        Store = new StateStore(Clock, Durations, Limits, persistence ?? new NoStatePersistence(), Behaviour);
        Dispatcher = new ActionDispatcher(ActionCatalog.All, Store);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public TransitionDurations Durations { get; }

    public EmulatorLimits Limits { get; } = new();

    /// <summary>The variants (strict by default, like the emulator).</summary>
    public Behaviour.EmulatorBehaviour Behaviour { get; } = new();

    public StateStore Store { get; }

    public ActionDispatcher Dispatcher { get; }

    public JsonElement Call(string action, Dictionary<string, string> parameters, CallerIdentity? caller = null)
    {
        var body = Dispatcher.Dispatch(new RequestContext(IdGenerator.NewRequestId(), action, new ApiParameters(parameters), caller ?? Dev));
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public string CallRaw(string action, Dictionary<string, string> parameters, CallerIdentity? caller = null) =>
        Dispatcher.Dispatch(new RequestContext(IdGenerator.NewRequestId(), action, new ApiParameters(parameters), caller ?? Dev));

    public ApiException Fails(string action, Dictionary<string, string> parameters, CallerIdentity? caller = null) =>
        Assert.Throws<ApiException>(() => Call(action, parameters, caller));

    public void Advance(double seconds) => Clock.Advance(TimeSpan.FromSeconds(seconds));

    public Vpc CreateVpc(CallerIdentity? caller = null, string region = Region)
    {
        var result = Call("CreateVpc", new Dictionary<string, string> { ["RegionId"] = region }, caller);
        return new Vpc(result.GetProperty("VpcId").GetString()!, result.GetProperty("VRouterId").GetString()!, result.GetProperty("RouteTableId").GetString()!, region);
    }

    public string CreateInitiator(Vpc vpc, string oppositeRegion, CallerIdentity? caller = null, string spec = "Large.2", string chargeType = "PostPaid")
    {
        var parameters = new Dictionary<string, string>
        {
            ["RegionId"] = vpc.Region,
            ["Role"] = "InitiatingSide",
            ["RouterType"] = "VRouter",
            ["RouterId"] = vpc.RouterId,
            ["Spec"] = spec,
            ["OppositeRegionId"] = oppositeRegion,
            ["InstanceChargeType"] = chargeType,
        };
        if (chargeType == "PrePaid")
        {
            parameters["Period"] = "1";
            parameters["AutoPay"] = "true";
        }

        return Call("CreateRouterInterface", parameters, caller).GetProperty("RouterInterfaceId").GetString()!;
    }

    public string CreateAcceptor(Vpc vpc, string oppositeRegion, CallerIdentity? caller = null, string chargeType = "PostPaid")
    {
        var parameters = new Dictionary<string, string>
        {
            ["RegionId"] = vpc.Region,
            ["Role"] = "AcceptingSide",
            ["RouterType"] = "VRouter",
            ["RouterId"] = vpc.RouterId,
            ["Spec"] = "Negative",
            ["OppositeRegionId"] = oppositeRegion,
            ["InstanceChargeType"] = chargeType,
        };
        if (chargeType == "PrePaid")
        {
            parameters["Period"] = "1";
            parameters["AutoPay"] = "true";
        }

        return Call("CreateRouterInterface", parameters, caller).GetProperty("RouterInterfaceId").GetString()!;
    }

    /// <summary>Two VPCs (dev in cn-hangzhou; acceptor in cn-shanghai, optionally in the peer account), both ends configured, not connected.</summary>
    public Pair ConfiguredPair(bool crossAccount = false, string initiatorCharge = "PostPaid", string acceptorCharge = "PostPaid")
    {
        var acceptorCaller = crossAccount ? Peer : Dev;
        var left = CreateVpc(Dev, Region);
        var right = CreateVpc(acceptorCaller, OtherRegion);
        var initiator = CreateInitiator(left, OtherRegion, Dev, chargeType: initiatorCharge);
        var acceptor = CreateAcceptor(right, Region, acceptorCaller, acceptorCharge);
        Call("ModifyRouterInterfaceAttribute", new Dictionary<string, string>
        {
            ["RegionId"] = OtherRegion,
            ["RouterInterfaceId"] = acceptor,
            ["OppositeInterfaceId"] = initiator,
            ["OppositeRouterId"] = left.RouterId,
            ["OppositeRouterType"] = "VRouter",
            ["OppositeInterfaceOwnerId"] = Dev.AccountId,
        }, acceptorCaller);
        Call("ModifyRouterInterfaceAttribute", new Dictionary<string, string>
        {
            ["RegionId"] = Region,
            ["RouterInterfaceId"] = initiator,
            ["OppositeInterfaceId"] = acceptor,
            ["OppositeRouterId"] = right.RouterId,
            ["OppositeRouterType"] = "VRouter",
            ["OppositeInterfaceOwnerId"] = acceptorCaller.AccountId,
        }, Dev);
        return new Pair(left, right, initiator, acceptor, acceptorCaller);
    }

    /// <summary>A configured pair connected and settled to Active on both ends.</summary>
    public Pair ActivePair(bool crossAccount = false)
    {
        var pair = ConfiguredPair(crossAccount);
        Call("ConnectRouterInterface", new Dictionary<string, string> { ["RegionId"] = Region, ["RouterInterfaceId"] = pair.Initiator });
        Advance(Durations.Get(TransitionNames.Connecting).TotalSeconds);
        return pair;
    }

    public JsonElement Describe(string routerInterfaceId, string region = Region, CallerIdentity? caller = null)
    {
        var result = Call("DescribeRouterInterfaces", new Dictionary<string, string>
        {
            ["RegionId"] = region,
            ["Filter.1.Key"] = "RouterInterfaceId",
            ["Filter.1.Value.1"] = routerInterfaceId,
        }, caller);
        var items = result.GetProperty("RouterInterfaceSet").GetProperty("RouterInterfaceType");
        return items.GetArrayLength() == 0 ? default : items[0];
    }

    public string StatusOf(string routerInterfaceId, string region = Region, CallerIdentity? caller = null)
    {
        var item = Describe(routerInterfaceId, region, caller);
        return item.ValueKind == JsonValueKind.Undefined ? "(gone)" : item.GetProperty("Status").GetString()!;
    }

    public string AddRouteEntry(Vpc vpc, string routerInterfaceId, string cidr = "10.10.0.0/16", CallerIdentity? caller = null) =>
        Call("CreateRouteEntry", new Dictionary<string, string>
        {
            ["RegionId"] = vpc.Region,
            ["RouteTableId"] = vpc.RouteTableId,
            ["DestinationCidrBlock"] = cidr,
            ["NextHopType"] = "RouterInterface",
            ["NextHopId"] = routerInterfaceId,
        }, caller).GetProperty("RouteEntryId").GetString()!;

    internal sealed record Vpc(string VpcId, string RouterId, string RouteTableId, string Region);

    internal sealed record Pair(Vpc Left, Vpc Right, string Initiator, string Acceptor, CallerIdentity AcceptorCaller);
}
