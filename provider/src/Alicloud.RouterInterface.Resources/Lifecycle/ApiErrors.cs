using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// What an <see cref="AlibabaCloudException"/> means for an operation, read from the one table (<see cref="ApiCodes"/>),
/// and its safe rendering.
/// </summary>
public static class ApiErrors
{
    private const int MaxMessageLength = 300;
    private const int ServiceUnavailable = 503;
    private const int FirstServerError = 500;

    public static ApiCodeKind KindOf(AlibabaCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ApiCodes.KindOf(ex.ErrorCode, ex.HttpStatus);
    }

    /// <summary>A failure that a later attempt may not see: throttling, 5xx, no answer.</summary>
    public static bool IsTransient(AlibabaCloudException ex) =>
        ex.IsOutcomeUnknown || ApiCodes.IsTransient(ex.ErrorCode, ex.HttpStatus);

    /// <summary>Worth observing again and retrying: service trouble or a state to wait out.</summary>
    public static bool IsWaitable(AlibabaCloudException ex) =>
        IsTransient(ex) || KindOf(ex) is ApiCodeKind.Busy or ApiCodeKind.InProgress;

    /// <summary>The call may have been carried out: no answer, or a server error (5xx). The one place that says so.</summary>
    public static bool IsOutcomeUnknown(AlibabaCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex.IsOutcomeUnknown || ex.HttpStatus >= FirstServerError;
    }

    public static bool Is(AlibabaCloudException ex, string code)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return string.Equals(ex.ErrorCode, code, StringComparison.Ordinal);
    }

    public static bool IsNotFound(AlibabaCloudException ex) => KindOf(ex) == ApiCodeKind.NotFound;

    /// <summary>What the engine is told when this error ends an operation as it is (no diagnostic of ours around it).</summary>
    public static FailureKind FailureOf(AlibabaCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        if (ex.IsOutcomeUnknown)
        {
            return FailureKind.OutcomeUnknown;
        }

        if (KindOf(ex) == ApiCodeKind.Transient)
        {
            return ex.HttpStatus is 0 or ServiceUnavailable or < FirstServerError ? FailureKind.Unavailable : FailureKind.Internal;
        }

        return ex.HttpStatus is >= 400 and < FirstServerError ? FailureKind.Refused : FailureKind.Internal;
    }

    /// <summary>For an operation's own refusal caused by <paramref name="ex"/>: Unavailable when the cloud was, else Refused.</summary>
    public static FailureKind RefusalOf(AlibabaCloudException ex) =>
        FailureOf(ex) == FailureKind.Unavailable ? FailureKind.Unavailable : FailureKind.Refused;

    /// <summary>The error as the operation's failure: "Action failed: " and <see cref="Describe"/>'s redacted text.</summary>
    public static ResourceOperationException AsFailure(AlibabaCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return new(ex.ErrorCode, $"{ex.Action} failed: {Describe(ex)}", FailureOf(ex), ex);
    }

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
        if (ApiCodes.HidesServerMessage(ex.ErrorCode) || string.IsNullOrWhiteSpace(ex.ErrorMessage))
        {
            return head;
        }

        var message = ex.ErrorMessage.Length <= MaxMessageLength ? ex.ErrorMessage : ex.ErrorMessage[..MaxMessageLength] + "…";
        return $"{head}: {message}";
    }
}
