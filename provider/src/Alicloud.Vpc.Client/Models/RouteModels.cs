namespace Alicloud.Vpc.Client.Models;

/// <summary>A route table as DescribeRouteTableList reports it.</summary>
public sealed record RouteTableInfo(string RouteTableId, string RouteTableType, string RouterId, string RouterType, string VpcId, string Status);

/// <summary>A route entry as DescribeRouteEntryList reports it (first next hop flattened).</summary>
public sealed record RouteEntryInfo(
    string RouteEntryId,
    string RouteTableId,
    string DestinationCidrBlock,
    string Type,
    string Status,
    string NextHopType,
    string NextHopId);

/// <summary>Parameters of CreateRouteEntry with one next hop.</summary>
public sealed record CreateRouteEntryRequest
{
    public required string RegionId { get; init; }
    public required string RouteTableId { get; init; }
    public required string DestinationCidrBlock { get; init; }
    public required string NextHopType { get; init; }
    public required string NextHopId { get; init; }
    public string? RouteEntryName { get; init; }
    public string? ClientToken { get; init; }
}
