namespace Alicloud.Vpc.Emulator.State;

/// <summary>Keys of the transition-duration table (CLI --transition, PUT /_emulator/transitions).</summary>
internal static class TransitionNames
{
    public const string Connecting = StatusNames.Connecting;
    public const string AcceptingConnecting = StatusNames.AcceptingConnecting;
    public const string Activating = StatusNames.Activating;
    public const string Modifying = StatusNames.Modifying;
    public const string Deactivating = StatusNames.Deactivating;
    public const string Deleting = StatusNames.Deleting;
    public const string RouteEntryPending = "RouteEntry.Pending";
    public const string RouteEntryDeleting = "RouteEntry.Deleting";
    public const string VpcPending = "Vpc.Pending";

    /// <summary>Sets every duration at once.</summary>
    public const string All = "*";
}
