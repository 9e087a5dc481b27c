namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// The provider's own stable diagnostic codes (README "Delete behaviour and diagnostics"). API errors that end an
/// operation keep their Alibaba code (see <see cref="Alicloud.Vpc.Client.Errors.ApiCodes"/>).
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>Info: the interface was already gone; nothing to do.</summary>
    public const string AlreadyGone = "AlreadyGone";

    /// <summary>Refused: an end is a subscription (prepaid) instance.</summary>
    public const string PrepaidInstance = "PrepaidInstance";

    /// <summary>Refused: route entries use an end as next hop and <c>force</c> is false.</summary>
    public const string RouteEntriesPresent = "RouteEntriesPresent";

    /// <summary>Warning: with <c>force: true</c> these route entries are removed with the instance.</summary>
    public const string RouteEntriesRemoved = "RouteEntriesRemoved";

    /// <summary>Refused: the other end belongs to another account, is not Idle/Inactive, and this account cannot change it.</summary>
    public const string CrossAccountEndNotInactive = "CrossAccountEndNotInactive";

    /// <summary>The deadline (customTimeouts.delete or the default) passed before both ends were gone.</summary>
    public const string DeleteTimedOut = "DeleteTimedOut";

    /// <summary>The operation was cancelled (Ctrl-C); the message says what was changed.</summary>
    public const string Cancelled = "Cancelled";

    /// <summary>DescribeRouterInterfaces failed with a non-transient error.</summary>
    public const string DescribeFailed = "DescribeFailed";

    /// <summary>Looking up route tables or entries failed with a non-transient error.</summary>
    public const string RouteLookupFailed = "RouteLookupFailed";

    /// <summary>DeactivateRouterInterface failed with a non-transient error.</summary>
    public const string DeactivateFailed = "DeactivateFailed";

    /// <summary>DeleteExpressConnect failed with an error outside the documented table.</summary>
    public const string DeleteFailed = "DeleteFailed";

    /// <summary>A cloud operation was asked for before the provider was configured.</summary>
    public const string ProviderNotConfigured = "ProviderNotConfigured";

    /// <summary>Create: the API call failed (nothing, or nothing known, was created).</summary>
    public const string CreateFailed = "CreateFailed";

    /// <summary>Update: a modify call failed before anything changed.</summary>
    public const string UpdateFailed = "UpdateFailed";

    /// <summary>Read: the describe failed.</summary>
    public const string ReadFailed = "ReadFailed";

    /// <summary>Diff: refused to replace one end of a connected pair (the delete would take the other end too).</summary>
    public const string ReplaceConnectedPair = "ReplaceConnectedPair";

    /// <summary>Diff: refused a change of an input the API takes only at create (autoRenew).</summary>
    public const string CreateOnlyChange = "CreateOnlyChange";
}
