namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>A custom route entry with an end of the instance (<see cref="NextHopId"/>) among its next hops.</summary>
public sealed record RouteEntryRef(string RegionId, string RouteTableId, string DestinationCidrBlock, string RouteEntryId, string NextHopId)
{
    /// <summary>Every next hop of the entry; more than one for an ECMP entry.</summary>
    public IReadOnlyList<string> NextHopIds { get; init; } = [NextHopId];

    /// <summary>The hops that are not <see cref="NextHopId"/> (an ECMP entry also routing elsewhere).</summary>
    public IReadOnlyList<string> OtherNextHopIds => [.. NextHopIds.Where(id => !string.Equals(id, NextHopId, StringComparison.Ordinal))];

    public override string ToString() => NextHopIds.Count > 1
        ? $"route table {RouteTableId}, destination {DestinationCidrBlock}, entry {RouteEntryId} (ECMP next hops {string.Join(", ", NextHopIds)})"
        : $"route table {RouteTableId}, destination {DestinationCidrBlock}, entry {RouteEntryId} (next hop {NextHopId})";
}
