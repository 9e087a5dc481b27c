using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

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
        _ when ApiErrors.IsOutcomeUnknown(ex) => DeleteErrorHandling.RetrySameToken,
        ApiCodeKind.Transient => DeleteErrorHandling.WaitAndRetry,
        _ => DeleteErrorHandling.Fail,
    };
}
