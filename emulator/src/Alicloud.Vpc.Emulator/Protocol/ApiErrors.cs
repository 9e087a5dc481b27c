namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>The catalogue of answers the emulator gives: codes, HTTP statuses and messages in one place.</summary>
internal static class ApiErrors
{
    // Gateway level (api sheet §3.5, §4.5).
    public static ApiException MissingParameter(string name) =>
        new("MissingParameter", 400, $"The input parameter \"{name}\" that is mandatory for processing this request is not supplied.");

    public static ApiException InvalidParameter(string name, string? detail = null) =>
        new("InvalidParameter", 400, $"The specified value of parameter \"{name}\" is not valid." + (detail is null ? "" : " " + detail));

    public static ApiException InvalidActionNotFound() =>
        new("InvalidAction.NotFound", 404, "Specified api is not found, please check your url and method.");

    public static ApiException InvalidVersion() =>
        new("InvalidVersion", 400, "Specified parameter Version is not valid.");

    public static ApiException InvalidAccessKeyIdNotFound() =>
        new("InvalidAccessKeyId.NotFound", 404, "Specified access key is not found.");

    public static ApiException SignatureDoesNotMatch(string serverStringToSign) =>
        new("SignatureDoesNotMatch", 400, "Specified signature is not matched with our calculation. server string to sign is:" + serverStringToSign);

    public static ApiException IncompleteSignature(string detail) =>
        new("IncompleteSignature", 400, "The request signature does not conform to Aliyun standards. " + detail);

    public static ApiException IllegalTimestamp(string name) =>
        new("IllegalTimestamp", 400, $"The input parameter \"{name}\" that is mandatory for processing this request is not supplied or is not an ISO 8601 UTC time.");

    public static ApiException TimestampExpired() =>
        new("InvalidTimeStamp.Expired", 400, "Specified time stamp or date value is expired.");

    public static ApiException SignatureNonceUsed() =>
        new("SignatureNonceUsed", 400, "Specified signature nonce was used already.");

    public static ApiException SecurityTokenMismatch() =>
        new("InvalidSecurityToken.MismatchWithAccessKey", 400, "The security token does not match the access key.");

    public static ApiException ThrottlingUser() =>
        new("Throttling.User", 400, "Request was denied due to user flow control.");

    public static ApiException IdempotentParameterMismatch() =>
        new("IdempotentParameterMismatch", 400, "The request uses the same client token as a previous, but non-identical request.");

    public static ApiException InternalError() =>
        new("InternalError", 500, "The request processing has failed due to some unknown error.");

    public static ApiException DryRunOperation() =>
        new("DryRunOperation", 400, "Request validation has been passed with DryRun flag set.");

    // Resources.
    public static ApiException InvalidRegionIdNotFound() =>
        new("InvalidRegionId.NotFound", 404, "The RegionId provided does not exist in our records.");

    public static ApiException InvalidVpcIdNotFound() =>
        new("InvalidVpcId.NotFound", 404, "Specified VPC does not exist.");

    public static ApiException IncorrectVpcStatus() =>
        new("IncorrectVpcStatus", 400, "The current VPC status does not support this operation.");

    public static ApiException VpcDependencyRouterInterface() =>
        new("DependencyViolation.RouterInterface", 400, "Specified VPC still has router interface.");

    public static ApiException InvalidRouterIdNotFound() =>
        new("InvalidRouterId.NotFound", 404, "The specified router does not exist.");

    public static ApiException RouterInterfaceQuotaExceeded(int limit) =>
        new("QuotaExceeded.RouterInterface", 400, $"A router can hold at most {limit} router interfaces.");

    public static ApiException InvalidRouterInterfaceIdNotFound() =>
        new("InvalidRouterInterfaceId.NotFound", 404, "The specified RouterInterfaceId does not exist in our record.");

    public static ApiException InvalidInstanceIdNotFound() =>
        new("InvalidInstanceId.NotFound", 404, "The InstanceId provided does not exist in our records.");

