using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Where cloud errors leave the resource layer: an <see cref="AlibabaCloudException"/> that no operation turned into a
/// diagnostic of its own becomes a <see cref="ResourceOperationException"/> with its <see cref="FailureKind"/>, so the
/// protocol layer never sees the client's error types.
/// </summary>
public static class CloudFailures
{
    public static async Task<T> Typed<T>(Func<Task<T>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            return await operation();
        }
        catch (AlibabaCloudException ex)
        {
            throw ApiErrors.AsFailure(ex);
        }
    }
}
