namespace Alicloud.Vpc.Client.Errors;

/// <summary>
/// The one table of API error codes for the whole provider: what is transient (the client's retries), what is a state
/// to wait out, what is final, and for DeleteExpressConnect's documented rows (seed document
/// <c>000_81d8c83bdd99f02c.txt</c>) what the code means for the user. Codes outside the table are classified by their
/// HTTP status alone (429 and 5xx transient, else final). The README's delete table is checked against it.
/// </summary>
public static class ApiCodes
{
    private const int TooManyRequests = 429;
    private const int FirstServerError = 500;
    private const string Waited = "Waits for a stable state (backoff), then retries DeleteExpressConnect with a new ClientToken, until the deadline.";
    private const string WaitedAdvice = "Nothing. If it lasts until the deadline, the delete fails with DeleteTimedOut naming this code; run `pulumi destroy` again later.";
    private const string PrepaidWays = "Let the subscription end (the instance is released then) or ask for a refund; to drop it from the stack without deleting it, `pulumi state delete <urn>` or set `retainOnDelete: true`.";

    public static readonly IReadOnlyList<ApiCode> All =
    [
        // DeleteExpressConnect's documented errors, in the seed's order
        new(AlibabaErrorCodes.IncorrectStatusRouterInterface, ApiCodeKind.Busy)
        {
            HttpStatus = 400, ProviderAction = Waited, UserAction = WaitedAdvice,
            Meaning = "An end of the instance is in a state that does not allow deleting (only Idle or Inactive ends can be deleted).",
        },
        new(AlibabaErrorCodes.DependencyViolationRouteEntry, ApiCodeKind.Final)
        {
            HttpStatus = 400,
            Meaning = "A route entry uses an end of the instance as its next hop.",
            ProviderAction = "Normally refused before any change (RouteEntriesPresent). If the API still answers this (a route was added after the check), fails without further changes.",
            UserAction = "Delete the route entries, or set `force: true` and run `pulumi up` so the state records it, then `pulumi destroy` again.",
        },
        new(AlibabaErrorCodes.PrepaidChargeType, ApiCodeKind.Prepaid)
        {
            HttpStatus = 400, UserAction = PrepaidWays,
            Meaning = "This end is a subscription (prepaid) instance; the API does not delete it.",
            ProviderAction = "Refused as PrepaidInstance before any change (the describe shows the charge type); if the API answers it, reported the same way.",
        },
        new(AlibabaErrorCodes.PrepaidOppositeChargeType, ApiCodeKind.Prepaid)
        {
            HttpStatus = 400, UserAction = PrepaidWays,
            Meaning = "The opposite end is a subscription (prepaid) instance; the API does not delete the pair.",
            ProviderAction = "Refused as PrepaidInstance before any change; if the API answers it, reported the same way.",
        },
        new(AlibabaErrorCodes.IncorrectStatusVpc, ApiCodeKind.Busy)
        {
            HttpStatus = 400, ProviderAction = Waited, UserAction = WaitedAdvice,
            Meaning = "A VPC of the instance is not in a steady state (another change is in progress).",
        },
        new(AlibabaErrorCodes.OperationLocked, ApiCodeKind.Busy)
        {
            HttpStatus = 400, ProviderAction = Waited,
            Meaning = "The instance is locked for operations and maintenance.",
            UserAction = "Nothing. If the lock outlasts the deadline, run `pulumi destroy` again later or ask Alibaba Cloud support about the lock.",
        },
        new(AlibabaErrorCodes.InvalidRegionIdNotFound, ApiCodeKind.Final)
        {
            HttpStatus = 404, ProviderAction = "Fails; nothing was deleted.",
            Meaning = "The region recorded for the interface is unknown to the API.",
            UserAction = "Check the provider's region and endpoint configuration. If the instance no longer exists, `pulumi state delete <urn>`.",
        },
        new(AlibabaErrorCodes.InvalidInstanceIdNotFound, ApiCodeKind.NotFound)
        {
            HttpStatus = 404,
            Meaning = "The API does not know the instance.",
            ProviderAction = "Describes both ends again: if both are gone the delete succeeds; right after our accepted delete, waits; if the interface is still listed, goes on per end (fails if DeleteRouterInterface says the same).",
            UserAction = "If it fails: check that the provider uses the account and region that own the interface.",
        },
        new(AlibabaErrorCodes.InvalidRouterInterfaceIdNotFound, ApiCodeKind.NotFound)
        {
            HttpStatus = 404,
            Meaning = "The API does not know the router interface.",
            ProviderAction = "Describes both ends again: if both are gone the delete succeeds; right after our accepted delete, waits; if the interface is still listed, goes on per end (fails if DeleteRouterInterface says the same).",
            UserAction = "If it fails: check that the provider uses the account and region that own the interface.",
        },
        new(AlibabaErrorCodes.IncorrectStatusVSwitchOrRouteEntry, ApiCodeKind.Busy)
        {
            HttpStatus = 404, ProviderAction = Waited, UserAction = WaitedAdvice,
            Meaning = "A vSwitch or route entry of the VPC is changing (for example a route entry still being created or deleted).",
        },
        new(AlibabaErrorCodes.DependencyViolationClassicLink, ApiCodeKind.Final)
        {
            HttpStatus = 404, ProviderAction = "Fails; nothing was deleted.",
            Meaning = "The instance is used by a cross-account ClassicLink route entry.",
            UserAction = "Remove the ClassicLink route entry that uses the instance, then run `pulumi destroy` again.",
        },
        new(AlibabaErrorCodes.InternalError, ApiCodeKind.Transient)
        {
            HttpStatus = 500,
            Meaning = "Alibaba Cloud failed internally; the delete may or may not have happened.",
            ProviderAction = "The client retries with backoff; then the provider describes both ends (a delete that went through is followed to the end) and retries with the same ClientToken, a bounded number of times.",
            UserAction = "Run `pulumi destroy` again later; if it persists, contact Alibaba Cloud support with the RequestId.",
        },

        // service trouble (OpenAPI common errors); every code containing Throttling (IsThrottling)
        new(AlibabaErrorCodes.Throttling, ApiCodeKind.Transient),
        new(AlibabaErrorCodes.ServiceUnavailable, ApiCodeKind.Transient),
        new(AlibabaErrorCodes.TransportFailure, ApiCodeKind.Transient),

        // states to wait out, documented for other actions or seen in the wild (Terraform's alicloud provider retries them)
        new(AlibabaErrorCodes.IncorrectStatus, ApiCodeKind.Busy),
        new(AlibabaErrorCodes.OperationConflict, ApiCodeKind.Busy),
        new(AlibabaErrorCodes.IncorrectRiStatus, ApiCodeKind.Busy),
        new(AlibabaErrorCodes.TaskConflict, ApiCodeKind.Busy),
        new(AlibabaErrorCodes.IncorrectVpcStatus, ApiCodeKind.Busy),
        new(AlibabaErrorCodes.IncorrectStatusRouteTable, ApiCodeKind.Busy),
        new(AlibabaErrorCodes.SystemBusy, ApiCodeKind.Busy),
        new(AlibabaErrorCodes.UnknownError, ApiCodeKind.Busy),
        new(AlibabaErrorCodes.DistributeLock, ApiCodeKind.Busy),
        new(AlibabaErrorCodes.InstanceStatusError, ApiCodeKind.Busy),
        new(AlibabaErrorCodes.IncorrectRouteEntryStatus, ApiCodeKind.Busy),

        // definite refusals that waiting does not change (Connect without the opposite owner: A1)
        new(AlibabaErrorCodes.IncorrectOppositeInterfaceInfoNotSet, ApiCodeKind.Final),
        new(AlibabaErrorCodes.InvalidOwner, ApiCodeKind.Final),
        new(AlibabaErrorCodes.LastTokenProcessing, ApiCodeKind.InProgress),
        new(AlibabaErrorCodes.OperationFailedLastTokenProcessing, ApiCodeKind.InProgress),
    ];

