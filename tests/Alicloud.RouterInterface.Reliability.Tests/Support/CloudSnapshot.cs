using System.Text.Json;
using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>One router interface as the emulator holds it.</summary>
internal sealed record InterfaceRecord(
    string Id,
    string RegionId,
    string Role,
    string RouterId,
    string Status,
    string? TargetStatus,
    string Spec,
    string Name,
    string Description,
    string ChargeType,
    string OppositeInterfaceId)
{
    public bool IsPrepaid => string.Equals(ChargeType, "Prepaid", StringComparison.Ordinal);

    /// <summary>Where the interface ends up on its own: the target of a running transition, "(gone)" while Deleting.</summary>
    public string Settled => Status == "Deleting" ? "(gone)" : TargetStatus ?? Status;

    /// <summary>The fields a delete must leave alone unless it says otherwise.</summary>
    public string Fingerprint => $"{Settled}|{Spec}|{Name}|{Description}|{ChargeType}|{OppositeInterfaceId}|{RouterId}";
}

/// <summary>One route entry as the emulator holds it.</summary>
internal sealed record RouteEntryRecord(string Id, string RouteTableId, string DestinationCidrBlock, string Type, string Status, IReadOnlyList<string> NextHopIds)
{
    public bool IsLeaving => Status == "Deleting";
}

/// <summary>The emulator's whole state at one moment (GET /_emulator/state settles transitions first).</summary>
internal sealed class CloudSnapshot
{
    private CloudSnapshot(IReadOnlyDictionary<string, InterfaceRecord> interfaces, IReadOnlyDictionary<string, RouteEntryRecord> routeEntries)
    {
        Interfaces = interfaces;
        RouteEntries = routeEntries;
    }

    public IReadOnlyDictionary<string, InterfaceRecord> Interfaces { get; }

    public IReadOnlyDictionary<string, RouteEntryRecord> RouteEntries { get; }

    public static async Task<CloudSnapshot> TakeAsync(EmulatorAdminClient admin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admin);
        using var state = await admin.GetStateAsync(cancellationToken);
        var root = state.RootElement;
        var interfaces = root.GetProperty("routerInterfaces").EnumerateArray().Select(ri => new InterfaceRecord(
            Text(ri, "routerInterfaceId"),
            Text(ri, "regionId"),
            Text(ri, "role"),
            Text(ri, "routerId"),
            Text(ri, "status"),
            ri.TryGetProperty("targetStatus", out var target) && target.ValueKind == JsonValueKind.String ? target.GetString() : null,
            Text(ri, "spec"),
            Text(ri, "name"),
            Text(ri, "description"),
            Text(ri, "chargeType"),
            Text(ri, "oppositeInterfaceId"))).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var entries = root.GetProperty("routeEntries").EnumerateArray().Select(e => new RouteEntryRecord(
            Text(e, "routeEntryId"),
            Text(e, "routeTableId"),
            Text(e, "destinationCidrBlock"),
            Text(e, "type"),
            Text(e, "status"),
            [.. e.GetProperty("nextHops").EnumerateArray().Select(h => Text(h, "nextHopId"))])).ToDictionary(e => e.Id, StringComparer.Ordinal);
        return new CloudSnapshot(interfaces, entries);
    }

    public InterfaceRecord? Find(string id) => Interfaces.GetValueOrDefault(id);

    public bool Exists(string id) => Interfaces.TryGetValue(id, out var found) && found.Status != "Deleting";

    /// <summary>The other end of the Express Connect instance: only when both ends name each other.</summary>
    public InterfaceRecord? PartnerOf(string id) =>
        Find(id) is { OppositeInterfaceId.Length: > 0 } self
        && Find(self.OppositeInterfaceId) is { } other
        && other.OppositeInterfaceId == id
            ? other
            : null;

    /// <summary>The interface and, when connected, its partner: what one DeleteExpressConnect removes.</summary>
    public IReadOnlyList<string> InstanceOf(string id) => PartnerOf(id) is { } partner ? [id, partner.Id] : [id];

    public IEnumerable<RouteEntryRecord> RouteEntriesTo(string interfaceId) =>
        RouteEntries.Values.Where(e => e.Type == "Custom" && e.NextHopIds.Contains(interfaceId, StringComparer.Ordinal));

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
