using Alicloud.Vpc.Client.Budget;

namespace Alicloud.Vpc.Client.Transitions;

/// <summary>Where the learnt transition times of the account <see cref="ResolvedSettings"/> name are kept.</summary>
public static class LearntTransitionStores
{
    /// <summary>
    /// The store beside the shared call budget (<see cref="VpcQuotaOptions.SharedDirectory"/>), per AccessKey and
    /// endpoint: one file per user, key and endpoint under the folder's salt, checked at the first use (whose warning
    /// then reaches the engine). Without a shared folder or an AccessKey ID (e.g. <c>BUDGET_DIR=off</c>), a store that
    /// keeps nothing.
    /// </summary>
    public static ILearntTransitionStore Create(ResolvedSettings settings, VpcQuotaOptions quotas, TimeProvider timeProvider, IBudgetWarnings warnings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(warnings);
        if (quotas.SharedDirectory is not { } directory || settings.AccessKeyId is not { Length: > 0 } accessKeyId)
        {
            return NothingKept.Instance;
        }

        return new SharedTransitionStore(
            directory,
            () => new FileTransitionStore(
                BudgetFolder.FileFor(directory, BudgetFolder.Prepare(directory, timeProvider), accessKeyId, settings.Endpoint, BudgetFolder.TransitionsPrefix),
                timeProvider,
                quotas.LockRetryDelay,
                quotas.LockWait),
            warnings);
    }

    private sealed class NothingKept : ILearntTransitionStore
    {
        public static NothingKept Instance { get; } = new();

        public ValueTask<IReadOnlyDictionary<string, LearntTransition>> LoadAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyDictionary<string, LearntTransition>>(new Dictionary<string, LearntTransition>());

        public ValueTask RecordAsync(string transition, LearntTransition learnt, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
