using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// The handling of each error answer of the delete's calls, from its kind in <see cref="ApiCodes"/> (through
/// <see cref="ApiErrors"/>): the one place the delete classifies errors; <see cref="DeleteAnswers"/> acts on them.
/// </summary>
public static class DeleteErrors
{
    /// <summary>An answer of DeleteExpressConnect.</summary>
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

    /// <summary>
    /// An answer of DeleteRouterInterface (the per-end way): not found → look again; busy, or our route removals not
    /// over yet (<paramref name="removingRoutes"/>) → retry, with the same ClientToken when the outcome is unknown.
    /// </summary>
    public static DeleteErrorHandling ClassifyEnd(AlibabaCloudException ex, bool removingRoutes)
    {
        ArgumentNullException.ThrowIfNull(ex);
        if (ApiErrors.IsNotFound(ex))
        {
            return DeleteErrorHandling.ConfirmGone;
        }

        if (ApiErrors.KindOf(ex) == ApiCodeKind.Prepaid)
        {
            return DeleteErrorHandling.Prepaid;
        }

        return ApiErrors.IsWaitable(ex) || (removingRoutes && ApiErrors.Is(ex, AlibabaErrorCodes.DependencyViolationRouteEntry))
            ? ApiErrors.IsOutcomeUnknown(ex) ? DeleteErrorHandling.RetrySameToken : DeleteErrorHandling.WaitAndRetry
            : DeleteErrorHandling.Fail;
    }

    /// <summary>
    /// An answer to any other step (the look, the route lookup, a deactivation, a route entry's removal): service
    /// trouble or a state to wait out is retried; <paramref name="notFoundWaits"/>: a not-found too (the end moved).
    /// </summary>
    public static DeleteErrorHandling ClassifyStep(AlibabaCloudException ex, bool notFoundWaits = false) =>
        ApiErrors.IsWaitable(ex) || (notFoundWaits && ApiErrors.IsNotFound(ex)) ? DeleteErrorHandling.WaitAndRetry : DeleteErrorHandling.Fail;

    /// <summary>An answer of DeleteRouteEntry: the entry already gone counts as removed.</summary>
    public static DeleteErrorHandling ClassifyRouteEntryRemoval(AlibabaCloudException ex) =>
        ApiErrors.Is(ex, AlibabaErrorCodes.InvalidRouteEntryNotFound) ? DeleteErrorHandling.ConfirmGone : ClassifyStep(ex);
}
