namespace Alicloud.RouterInterface.Demo.Cloud;

/// <summary>One VPC of the topology: its region, vRouter and system route table.</summary>
internal sealed record RegionSite(string RegionId, string VpcName, string CidrBlock, string VpcId, string VRouterId, string RouteTableId);
