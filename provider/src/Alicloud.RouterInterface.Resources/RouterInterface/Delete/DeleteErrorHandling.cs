using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>How the delete treats an error answer of DeleteExpressConnect, from the code's kind in <see cref="ApiCodes"/>.</summary>
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

    /// <summary>Refused for this kind of instance (B1, B7): go on one end at a time.</summary>
    PerEnd,

    /// <summary>Fail with the row's diagnostic; nothing more is changed.</summary>
    Fail,
}

/// <summary>The handling of each kind of answer.</summary>
public static class DeleteErrors
{
    public static DeleteErrorHandling Classify(AlibabaCloudException ex) => ApiErrors.KindOf(ex) switch
    {
        ApiCodeKind.Prepaid => DeleteErrorHandling.Prepaid,
        ApiCodeKind.NotFound => DeleteErrorHandling.ConfirmGone,
        ApiCodeKind.Busy => DeleteErrorHandling.WaitAndRetry,
        ApiCodeKind.InProgress => DeleteErrorHandling.RetrySameToken,
        _ when ApiCodes.RefusesExpressConnectWay(ex.ErrorCode, ex.HttpStatus) => DeleteErrorHandling.PerEnd,

        // a listed refusal stays one; anything else at 5xx or without an answer may have been carried out
        ApiCodeKind.Final when ApiCodes.Find(ex.ErrorCode) is not null => DeleteErrorHandling.Fail,
        _ when ex.IsOutcomeUnknown || ex.HttpStatus >= 500 => DeleteErrorHandling.RetrySameToken,
        ApiCodeKind.Transient => DeleteErrorHandling.WaitAndRetry,
        _ => DeleteErrorHandling.Fail,
    };
}
