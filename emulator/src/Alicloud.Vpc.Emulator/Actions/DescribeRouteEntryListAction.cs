using System.Globalization;
using System.Text;
using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>Entries of one table with filters; MaxResult (1–100, default 10) and an opaque NextToken (empty on the last page).</summary>
internal sealed class DescribeRouteEntryListAction : IApiAction
{
    private static readonly string[] s_entryTypes = ["Custom", "System", "BGP", "CEN", "ECR"];
    private static readonly string[] s_ipVersions = ["ipv4", "ipv6"];

    public string Name => "DescribeRouteEntryList";

    public bool IsMutating => false;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var p = request.Parameters;
        var regionId = ActionSupport.RegionId(request);
        var table = session.Data.FindRouteTable(request.AccountId, regionId, p.Required("RouteTableId")) ?? throw ApiErrors.InvalidRouteTableIdNotFound();
        var maxResult = p.Int("MaxResult", 10, 1, 100);
        var offset = DecodeToken(p.Optional("NextToken"));
        var entryId = p.Optional("RouteEntryId");
        var name = p.Optional("RouteEntryName");
        var type = p.OptionalOneOf("RouteEntryType", s_entryTypes);
        var cidr = p.Optional("DestinationCidrBlock");
        var nextHopId = p.Optional("NextHopId");
        var nextHopType = p.OptionalOneOf("NextHopType", CreateRouteEntryAction.NextHopTypes);
        var ipVersion = p.OptionalOneOf("IpVersion", s_ipVersions);

        var matching = session.Data.RouteEntries
            .Where(e => e.RouteTableId == table.RouteTableId)
            .Where(e => entryId is null || e.RouteEntryId == entryId)
            .Where(e => name is null || e.RouteEntryName == name)
            .Where(e => type is null || e.Type == type)
            .Where(e => cidr is null || e.DestinationCidrBlock == cidr)
            .Where(e => nextHopId is null || e.NextHops.Any(h => h.NextHopId == nextHopId))
            .Where(e => nextHopType is null || e.NextHops.Any(h => h.NextHopType == nextHopType))
            .Where(e => ipVersion is null || IpVersionOf(e) == ipVersion)
            .ToArray();
        var page = matching.Skip(offset).Take(maxResult).Select(e => ToItem(e, session.Data)).ToArray();
        var next = offset + maxResult < matching.Length ? EncodeToken(offset + maxResult) : "";
        return new { request.RequestId, NextToken = next, TotalCount = matching.Length, RouteEntrys = new { RouteEntry = page } };
    }

    private static object ToItem(RouteEntryEntity entry, EmulatorState state) => new
    {
        entry.RouteEntryId,
        entry.RouteEntryName,
        entry.RouteTableId,
        entry.DestinationCidrBlock,
        entry.Type,
        entry.Status,
        Origin = entry.Type == "System" ? "SystemCreate" : "CustomCreate",
        IpVersion = IpVersionOf(entry),
        entry.Description,
        GmtModified = ActionSupport.Iso(entry.ModifiedTime),
        ServiceType = "",
        NextHops = new { NextHop = entry.NextHops.Select(h => NextHopItem(h, entry, state)).ToArray() },
    };

    private static object NextHopItem(NextHopEntity hop, RouteEntryEntity entry, EmulatorState state)
    {
        var routerInterface = hop.NextHopType == "RouterInterface" ? state.FindRouterInterfaceAnywhere(hop.NextHopId) : null;
        var related = routerInterface switch
        {
            null => new { InstanceId = "", InstanceType = "", RegionId = "" },
            { OppositeRouterType: RouterTypes.Vbr } => new { InstanceId = routerInterface.OppositeRouterId, InstanceType = "VBR", RegionId = routerInterface.OppositeRegionId },
            _ => new
            {
                InstanceId = state.FindRouterInterfaceAnywhere(routerInterface.OppositeInterfaceId)?.VpcId ?? "",
                InstanceType = "VPC",
                RegionId = routerInterface.OppositeRegionId,
            },
        };
        return new
        {
            hop.NextHopId,
            hop.NextHopType,
            NextHopRegionId = entry.RegionId,
            Enabled = 1,
            hop.Weight,
            NextHopRelatedInfo = related,
        };
    }

    private static string IpVersionOf(RouteEntryEntity entry) => entry.DestinationCidrBlock.Contains(':', StringComparison.Ordinal) ? "ipv6" : "ipv4";

    private static string EncodeToken(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static int DecodeToken(string? token)
    {
        if (token is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw ApiErrors.InvalidParameter("NextToken");
    }
}
