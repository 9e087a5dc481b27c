namespace Alicloud.Vpc.Client.Models;

public sealed record VpcInfo(string VpcId, string RegionId, string Status, string VRouterId, string CidrBlock, string VpcName)
{
    /// <summary>The account the VPC belongs to (DescribeVpcs <c>OwnerId</c>, a long on the wire); empty when not answered.</summary>
    public string OwnerId { get; init; } = "";
}
