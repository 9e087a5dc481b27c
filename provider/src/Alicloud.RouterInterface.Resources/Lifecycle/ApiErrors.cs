using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>Classification and safe rendering of <see cref="AlibabaCloudException"/>s.</summary>
public static class ApiErrors
{
    /// <summary>Legacy spellings still seen in the wild (Terraform retries them).</summary>
    public const string IncorrectStatus = "IncorrectStatus";
    public const string OperationConflict = "OperationConflict";
    public const string LastTokenProcessing = "LastTokenProcessing";
    public const string OperationFailedLastTokenProcessing = "OperationFailed.LastTokenProcessing";
    public const string IncorrectOppositeInterfaceInfoNotSet = "IncorrectOppositeInterfaceInfo.NotSet";

    private const int MaxMessageLength = 300;

    /// <summary>A failure that a later attempt may not see: throttling, 5xx, no answer.</summary>
    public static bool IsTransient(AlibabaCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex.IsOutcomeUnknown
            || ex.HttpStatus >= 500
            || AlibabaErrorCodes.IsThrottling(ex.ErrorCode)
            || Is(ex, AlibabaErrorCodes.ServiceUnavailable)
            || Is(ex, AlibabaErrorCodes.InternalError);
    }

    public static bool Is(AlibabaCloudException ex, string code)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return string.Equals(ex.ErrorCode, code, StringComparison.Ordinal);
    }

    public static bool IsNotFound(AlibabaCloudException ex) =>
        Is(ex, AlibabaErrorCodes.InvalidRouterInterfaceIdNotFound) || Is(ex, AlibabaErrorCodes.InvalidInstanceIdNotFound);

    /// <summary>
    /// "Code (HTTP 400, RequestId …): message". The server's message is left out for authentication errors (the
    /// gateway echoes its string-to-sign there) and shortened otherwise; credentials are never part of it.
    /// </summary>
    public static string Describe(AlibabaCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var head = ex.RequestId is null
            ? $"{ex.ErrorCode} (HTTP {ex.HttpStatus})"
            : $"{ex.ErrorCode} (HTTP {ex.HttpStatus}, RequestId {ex.RequestId})";
        if (IsAuthentication(ex.ErrorCode) || string.IsNullOrWhiteSpace(ex.ErrorMessage))
        {
            return head;
        }

        var message = ex.ErrorMessage.Length <= MaxMessageLength ? ex.ErrorMessage : ex.ErrorMessage[..MaxMessageLength] + "…";
        return $"{head}: {message}";
    }

    private static bool IsAuthentication(string code) =>
        code.StartsWith("Signature", StringComparison.Ordinal)
        || code.StartsWith("InvalidAccessKeyId", StringComparison.Ordinal)
        || code.StartsWith("IncompleteSignature", StringComparison.Ordinal)
        || code.StartsWith("InvalidSecurityToken", StringComparison.Ordinal)
        || code.StartsWith("InvalidTimeStamp", StringComparison.Ordinal);
}