    public static ApiException IncorrectRIStatus(string expected) =>
        new("IncorrectRIStatus", 400, $"RouterInterface can be operated by this action only when it's status is {expected}.");

    public static ApiException IncorrectStatusForDelete() =>
        new("IncorrectStatus", 400, "This openeration would be allowed only when status of this RouterInterface is Idle/Inactive.");

    public static ApiException IncorrectStatus(string detail) =>
        new("IncorrectStatus", 400, detail);

    public static ApiException OperationLocked() =>
        new("OperationFailed.OperationLocked", 400, "Operation failed because OperationLocked.");

    public static ApiException ReferencedByRouteEntry() =>
        new("DependencyViolation.RouterInterfaceReferedByRouteEntry", 400, "RouterInterface cannot be deleted when it is refered by a route table entry as next hop.");

    public static ApiException IncorrectOppositeInterfaceInfo(string detail) =>
        new("IncorrectOppositeInterfaceInfo.NotSet", 400, "The opposite interface information is not set or does not match. " + detail);

    public static ApiException OperationUnsupported(string detail) =>
        new("OperationUnsupported", 400, detail);

    // ConnectRouterInterface (A1: its API page lists these codes; the messages are the emulator's own).
    public static ApiException NotInitiatingSide() =>
        new("IncorrectRole.NotInitiatingSide", 400, "Only the InitiatingSide router interface can connect.");

    public static ApiException OppositeInfoNotSet(string detail) =>
        new("IncorrectOppositeInterfaceInfo.NotSet", 400, "The opposite interface information is not set. " + detail);

    public static ApiException OppositeInfoIncorrect(string detail) =>
        new("IncorrectOppositeInterfaceInfo", 400, "The opposite interface information is incorrect. " + detail);

    public static ApiException OnlyOneConnection() =>
        new("Forbidden.OnlyOneConnection", 400, "Only one connection is allowed between two routers.");

    // A5: DeactivateRouterInterface's page (and DeleteRouterInterface's current table) for another account's interface.
    public static ApiException InvalidOwner() =>
        new("Forbbiden.InvaildOwner", 400, "The RouterInterface owener error");

    // A3/A4: route entry changes are serial per route table.
    public static ApiException TaskConflict() => Busy(0);

    /// <summary>B8 any-a3: the busy answers of A3, walked through in turn.</summary>
    public static IReadOnlyList<(string Code, int HttpStatus, string Message)> BusyAnswers { get; } =
    [
        ("TaskConflict", 400, "The route table is handling another route entry task; try again later."),
        ("OperationConflict", 400, "The operation conflicts with another operation in progress."),
        ("IncorrectVpcStatus", 400, "The current VPC status does not support this operation."),
        ("IncorrectStatus.RouteTableStatus", 400, "The route table is not in a stable state."),
        ("SystemBusy", 400, "The system is busy; try again later."),
        ("UnknownError", 400, "An unknown error occurred; try again later."),
        ("OperationFailed.DistibuteLock", 400, "The operation failed to get the distributed lock."),
        ("OperationFailed.LastTokenProcessing", 400, "The last token request is processing."),
        ("ServiceUnavailable", 503, "The request has failed due to a temporary failure of the server."),
    ];

    public static ApiException Busy(long turn)
    {
        var (code, status, message) = BusyAnswers[(int)(turn % BusyAnswers.Count)];
        return new ApiException(code, status, message);
    }

    // DeleteExpressConnect variants (B1): refusals of an API that deletes only some instances (codes outside the seed's table).
    public static ApiException NotFastLinkInstance() =>
        new("OperationUnsupported.NotFastLinkMode", 400, "Only an Express Connect instance created in fast link mode can be deleted with this operation.");

    // DeleteExpressConnect (seed document table).
    public static ApiException ExpressConnectIncorrectStatus() =>
        new("IncorrectStatus.RouterInterface", 400, "This openeration would not be allowed because the status of this RouterInterface is not correct.");

