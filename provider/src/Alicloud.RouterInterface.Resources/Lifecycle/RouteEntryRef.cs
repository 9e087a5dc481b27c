namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>A custom route entry whose next hop is an end of the instance.</summary>
public sealed record RouteEntryRef(string RegionId, string RouteTableId, string DestinationCidrBlock, string RouteEntryId, string NextHopId)
{
    public override string ToString() => $"route table {RouteTableId}, destination {DestinationCidrBlock}, entry {RouteEntryId} (next hop {NextHopId})";
}
