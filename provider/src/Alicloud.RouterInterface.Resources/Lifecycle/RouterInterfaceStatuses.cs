namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>Router interface status values (API spelling) and their classification.</summary>
public static class RouterInterfaceStatuses
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

    private static readonly string[] Transitional = [Connecting, AcceptingConnecting, Activating, Modifying, Deactivating, Deleting];

    /// <summary>A state that ends by itself; the API refuses most changes meanwhile.</summary>
    public static bool IsTransitional(string? status) => Transitional.Contains(status, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The one rule of "gone" for a listed row: <c>Deleted</c> (B4; an interface also counts as gone when it is not
    /// listed, which the poller confirms with a look at it alone).
    /// </summary>
    public static bool IsGone(string? status) => Is(status, Deleted);

    public static bool Is(string? status, string expected) => string.Equals(status, expected, StringComparison.OrdinalIgnoreCase);
}
