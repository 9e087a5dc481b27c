using System.Text.Json;

namespace Alicloud.RouterInterface.Testing.Emulator;

/// <summary>
/// The emulator's whole state at one moment, typed (<c>GET /_emulator/state</c> settles due transitions first): what
/// tests assert on and what the reliability invariants compare before and after a destroy.
/// </summary>
public sealed class EmulatorSnapshot
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private EmulatorSnapshot(Dump dump)
    {
        Interfaces = dump.RouterInterfaces.ToDictionary(r => r.Id, StringComparer.Ordinal);
        RouteEntries = dump.RouteEntries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Vpcs = dump.Vpcs;
        DeletedInterfaceIds = dump.DeletedRouterInterfaceIds.ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, RouterInterfaceRecord> Interfaces { get; }

    public IReadOnlyDictionary<string, RouteEntryRecord> RouteEntries { get; }

    public IReadOnlyList<VpcRecord> Vpcs { get; }

    /// <summary>Interfaces that existed and have disappeared.</summary>
    public IReadOnlySet<string> DeletedInterfaceIds { get; }

    public static EmulatorSnapshot Parse(JsonElement state) =>
        new(state.Deserialize<Dump>(s_json) ?? throw new JsonException("The emulator's state dump is null."));

    /// <summary>The interface, or null when the emulator no longer holds it.</summary>
    public RouterInterfaceRecord? Interface(string id) => Interfaces.GetValueOrDefault(id);

    public RouteEntryRecord? RouteEntry(string id) => RouteEntries.GetValueOrDefault(id);

    /// <summary>Held and not on its way out (Deleting counts as gone: nothing can stop it).</summary>
    public bool Exists(string id) => Interface(id) is { } found && found.Status != "Deleting";

    /// <summary>Gone for good: not held any more (not merely Deleting) and recorded as deleted.</summary>
    public bool IsGone(string id) => Interface(id) is null && DeletedInterfaceIds.Contains(id);

    /// <summary>The other end of the Express Connect instance: only when both ends name each other.</summary>
    public RouterInterfaceRecord? PartnerOf(string id) =>
        Interface(id) is { OppositeInterfaceId.Length: > 0 } self
        && Interface(self.OppositeInterfaceId) is { } other
        && other.OppositeInterfaceId == id
            ? other
            : null;

    /// <summary>The interface and, when connected, its partner: what one DeleteExpressConnect removes.</summary>
    public IReadOnlyList<string> InstanceOf(string id) => PartnerOf(id) is { } partner ? [id, partner.Id] : [id];

    /// <summary>Custom route entries with a hop through the interface (any hop of an ECMP entry counts).</summary>
    public IEnumerable<RouteEntryRecord> RouteEntriesTo(string interfaceId) =>
        RouteEntries.Values.Where(e => e.Type == "Custom" && e.NextHopIds.Contains(interfaceId, StringComparer.Ordinal));

    private sealed record Dump(
        IReadOnlyList<RouterInterfaceRecord> RouterInterfaces,
        IReadOnlyList<RouteEntryRecord> RouteEntries,
        IReadOnlyList<VpcRecord> Vpcs,
        IReadOnlyList<string> DeletedRouterInterfaceIds);
}
