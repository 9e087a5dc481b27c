namespace Alicloud.Vpc.Client.Budget;

/// <summary>The grant log in memory: one budget for the clients of this process.</summary>
internal sealed class InProcessGrantStore(TimeProvider time, GrantLogLimits limits) : IGrantStore
{
    private readonly Lock _gate = new();
    private readonly GrantLog _log = new(limits);

    public ValueTask<GrantDecision> TryTakeAsync(BudgetRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_log.TryTake(request, time.GetUtcNow().ToUnixTimeMilliseconds()));
        }
    }

    public ValueTask<int> CountRecentAsync(string key, long spanMs, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_log.CountSince(key, time.GetUtcNow().ToUnixTimeMilliseconds() - spanMs));
        }
    }
}
