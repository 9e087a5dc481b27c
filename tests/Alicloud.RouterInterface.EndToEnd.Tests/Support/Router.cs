namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>A VPC's vRouter and its system route table.</summary>
internal sealed record Router(string RegionId, string VpcId, string RouterId, string RouteTableId);
