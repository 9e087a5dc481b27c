using System.Net;
using System.Net.Sockets;
using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// A custom entry, Pending → Available. RouterInterface next hops must exist on the table's router and not be Deleting;
/// other next-hop types are accepted with any id (those resources are not emulated). NextHopList.N makes an ECMP
/// entry (A2). Strict rules: one change at a time per table (A3/A4, TaskConflict).
/// </summary>
internal sealed class CreateRouteEntryAction : IApiAction
{
    public const int MaxNextHops = 16;

    public static readonly IReadOnlyList<string> NextHopTypes =
    [
        "Instance", "HaVip", "VpnGateway", "NatGateway", "NetworkInterface", "RouterInterface", "IPv6Gateway", "Attachment",
        "Ipv4Gateway", "GatewayEndpoint", "Ecr",
    ];

    private static readonly IPNetwork s_reserved = IPNetwork.Parse("100.64.0.0/10");

    public string Name => "CreateRouteEntry";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var p = request.Parameters;
        var regionId = ActionSupport.RegionId(request);
        var table = session.Data.FindRouteTable(request.AccountId, regionId, p.Required("RouteTableId")) ?? throw ApiErrors.InvalidRouteTableIdNotFound();
        var cidr = p.Required("DestinationCidrBlock");
        if (!IPNetwork.TryParse(cidr, out var network))
        {
            throw ApiErrors.InvalidCidrBlockMalformed();
        }

        if (network.BaseAddress.AddressFamily == AddressFamily.InterNetwork && Overlaps(network, s_reserved))
        {
            throw ApiErrors.InvalidParameter("DestinationCidrBlock", "100.64.0.0/10 is reserved.");
        }

        var name = p.Optional("RouteEntryName");
        ActionSupport.ValidateName(name, "RouteEntryName");
        var description = p.Optional("Description");
        ActionSupport.ValidateDescription(description);
        var hops = ParseNextHops(p);
        foreach (var hop in hops.Where(h => h.NextHopType == "RouterInterface"))
        {
            var target = session.Data.FindRouterInterface(request.AccountId, regionId, hop.NextHopId);
            if (target is null || target.RouterId != table.RouterId)
            {
                throw ApiErrors.NextHopNotFound();
            }

            if (target.Status == StatusNames.Deleting)
            {
                throw new ApiException("IncorrectStatus.RouterInterface", 400, "The next-hop router interface is being deleted.");
            }
        }

        if (session.Data.RouteEntries.Any(e => e.RouteTableId == table.RouteTableId && e.DestinationCidrBlock == cidr && e.Status != StatusNames.Deleting))
        {
            throw ApiErrors.InvalidCidrBlockDuplicate();
        }

        ActionSupport.EnsureRouteTableIdle(session, table);
        ActionSupport.EnsureNotDryRun(request);
        var entry = new RouteEntryEntity
        {
            RouteEntryId = IdGenerator.NewId("rte"),
            AccountId = request.AccountId,
            RegionId = regionId,
            RouteTableId = table.RouteTableId,
            DestinationCidrBlock = cidr,
            Type = "Custom",
            RouteEntryName = name ?? "",
            Description = description ?? "",
            NextHops = hops,
            CreationTime = session.Now,
            ModifiedTime = session.Now,
        };
        session.Begin(entry, StatusNames.Pending, StatusNames.Available, TransitionNames.RouteEntryPending);
        session.Data.RouteEntries.Add(entry);
        return new { request.RequestId, entry.RouteEntryId };
    }

    private static List<NextHopEntity> ParseNextHops(ApiParameters p)
    {
        var listIds = p.Indexed("NextHopList", ".NextHopId");
        if (listIds.Count == 0)
        {
            var type = p.OptionalOneOf("NextHopType", NextHopTypes) ?? "Instance";
            return [new NextHopEntity { NextHopType = type, NextHopId = p.Required("NextHopId") }];
        }

        if (listIds.Count > MaxNextHops)
        {
            throw ApiErrors.InvalidParameter("NextHopList", $"At most {MaxNextHops} next hops.");
        }

        return listIds.Select(item =>
        {
            var type = p.Optional($"NextHopList.{item.Key}.NextHopType") ?? "RouterInterface";
            if (type != "RouterInterface")
            {
                throw ApiErrors.InvalidParameter($"NextHopList.{item.Key}.NextHopType", "ECMP next hops must be RouterInterface.");
            }

            return new NextHopEntity { NextHopType = type, NextHopId = item.Value, Weight = p.Int($"NextHopList.{item.Key}.Weight", 100, 0, 255) };
        }).ToList();
    }

    private static bool Overlaps(IPNetwork a, IPNetwork b) => a.Contains(b.BaseAddress) || b.Contains(a.BaseAddress);
}
