namespace Alicloud.RouterInterface.Testing.Emulator;

/// <summary>Names accepted by --transition and <see cref="EmulatorAdminClient.SetTransitionsAsync"/> (durations in seconds).</summary>
public static class EmulatorTransitions
{
    public const string Connecting = "Connecting";
    public const string AcceptingConnecting = "AcceptingConnecting";
    public const string Activating = "Activating";
    public const string Modifying = "Modifying";
    public const string Deactivating = "Deactivating";
    public const string Deleting = "Deleting";
    public const string RouteEntryPending = "RouteEntry.Pending";
    public const string RouteEntryDeleting = "RouteEntry.Deleting";
    public const string VpcPending = "Vpc.Pending";

    /// <summary>Sets every transition at once.</summary>
    public const string All = "*";

    /// <summary>Every transitional status resolves on the next request.</summary>
    public static IReadOnlyDictionary<string, double> Instant { get; } = new Dictionary<string, double> { [All] = 0 };
}
