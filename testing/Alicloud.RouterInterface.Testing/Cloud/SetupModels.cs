namespace Alicloud.RouterInterface.Testing.Cloud;

/// <summary>A region DescribeRegions lists.</summary>
public sealed record RegionInfo(string RegionId, string LocalName);

/// <summary>Parameters of CreateVpc.</summary>
public sealed record CreateVpcRequest
{
    public required string RegionId { get; init; }
    public string? CidrBlock { get; init; }
    public string? VpcName { get; init; }
    public string? ClientToken { get; init; }
}

/// <summary>What CreateVpc answers: the VPC with its vRouter and system route table.</summary>
public sealed record CreateVpcResult(string VpcId, string VRouterId, string RouteTableId);

/// <summary>Parameters of CreateRouteEntry: one next hop (<see cref="NextHopId"/>) or an ECMP list (<see cref="NextHopList"/>).</summary>
public sealed record CreateRouteEntryRequest
{
    public required string RegionId { get; init; }
    public required string RouteTableId { get; init; }
    public required string DestinationCidrBlock { get; init; }
    public string? NextHopType { get; init; }
    public string? NextHopId { get; init; }

    /// <summary>Router interfaces of an ECMP entry, sent as <c>NextHopList.N.NextHopId</c> with type RouterInterface (SDK CreateRouteEntryRequest, at most 16).</summary>
    public IReadOnlyList<string>? NextHopList { get; init; }

    public string? RouteEntryName { get; init; }
    public string? ClientToken { get; init; }
}
