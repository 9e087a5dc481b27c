namespace Alicloud.Vpc.Emulator.State;

/// <summary>Status strings exactly as the API spells them.</summary>
internal static class StatusNames
{
    public const string Idle = "Idle";
    public const string Connecting = "Connecting";
    public const string AcceptingConnecting = "AcceptingConnecting";
    public const string Activating = "Activating";
    public const string Active = "Active";
    public const string Modifying = "Modifying";
    public const string Deactivating = "Deactivating";
    public const string Inactive = "Inactive";
    public const string Deleting = "Deleting";
    public const string Deleted = "Deleted";
    public const string Pending = "Pending";
    public const string Available = "Available";
}
