namespace Alicloud.Vpc.Client.Models;

public sealed record RegionInfo(string RegionId, string LocalName);

public sealed record CreateVpcRequest
{
    public required string RegionId { get; init; }
    public string? CidrBlock { get; init; }
    public string? VpcName { get; init; }
    public string? ClientToken { get; init; }
}

/// <summary>What CreateVpc answers: the VPC with its vRouter and system route table.</summary>
public sealed record CreateVpcResult(string VpcId, string VRouterId, string RouteTableId);

public sealed record VpcInfo(string VpcId, string RegionId, string Status, string VRouterId, string CidrBlock, string VpcName)
{
    /// <summary>The account the VPC belongs to (DescribeVpcs <c>OwnerId</c>, a long on the wire); empty when not answered.</summary>
    public string OwnerId { get; init; } = "";
}
