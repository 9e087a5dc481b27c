using System.Threading.RateLimiting;

namespace Alicloud.Vpc.Client.Budget;

/// <summary>What the client's pipeline asks of a budget: a permit before each attempt, and each answer's verdict.</summary>
internal interface ICallBudget
{
    ValueTask<RateLimitLease> AcquireAsync(string action, string regionId, CancellationToken cancellationToken);

    ValueTask OnAnswerAsync(string action, string regionId, DateTimeOffset sentAt, bool throttled, CancellationToken cancellationToken);
}

/// <summary>A plain <see cref="RateLimiter"/> as a budget (one limit for every call, no adaptation): clients built with a limiter of their own.</summary>
internal sealed class LimiterCallBudget(RateLimiter limiter) : ICallBudget
{
    public ValueTask<RateLimitLease> AcquireAsync(string action, string regionId, CancellationToken cancellationToken) =>
        limiter.AcquireAsync(1, cancellationToken);

    public ValueTask OnAnswerAsync(string action, string regionId, DateTimeOffset sentAt, bool throttled, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;
}
