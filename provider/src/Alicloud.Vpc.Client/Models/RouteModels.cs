namespace Alicloud.Vpc.Client.Models;

/// <summary>A route table as DescribeRouteTableList reports it.</summary>
public sealed record RouteTableInfo(string RouteTableId, string RouteTableType, string RouterId, string RouterType, string VpcId, string Status);

/// <summary>
/// One page of a region's route tables as DescribeRouteTableList lists them: the tables, the listing's TotalCount (null
/// when the answer has none) and the PageSize the call asked for.
/// </summary>
public sealed record RouteTablePage(IReadOnlyList<RouteTableInfo> Tables, int? TotalCount, int PageSize);

/// <summary>
/// A route entry as DescribeRouteEntryList reports it: <see cref="NextHopType"/> and <see cref="NextHopId"/> are its first
/// next hop, <see cref="NextHops"/> all of them (several for an ECMP entry: <c>RouteEntrys.RouteEntry[].NextHops.NextHop[]</c>
/// in the SDK's DescribeRouteEntryListResponseBody).
/// </summary>
public sealed record RouteEntryInfo(
    string RouteEntryId,
    string RouteTableId,
    string DestinationCidrBlock,
    string Type,
    string Status,
    string NextHopType,
    string NextHopId)
{
    public IReadOnlyList<RouteNextHop> NextHops { get; init; } = NextHopId.Length == 0 ? [] : [new RouteNextHop(NextHopType, NextHopId)];

    /// <summary>Value equality over the hops too (a record compares a list by reference).</summary>
    public bool Equals(RouteEntryInfo? other) =>
        other is not null
        && (RouteEntryId, RouteTableId, DestinationCidrBlock, Type, Status, NextHopType, NextHopId)
            == (other.RouteEntryId, other.RouteTableId, other.DestinationCidrBlock, other.Type, other.Status, other.NextHopType, other.NextHopId)
        && NextHops.SequenceEqual(other.NextHops);

    public override int GetHashCode() => HashCode.Combine(RouteEntryId, RouteTableId, DestinationCidrBlock, Status, NextHopId, NextHops.Count);

    /// <summary>True when any next hop is <paramref name="nextHopId"/>: an ECMP entry depends on every hop (A2).</summary>
    public bool RoutesThrough(string nextHopId) => NextHops.Any(h => string.Equals(h.NextHopId, nextHopId, StringComparison.Ordinal));
}

/// <summary>One next hop of a route entry.</summary>
public sealed record RouteNextHop(string NextHopType, string NextHopId);