    public static ApiException PrepaidCannotDelete() =>
        new("InvalidRouterInterfaceChargeType.Malformed", 400, "The prepaid routerinterface can not delete.");

    public static ApiException OppositePrepaidCannotDelete() =>
        new("InvalidRouterInterfaceOppositeChargeType.Malformed", 400, "Opposite routerinterface is prepaid and can not delete.");

    public static ApiException VpcNotSteady() =>
        new("IncorrectStatus.Vpc", 400, "Vpc incorrect status.");

    public static ApiException VSwitchOrRouteEntryNotStable() =>
        new("IncorrectStatus.VSwitchOrRouteEntry", 404, "vpc has no stable subnet or route entry.");

    public static ApiException ClassicLinkRouteEntry() =>
        new("DependencyViolation.ClassicLinkEcsRouteEntry", 404, "RouterInterface cannot be deleted when it is used by cross account classicLink.");

    // Route tables and entries.
    public static ApiException InvalidRouteTableIdNotFound() =>
        new("InvalidRouteTableId.NotFound", 404, "The specified route table does not exist.");

    public static ApiException InvalidRouteEntryNotFound() =>
        new("InvalidRouteEntry.NotFound", 400, "Route entry not exists.");

    public static ApiException IncorrectRouteEntryStatus() =>
        new("IncorrectRouteEntryStatus", 400, "Some route entry status blocked this operation.");

    public static ApiException RouteEntryOperationDenied() =>
        new("OperationDenied", 400, "Specified operation is denied as route entry type is system.");

    public static ApiException InvalidCidrBlockDuplicate() =>
        new("InvalidCIDRBlock.Duplicate", 400, "Specified CIDR block is already exists.");

    public static ApiException InvalidCidrBlockMalformed() =>
        new("InvalidCidrBlock.Malformed", 400, "Specified CIDR block is not valid.");

    public static ApiException NextHopNotFound() =>
        new("InvalidNextHop.NotFound", 404, "The specified next hop does not exist.");

    public static ApiException InvalidName(string parameter) =>
        new($"Invalid{parameter}.Malformed", 400, $"The specified {parameter} is not valid: 2-128 characters, starting with a letter, no http:// or https:// prefix.");

    // Tags and resource groups (ListTagResourcesForExpressConnect's error table; ChangeResourceGroup's, VPC 2016-04-28;
    // an unknown group as MoveResourceGroup answers it, help.aliyun.com document 165203).
    public static ApiException InvalidTagKey(string parameter) =>
        new("InvalidTagKey", 400, $"The tag keys are not valid. ({parameter}: 1-128 characters, not starting with aliyun or acs:, no http:// or https://)");

    public static ApiException InvalidTagValue(string parameter) =>
        new("InvalidTagValue", 400, $"The tag values are not valid. ({parameter}: at most 128 characters, not starting with aliyun or acs:, no http:// or https://)");

    public static ApiException TagNumExceeded() =>
        new("SizeLimitExceeded.TagNum", 400, "The maximum number of tags is exceeded.");

    public static ApiException ResourceIdNumExceeded() =>
        new("SizeLimitExceeded.ResourceId", 400, "The maximum number of resource IDs is exceeded.");

    public static ApiException InstanceIdsNotFound() =>
        new("InvalidInstanceIds.NotFound", 400, "The instanceIds are not found");

    public static ApiException InstanceTypeNotFound() =>
        new("InvalidInstanceType.NotFound", 400, "The instance type is not found");

    public static ApiException BothEmptyTagsAndResources() =>
        new("BothEmpty.TagsAndResources", 403, "The specified Tags and ResourcesIds are not allow to both empty.");

    public static ApiException ResourceTypeUnknown() =>
        new("ResourceType.Unknown", 400, "Unknown ResourceType.");

    public static ApiException ResourceGroupInstanceNotFound() =>
        new("InvalidInstanceId.NotFound", 400, "The specified instance id does not exist.");

    public static ApiException InvalidResourceGroupId() =>
        new("InvalidResourceGroupId", 400, "The specified ResourceGroupId does not exist.");
}
