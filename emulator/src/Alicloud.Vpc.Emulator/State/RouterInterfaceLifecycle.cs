namespace Alicloud.Vpc.Emulator.State;

internal enum RouterInterfaceTrigger
{
    Connect,
    AcceptConnection,
    Activate,
    ModifySpec,
    Deactivate,
    Delete,

    /// <summary>DeleteExpressConnect when it also takes Active ends (B2 accepts-active).</summary>
    DeleteActive,
}

/// <summary>From <paramref name="From"/>, <paramref name="Trigger"/> shows <paramref name="Via"/> for its duration, then <paramref name="To"/> (null: gone).</summary>
internal sealed record LifecycleTransition(RouterInterfaceTrigger Trigger, string From, string Via, string? To);

/// <summary>The router interface state machine as one explicit table; anything not listed is refused by the caller's action.</summary>
internal static class RouterInterfaceLifecycle
{
    public static IReadOnlyList<LifecycleTransition> Table { get; } =
    [
        new(RouterInterfaceTrigger.Connect, StatusNames.Idle, StatusNames.Connecting, StatusNames.Active),
        new(RouterInterfaceTrigger.AcceptConnection, StatusNames.Idle, StatusNames.AcceptingConnecting, StatusNames.Active),
        new(RouterInterfaceTrigger.Activate, StatusNames.Inactive, StatusNames.Activating, StatusNames.Active),
        new(RouterInterfaceTrigger.ModifySpec, StatusNames.Active, StatusNames.Activating, StatusNames.Active),
        new(RouterInterfaceTrigger.ModifySpec, StatusNames.Idle, StatusNames.Modifying, StatusNames.Idle),
        new(RouterInterfaceTrigger.ModifySpec, StatusNames.Inactive, StatusNames.Modifying, StatusNames.Inactive),
        new(RouterInterfaceTrigger.Deactivate, StatusNames.Active, StatusNames.Deactivating, StatusNames.Inactive),
        new(RouterInterfaceTrigger.Delete, StatusNames.Idle, StatusNames.Deleting, null),
        new(RouterInterfaceTrigger.Delete, StatusNames.Inactive, StatusNames.Deleting, null),
        new(RouterInterfaceTrigger.DeleteActive, StatusNames.Idle, StatusNames.Deleting, null),
        new(RouterInterfaceTrigger.DeleteActive, StatusNames.Inactive, StatusNames.Deleting, null),
        new(RouterInterfaceTrigger.DeleteActive, StatusNames.Active, StatusNames.Deleting, null),
    ];

    public static LifecycleTransition? Find(RouterInterfaceTrigger trigger, string from) =>
        Table.FirstOrDefault(t => t.Trigger == trigger && t.From == from);

    public static bool Allows(RouterInterfaceTrigger trigger, string from) => Find(trigger, from) is not null;

    /// <summary>Transitional statuses end on their own; only these have a duration.</summary>
    public static bool IsTransitional(string status) => Table.Any(t => t.Via == status);
}
