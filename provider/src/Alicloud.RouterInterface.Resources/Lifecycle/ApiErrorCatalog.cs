using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>How the delete treats an error answer of DeleteExpressConnect.</summary>
public enum DeleteErrorHandling
{
    /// <summary>Back to waiting (with backoff), then retry with a new ClientToken.</summary>
    WaitAndRetry,

    /// <summary>The attempt may have gone through: re-observe, retry with the same ClientToken (bounded).</summary>
    RetrySameToken,

    /// <summary>A subscription end: the prepaid diagnostic.</summary>
    Prepaid,

    /// <summary>Re-observe: both ends gone is success, otherwise the row's diagnostic.</summary>
    ConfirmGone,

    /// <summary>Fail with the row's diagnostic; nothing more is changed.</summary>
    Fail,
}

/// <summary>One row of the DeleteExpressConnect error table (the seed document) and what the provider makes of it.</summary>
public sealed record ApiErrorEntry(string Code, int HttpStatus, DeleteErrorHandling Handling, string Meaning, string ProviderAction, string UserAction);

/// <summary>
/// The DeleteExpressConnect error table, one entry per documented code, plus the codes seen in the wild that the
/// delete also waits through. The README table mirrors it (a unit test keeps them in step).
/// </summary>
public static class ApiErrorCatalog
{
    private const string Waited = "Waits for a stable state (backoff), then retries DeleteExpressConnect with a new ClientToken, until the deadline.";
    private const string WaitedAdvice = "Nothing. If it lasts until the deadline, the delete fails with DeleteTimedOut naming this code; run `pulumi destroy` again later.";
    private const string PrepaidWays = "Let the subscription end (the instance is released then) or ask for a refund; to drop it from the stack without deleting it, `pulumi state delete <urn>` or set `retainOnDelete: true`.";

    public static readonly IReadOnlyList<ApiErrorEntry> SeedErrors =
    [
        new(AlibabaErrorCodes.IncorrectStatusRouterInterface, 400, DeleteErrorHandling.WaitAndRetry,
            "An end of the instance is in a state that does not allow deleting (only Idle or Inactive ends can be deleted).", Waited, WaitedAdvice),
        new(AlibabaErrorCodes.DependencyViolationRouteEntry, 400, DeleteErrorHandling.Fail,
            "A route entry uses an end of the instance as its next hop.",
            "Normally refused before any change (RouteEntriesPresent). If the API still answers this (a route was added after the check), fails without further changes.",
            "Delete the route entries, or set `force: true` and run `pulumi up` so the state records it, then `pulumi destroy` again."),
        new(AlibabaErrorCodes.PrepaidChargeType, 400, DeleteErrorHandling.Prepaid,
            "This end is a subscription (prepaid) instance; the API does not delete it.",
            "Refused as PrepaidInstance before any change (the describe shows the charge type); if the API answers it, reported the same way.", PrepaidWays),
        new(AlibabaErrorCodes.PrepaidOppositeChargeType, 400, DeleteErrorHandling.Prepaid,
            "The opposite end is a subscription (prepaid) instance; the API does not delete the pair.",
            "Refused as PrepaidInstance before any change; if the API answers it, reported the same way.", PrepaidWays),
        new(AlibabaErrorCodes.IncorrectStatusVpc, 400, DeleteErrorHandling.WaitAndRetry,
            "A VPC of the instance is not in a steady state (another change is in progress).", Waited, WaitedAdvice),
        new(AlibabaErrorCodes.OperationLocked, 400, DeleteErrorHandling.WaitAndRetry,
            "The instance is locked for operations and maintenance.", Waited,
            "Nothing. If the lock outlasts the deadline, run `pulumi destroy` again later or ask Alibaba Cloud support about the lock."),
        new(AlibabaErrorCodes.InvalidRegionIdNotFound, 404, DeleteErrorHandling.Fail,
            "The region recorded for the interface is unknown to the API.",
            "Fails; nothing was deleted.",
            "Check the provider's region and endpoint configuration. If the instance no longer exists, `pulumi state delete <urn>`."),
        new(AlibabaErrorCodes.InvalidInstanceIdNotFound, 404, DeleteErrorHandling.ConfirmGone,
            "The API does not know the instance.",
            "Describes both ends again: if both are gone the delete succeeds; if the interface is still listed, fails.",
            "If it fails: check that the provider uses the account and region that own the interface."),
        new(AlibabaErrorCodes.InvalidRouterInterfaceIdNotFound, 404, DeleteErrorHandling.ConfirmGone,
            "The API does not know the router interface.",
            "Describes both ends again: if both are gone the delete succeeds; if the interface is still listed, fails.",
            "If it fails: check that the provider uses the account and region that own the interface."),
        new(AlibabaErrorCodes.IncorrectStatusVSwitchOrRouteEntry, 404, DeleteErrorHandling.WaitAndRetry,
            "A vSwitch or route entry of the VPC is changing (for example a route entry still being created or deleted).", Waited, WaitedAdvice),
        new(AlibabaErrorCodes.DependencyViolationClassicLink, 404, DeleteErrorHandling.Fail,
            "The instance is used by a cross-account ClassicLink route entry.",
            "Fails; nothing was deleted.",
            "Remove the ClassicLink route entry that uses the instance, then run `pulumi destroy` again."),
        new(AlibabaErrorCodes.InternalError, 500, DeleteErrorHandling.RetrySameToken,
            "Alibaba Cloud failed internally; the delete may or may not have happened.",
            "The client retries with backoff; then the provider describes both ends (a delete that went through is followed to the end) and retries with the same ClientToken, a bounded number of times.",
            "Run `pulumi destroy` again later; if it persists, contact Alibaba Cloud support with the RequestId."),
    ];

    /// <summary>Codes outside the seed table that the delete also waits through (legacy or documented elsewhere).</summary>
    public static readonly IReadOnlyList<string> ExtraWaitCodes =
        [ApiErrors.IncorrectStatus, ApiErrors.OperationConflict, AlibabaErrorCodes.IncorrectRiStatus];

    private static readonly Dictionary<string, ApiErrorEntry> ByCode = SeedErrors.ToDictionary(e => e.Code, StringComparer.Ordinal);

    public static ApiErrorEntry? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>How the delete handles this answer of DeleteExpressConnect.</summary>
    public static DeleteErrorHandling Classify(AlibabaCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        if (Find(ex.ErrorCode) is { } entry)
        {
            return entry.Handling;
        }

        // a 5xx or no answer: the attempt may have been carried out
        if (ex.IsOutcomeUnknown || ex.HttpStatus >= 500 || ApiErrors.Is(ex, ApiErrors.LastTokenProcessing) || ApiErrors.Is(ex, ApiErrors.OperationFailedLastTokenProcessing))
        {
            return DeleteErrorHandling.RetrySameToken;
        }

        if (ExtraWaitCodes.Contains(ex.ErrorCode, StringComparer.Ordinal) || ApiErrors.IsTransient(ex))
        {
            return DeleteErrorHandling.WaitAndRetry;
        }

        return DeleteErrorHandling.Fail;
    }
}
