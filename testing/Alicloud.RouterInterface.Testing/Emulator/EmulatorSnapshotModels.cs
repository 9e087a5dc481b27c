using System.Text.Json.Serialization;

namespace Alicloud.RouterInterface.Testing.Emulator;

/// <summary>
/// One router interface as the emulator holds it: the JSON of its <c>RouterInterfaceEntity</c> in
/// <c>GET /_emulator/state</c> (emulator/src/…/State/Entities.cs; every name here is checked against it by the
/// emulator's tests, <c>SnapshotModelTests</c>).
/// </summary>
public sealed record RouterInterfaceRecord
{
    [JsonPropertyName("routerInterfaceId")]
    public string Id { get; init; } = "";

    public string AccountId { get; init; } = "";

    public string RegionId { get; init; } = "";

    public string Role { get; init; } = "";

    public string RouterType { get; init; } = "";

    public string RouterId { get; init; } = "";

    public string Status { get; init; } = "";

    /// <summary>Where a running transition ends (null when none runs).</summary>
    public string? TargetStatus { get; init; }

    public string Spec { get; init; } = "";

    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public string ChargeType { get; init; } = "";

    public string OppositeRegionId { get; init; } = "";

    public string OppositeRouterId { get; init; } = "";

    public string OppositeInterfaceId { get; init; } = "";

    public string OppositeInterfaceOwnerId { get; init; } = "";

    public bool IsPrepaid => string.Equals(ChargeType, "Prepaid", StringComparison.Ordinal);

    /// <summary>Where the interface ends up on its own: the target of a running transition, "(gone)" while Deleting.</summary>
    public string Settled => Status == "Deleting" ? "(gone)" : TargetStatus ?? Status;

    /// <summary>The fields a delete must leave alone unless it says otherwise.</summary>
    public string Fingerprint => $"{Settled}|{Spec}|{Name}|{Description}|{ChargeType}|{OppositeInterfaceId}|{RouterId}";

    public override string ToString() => $"{Id} {Status}{(TargetStatus is { } target ? $"→{target}" : "")} ({RegionId}, {ChargeType})";
}

/// <summary>One next hop of a route entry (<c>NextHopEntity</c>); ECMP entries have several.</summary>
public sealed record NextHopRecord(string NextHopType, string NextHopId, int Weight);

/// <summary>One route entry as the emulator holds it (<c>RouteEntryEntity</c>).</summary>
public sealed record RouteEntryRecord
{
    [JsonPropertyName("routeEntryId")]
    public string Id { get; init; } = "";

    public string RegionId { get; init; } = "";

    public string RouteTableId { get; init; } = "";

    public string DestinationCidrBlock { get; init; } = "";

    public string Type { get; init; } = "";

    public string Status { get; init; } = "";

    public IReadOnlyList<NextHopRecord> NextHops { get; init; } = [];

    public IReadOnlyList<string> NextHopIds => [.. NextHops.Select(h => h.NextHopId)];

    public bool IsLeaving => Status == "Deleting";

    public override string ToString() => $"{Id} {DestinationCidrBlock} via {string.Join("+", NextHopIds)} {Status}";
}

/// <summary>One VPC as the emulator holds it (<c>VpcEntity</c>).</summary>
public sealed record VpcRecord
{
    public string VpcId { get; init; } = "";

    public string AccountId { get; init; } = "";

    public string RegionId { get; init; } = "";

    public string VRouterId { get; init; } = "";

    public string RouteTableId { get; init; } = "";

    public string Status { get; init; } = "";
}
