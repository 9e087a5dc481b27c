using System.Threading.RateLimiting;

namespace Alicloud.Vpc.Client.Budget;

/// <summary>What the client's pipeline asks of a budget: a permit before each attempt, and each answer's verdict.</summary>
internal interface ICallBudget
{
    ValueTask<RateLimitLease> AcquireAsync(string action, string regionId, CancellationToken cancellationToken);

    ValueTask OnAnswerAsync(string action, string regionId, DateTimeOffset sentAt, bool throttled, CancellationToken cancellationToken);
}