    private static readonly Dictionary<string, ApiCode> s_byCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The row of <paramref name="code"/>, or null when the table does not list it.</summary>
    public static ApiCode? Find(string code) =>
        s_byCode.GetValueOrDefault(code) ?? (IsThrottling(code) ? s_byCode[AlibabaErrorCodes.Throttling] : null);

    /// <summary>
    /// A throttling answer (<c>Throttling</c>, <c>Throttling.User</c>, <c>Rejected.Throttling</c>, ...): what the call
    /// budget adapts to. Every code containing <c>Throttling</c>, as Terraform's alicloud provider decides (errors.go).
    /// </summary>
    public static bool IsThrottling(string code) => code.Contains(AlibabaErrorCodes.Throttling, StringComparison.Ordinal);

    /// <summary>
    /// DeleteExpressConnect refused for this kind of instance (B1, B7): a definite 4xx refusal that is none of the seed's
    /// rows, a state to wait out, throttling, an authentication or permission error, or a malformed request of ours.
    /// The delete then goes on one end at a time. Another account's end (<c>Forbbiden.InvaildOwner</c>) is such a refusal:
    /// it is about the other end's owner, not this account's rights.
    /// </summary>
    public static bool RefusesExpressConnectWay(string code, int httpStatus) =>
        httpStatus is >= 400 and < FirstServerError and not TooManyRequests
        && (string.Equals(code, AlibabaErrorCodes.InvalidOwner, StringComparison.Ordinal)
            || (Find(code) is null && !HidesServerMessage(code) && !IsPermissionDenied(code) && !IsMalformedRequest(code)));

