using System.Text.Json;
using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>One router interface as the emulator stores it (the fields the tests look at).</summary>
internal sealed record CloudInterface(string Id, string RegionId, string Status, string ChargeType, string Name, string Description, string Spec, string OppositeInterfaceId, string OppositeInterfaceOwnerId = "");

/// <summary>One route entry as the emulator stores it.</summary>
internal sealed record CloudRouteEntry(string Id, string RouteTableId, string DestinationCidrBlock, string Status, IReadOnlyList<string> NextHopIds);

/// <summary>A snapshot of the emulator's state dump (settled to the emulator's clock when taken).</summary>
internal sealed class CloudState
{
    private CloudState(IReadOnlyList<CloudInterface> interfaces, IReadOnlyList<CloudRouteEntry> routeEntries, IReadOnlySet<string> deletedIds)
    {
        Interfaces = interfaces;
        RouteEntries = routeEntries;
        DeletedInterfaceIds = deletedIds;
    }

    public IReadOnlyList<CloudInterface> Interfaces { get; }

    public IReadOnlyList<CloudRouteEntry> RouteEntries { get; }

    /// <summary>Interfaces that existed and have disappeared.</summary>
    public IReadOnlySet<string> DeletedInterfaceIds { get; }

    public static async Task<CloudState> ReadAsync(EmulatorAdminClient admin, CancellationToken cancellationToken)
    {
        using var document = await admin.GetStateAsync(cancellationToken);
        var root = document.RootElement;
        var interfaces = root.GetProperty("routerInterfaces").EnumerateArray().Select(ri => new CloudInterface(
            Text(ri, "routerInterfaceId"),
            Text(ri, "regionId"),
            Text(ri, "status"),
            Text(ri, "chargeType"),
            Text(ri, "name"),
            Text(ri, "description"),
            Text(ri, "spec"),
            Text(ri, "oppositeInterfaceId"),
            Text(ri, "oppositeInterfaceOwnerId"))).ToList();
        var entries = root.GetProperty("routeEntries").EnumerateArray().Select(entry => new CloudRouteEntry(
            Text(entry, "routeEntryId"),
            Text(entry, "routeTableId"),
            Text(entry, "destinationCidrBlock"),
            Text(entry, "status"),
            [.. entry.GetProperty("nextHops").EnumerateArray().Select(hop => Text(hop, "nextHopId"))])).ToList();
        var deleted = root.GetProperty("deletedRouterInterfaceIds").EnumerateArray().Select(id => id.GetString()!).ToHashSet(StringComparer.Ordinal);
        return new CloudState(interfaces, entries, deleted);
    }

    /// <summary>The interface, or null when the emulator no longer holds it.</summary>
    public CloudInterface? Interface(string id) => Interfaces.FirstOrDefault(i => i.Id == id);

    public CloudRouteEntry? RouteEntry(string id) => RouteEntries.FirstOrDefault(e => e.Id == id);

    /// <summary>Gone for good: not held any more (not merely Deleting) and recorded as deleted.</summary>
    public bool IsGone(string id) => Interface(id) is null && DeletedInterfaceIds.Contains(id);

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
