using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>The reason text of a create or update that changed the cloud and then stopped.</summary>
internal static class PartialFailure
{
    public static string Reason(string whatHappened, Exception ex, OperationDeadline deadline, InterfaceWaiter waiter)
    {
        var last = waiter.Last is { } snapshot && snapshot.Found.Count > 0
            ? " Last observed: " + string.Join(", ", snapshot.Found.Values.Select(i => $"{i.RouterInterfaceId} {i.Status}")) + "."
            : "";
        var pending = waiter.PendingReason is { } reason ? $" It was {reason}." : "";
        var cause = ex switch
        {
            OperationCanceledException when deadline.IsExpired =>
                $"but did not reach the desired state within {DurationText.Format(deadline.Timeout)} ({(deadline.IsDefault ? "the provider's default timeout" : "customTimeouts")}).",
            OperationCanceledException => "but the operation was cancelled.",
            AlibabaCloudException api => $"but {api.Action} failed: {ApiErrors.Describe(api)}.",
            ResourceOperationException op => $"but {op.Message}",
            PropertyValidationException invalid => $"but {invalid.Message}",
            _ => $"but an unexpected {ex.GetType().Name} occurred.",
        };
        return $"{whatHappened} {cause}{last}{pending} The stack records it; run `pulumi up` again to finish, or `pulumi destroy` to remove it.";
    }
}
