using System.Text.Json;
using Alicloud.Vpc.Client.Models;
using Alicloud.Vpc.Client.Transport;

namespace Alicloud.Vpc.Client.Wire;

/// <summary>Maps JSON success bodies onto the client's models (wire names as in the VPC 2016-04-28 API).</summary>
internal static class ResponseMapping
{
    public static IEnumerable<RouterInterfaceInfo> RouterInterfaces(JsonElement root, string regionId) =>
        JsonFields.List(root, "RouterInterfaceSet", "RouterInterfaceType")
            .Select(item => RouterInterface(item, regionId))
            .Where(ri => ri.RouterInterfaceId.Length > 0);

    public static RouterInterfaceInfo RouterInterface(JsonElement item, string regionId) => new()
    {
        RouterInterfaceId = JsonFields.StringOrEmpty(item, "RouterInterfaceId"),
        RegionId = regionId,
        Name = JsonFields.StringOrEmpty(item, "Name"),
        Description = JsonFields.StringOrEmpty(item, "Description"),
        Role = JsonFields.StringOrEmpty(item, "Role"),
        RouterId = JsonFields.StringOrEmpty(item, "RouterId"),
        RouterType = JsonFields.StringOrEmpty(item, "RouterType"),
        Spec = JsonFields.StringOrEmpty(item, "Spec"),
        Status = JsonFields.StringOrEmpty(item, "Status"),
        BusinessStatus = JsonFields.StringOrEmpty(item, "BusinessStatus"),
        ChargeType = JsonFields.StringOrEmpty(item, "ChargeType"),
        Bandwidth = JsonFields.Int(item, "Bandwidth"),
        CreationTime = JsonFields.StringOrEmpty(item, "CreationTime"),
        ConnectedTime = JsonFields.StringOrEmpty(item, "ConnectedTime"),
        EndTime = JsonFields.StringOrEmpty(item, "EndTime"),
        AccessPointId = JsonFields.StringOrEmpty(item, "AccessPointId"),
        OppositeAccessPointId = JsonFields.StringOrEmpty(item, "OppositeAccessPointId"),
        OppositeRegionId = JsonFields.StringOrEmpty(item, "OppositeRegionId"),
        OppositeRouterId = JsonFields.StringOrEmpty(item, "OppositeRouterId"),
        OppositeRouterType = JsonFields.StringOrEmpty(item, "OppositeRouterType"),
        OppositeInterfaceId = JsonFields.StringOrEmpty(item, "OppositeInterfaceId"),
        OppositeInterfaceOwnerId = JsonFields.StringOrEmpty(item, "OppositeInterfaceOwnerId"),
        OppositeInterfaceStatus = JsonFields.StringOrEmpty(item, "OppositeInterfaceStatus"),
        OppositeInterfaceBusinessStatus = JsonFields.StringOrEmpty(item, "OppositeInterfaceBusinessStatus"),
        OppositeInterfaceSpec = JsonFields.StringOrEmpty(item, "OppositeInterfaceSpec"),
        HealthCheckSourceIp = JsonFields.StringOrEmpty(item, "HealthCheckSourceIp"),
        HealthCheckTargetIp = JsonFields.StringOrEmpty(item, "HealthCheckTargetIp"),
        VpcInstanceId = JsonFields.StringOrEmpty(item, "VpcInstanceId"),
        OppositeVpcInstanceId = JsonFields.StringOrEmpty(item, "OppositeVpcInstanceId"),
        FastLinkMode = JsonFields.Bool(item, "FastLinkMode"),
        CrossBorder = JsonFields.Bool(item, "CrossBorder"),
        HcRate = JsonFields.Int(item, "HcRate"),
        HcThreshold = JsonFields.Int(item, "HcThreshold"),
        OppositeBandwidth = JsonFields.Int(item, "OppositeBandwidth"),
        HasReservationData = JsonFields.StringOrEmpty(item, "HasReservationData"),
        ReservationActiveTime = JsonFields.StringOrEmpty(item, "ReservationActiveTime"),
        ReservationBandwidth = JsonFields.StringOrEmpty(item, "ReservationBandwidth"),
        ReservationInternetChargeType = JsonFields.StringOrEmpty(item, "ReservationInternetChargeType"),
        ReservationOrderType = JsonFields.StringOrEmpty(item, "ReservationOrderType"),
        ResourceGroupId = JsonFields.StringOrEmpty(item, "ResourceGroupId"),
        Tags = Tags(item),
    };