    /// <summary>RAM or account permission refusals (<c>Forbidden*</c>, <c>NoPermission*</c>, <c>*.Forbidden</c>, <c>Unauthorized*</c>).</summary>
    public static bool IsPermissionDenied(string code) =>
        code.StartsWith("Forbidden", StringComparison.Ordinal)
        || code.StartsWith("NoPermission", StringComparison.Ordinal)
        || code.StartsWith("Unauthorized", StringComparison.Ordinal)
        || code.EndsWith(".Forbidden", StringComparison.Ordinal);

    private static bool IsMalformedRequest(string code) =>
        code is AlibabaErrorCodes.MissingParameter or AlibabaErrorCodes.InvalidParameter or AlibabaErrorCodes.IdempotentParameterMismatch
        || code.StartsWith("InvalidParameter", StringComparison.Ordinal);

    /// <summary>The kind of an answer: the table's row, else by HTTP status (429 and 5xx transient; 0 is no answer).</summary>
    public static ApiCodeKind KindOf(string code, int httpStatus) =>
        Find(code)?.Kind ?? (httpStatus is TooManyRequests or 0 || httpStatus >= FirstServerError ? ApiCodeKind.Transient : ApiCodeKind.Final);

    /// <summary>Worth another identical attempt (the client's retry policy).</summary>
    public static bool IsTransient(string code, int httpStatus) =>
        KindOf(code, httpStatus) == ApiCodeKind.Transient || httpStatus == TooManyRequests || LeavesOutcomeUnknown(code, httpStatus);

    /// <summary>The server may have carried the request out: a 5xx that is not a definite refusal (older docs list the prepaid refusal as 500).</summary>
    public static bool LeavesOutcomeUnknown(string code, int httpStatus) =>
        httpStatus >= FirstServerError && KindOf(code, httpStatus) != ApiCodeKind.Prepaid;

    /// <summary>Authentication errors, whose server message echoes the gateway's string-to-sign: never quote it.</summary>
    public static bool HidesServerMessage(string code) =>
        code.StartsWith("Signature", StringComparison.Ordinal)
        || code.StartsWith("InvalidAccessKeyId", StringComparison.Ordinal)
        || code.StartsWith("IncompleteSignature", StringComparison.Ordinal)
        || code.StartsWith("InvalidSecurityToken", StringComparison.Ordinal)
        || code.StartsWith("InvalidTimeStamp", StringComparison.Ordinal);
}
