using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// The call (or look) answered <paramref name="Error"/>: sent at <paramref name="Sent"/>, with <paramref name="ClientToken"/>
/// when it takes one; <see cref="TablesSteadyAt"/> is when the removals our deletes started in the instance's route
/// tables are expected over (null: none), read when the answer came.
/// </summary>
public sealed record CallFailed(AlibabaCloudException Error, DateTimeOffset Sent, string? ClientToken = null) : DeleteAnswer
{
    public DateTimeOffset? TablesSteadyAt { get; init; }
}