    /// <summary><c>Tags.Tags[]</c> of Key and Value; a key listed twice keeps its last value.</summary>
    private static ResourceTags Tags(JsonElement item)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in JsonFields.List(item, "Tags", "Tags"))
        {
            if (JsonFields.StringOrNull(tag, "Key") is { } key)
            {
                tags[key] = JsonFields.StringOrEmpty(tag, "Value");
            }
        }

        return ResourceTags.From(tags);
    }

    /// <summary>Route entries with their first next hop (<c>NextHops.NextHop[0]</c>, or the flat fields of older answers).</summary>
    public static IEnumerable<RouteEntryInfo> RouteEntries(JsonElement root) =>
        JsonFields.List(root, "RouteEntrys", "RouteEntry").Select(RouteEntry);

    public static IEnumerable<RouteTableInfo> RouteTables(JsonElement root) =>
        JsonFields.List(root, "RouterTableList", "RouterTableListType").Select(item => new RouteTableInfo(
            JsonFields.StringOrEmpty(item, "RouteTableId"),
            JsonFields.StringOrEmpty(item, "RouteTableType"),
            JsonFields.StringOrEmpty(item, "RouterId"),
            JsonFields.StringOrEmpty(item, "RouterType"),
            JsonFields.StringOrEmpty(item, "VpcId"),
            JsonFields.StringOrEmpty(item, "Status")));

    public static IEnumerable<VpcInfo> Vpcs(JsonElement root) =>
        JsonFields.List(root, "Vpcs", "Vpc").Select(item => new VpcInfo(
            JsonFields.StringOrEmpty(item, "VpcId"),
            JsonFields.StringOrEmpty(item, "RegionId"),
            JsonFields.StringOrEmpty(item, "Status"),
            JsonFields.StringOrEmpty(item, "VRouterId"),
            JsonFields.StringOrEmpty(item, "CidrBlock"),
            JsonFields.StringOrEmpty(item, "VpcName"))
        {
            OwnerId = JsonFields.StringOrEmpty(item, "OwnerId"),
        });

    /// <summary>A field the answer must carry; its absence means the answer is not what the API documents.</summary>
    public static string RequiredString(JsonElement root, string name) =>
        JsonFields.StringOrNull(root, name) ?? throw new UnexpectedResponseException($"The answer has no '{name}'.");

    /// <summary>Every hop of <c>NextHops.NextHop[]</c>; an answer without the list gives the entry's own NextHopType/NextHopId.</summary>
    private static RouteEntryInfo RouteEntry(JsonElement item)
    {
        var hops = JsonFields.List(item, "NextHops", "NextHop")
            .Where(hop => hop.ValueKind == JsonValueKind.Object)
            .Select(hop => new RouteNextHop(JsonFields.StringOrEmpty(hop, "NextHopType"), JsonFields.StringOrEmpty(hop, "NextHopId")))
            .Where(hop => hop.NextHopId.Length > 0)
            .ToList();
        var first = hops.Count > 0 ? hops[0] : new RouteNextHop(JsonFields.StringOrEmpty(item, "NextHopType"), JsonFields.StringOrEmpty(item, "NextHopId"));
        var entry = new RouteEntryInfo(
            JsonFields.StringOrEmpty(item, "RouteEntryId"),
            JsonFields.StringOrEmpty(item, "RouteTableId"),
            JsonFields.StringOrEmpty(item, "DestinationCidrBlock"),
            JsonFields.StringOrEmpty(item, "Type"),
            JsonFields.StringOrEmpty(item, "Status"),
            first.NextHopType,
            first.NextHopId);
        return hops.Count > 0 ? entry with { NextHops = hops } : entry;
    }
}
