namespace Alicloud.Vpc.Client.Errors;

/// <summary>Error codes the provider branches on (exact spelling of the API, typos included).</summary>
public static class AlibabaErrorCodes
{
    /// <summary>Not an API code: the request got no answer (connection refused or dropped, timeout).</summary>
    public const string TransportFailure = "Transport.Failure";

    /// <summary>Not an API code: an answer came but could not be read (not JSON, or an error without a Code).</summary>
    public const string UnexpectedResponse = "Transport.UnexpectedResponse";

    /// <summary>Not an API code: the client's call budget granted no call within its bound (nothing was sent).</summary>
    public const string CallBudgetExhausted = "Client.CallBudgetExhausted";

    public const string IncorrectStatusRouterInterface = "IncorrectStatus.RouterInterface";
    public const string DependencyViolationRouteEntry = "DependencyViolation.RouterInterfaceReferedByRouteEntry";
    public const string PrepaidChargeType = "InvalidRouterInterfaceChargeType.Malformed";
    public const string PrepaidOppositeChargeType = "InvalidRouterInterfaceOppositeChargeType.Malformed";
    public const string IncorrectStatusVpc = "IncorrectStatus.Vpc";
    public const string OperationLocked = "OperationFailed.OperationLocked";
    public const string InvalidRegionIdNotFound = "InvalidRegionId.NotFound";
    public const string InvalidInstanceIdNotFound = "InvalidInstanceId.NotFound";
    public const string InvalidRouterInterfaceIdNotFound = "InvalidRouterInterfaceId.NotFound";
    public const string IncorrectStatusVSwitchOrRouteEntry = "IncorrectStatus.VSwitchOrRouteEntry";
    public const string DependencyViolationClassicLink = "DependencyViolation.ClassicLinkEcsRouteEntry";
    public const string InternalError = "InternalError";
    public const string ServiceUnavailable = "ServiceUnavailable";
    public const string Throttling = "Throttling";
    public const string ThrottlingUser = "Throttling.User";
    public const string ThrottlingApi = "Throttling.Api";
    public const string IncorrectRiStatus = "IncorrectRIStatus";
    public const string DependencyViolationRouterInterface = "DependencyViolation.RouterInterface";
    public const string IdempotentParameterMismatch = "IdempotentParameterMismatch";
    public const string MissingParameter = "MissingParameter";
    public const string InvalidParameter = "InvalidParameter";
    public const string SignatureDoesNotMatch = "SignatureDoesNotMatch";
    public const string IncompleteSignature = "IncompleteSignature";
    public const string InvalidAccessKeyIdNotFound = "InvalidAccessKeyId.NotFound";
    public const string InvalidTimeStampExpired = "InvalidTimeStamp.Expired";
    public const string SignatureNonceUsed = "SignatureNonceUsed";
    public const string InvalidActionNotFound = "InvalidAction.NotFound";
    public const string InvalidRouteEntryNotFound = "InvalidRouteEntry.NotFound";

    // legacy spellings still seen in the wild (Terraform's alicloud provider retries them)
    public const string IncorrectStatus = "IncorrectStatus";
    public const string OperationConflict = "OperationConflict";
    public const string LastTokenProcessing = "LastTokenProcessing";
    public const string OperationFailedLastTokenProcessing = "OperationFailed.LastTokenProcessing";
    public const string IncorrectOppositeInterfaceInfoNotSet = "IncorrectOppositeInterfaceInfo.NotSet";

    // A3: "the VPC or route table is busy, try again" (real-api-behaviours.md; TF resource_alicloud_route_entry.go, errors.go)
    public const string TaskConflict = "TaskConflict";
    public const string IncorrectVpcStatus = "IncorrectVpcStatus";
    public const string IncorrectStatusRouteTable = "IncorrectStatus.RouteTableStatus";
    public const string SystemBusy = "SystemBusy";
    public const string UnknownError = "UnknownError";
    public const string DistributeLock = "OperationFailed.DistibuteLock";
    public const string InstanceStatusError = "InvalidInstance.StatusError";

    /// <summary>DeleteRouteEntry on an entry still Pending or Deleting (TF resource_alicloud_route_entry.go retries it).</summary>
    public const string IncorrectRouteEntryStatus = "IncorrectRouteEntryStatus";
    public const string RejectedThrottling = "Rejected.Throttling";

    /// <summary>A5: another account's interface (Deactivate, DeleteRouterInterface; B7 refused DeleteExpressConnect). Misspelt as the API does.</summary>
    public const string InvalidOwner = "Forbbiden.InvaildOwner";
}
