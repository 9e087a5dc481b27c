using Alicloud.Vpc.Client.Budget;

namespace Alicloud.Vpc.Client.Transitions;

/// <summary>
/// The learnt transitions in a small file of the budget folder (<see cref="BudgetFolder.TransitionsPrefix"/>), under the
/// same rules as the grant log: opened without following links, used only as a regular 0600 file of this user, read
/// and written under its <c>flock</c> (<see cref="LockedFile"/>), bounded (<see cref="TransitionLog"/>). Failures throw
/// (<see cref="BudgetFileException"/> or other I/O errors); <see cref="SharedTransitionStore"/> turns them into one warning.
/// </summary>
internal sealed class FileTransitionStore(string path, TimeProvider time, TimeSpan lockRetryDelay, TimeSpan lockWait) : ILearntTransitionStore
{
    private readonly SemaphoreSlim _local = new(1, 1); // this process's callers queue here rather than spin on the file lock

    public string Path => path;

    public async ValueTask<IReadOnlyDictionary<string, LearntTransition>> LoadAsync(CancellationToken cancellationToken)
    {
        var entries = await UnderLockAsync(null, cancellationToken).ConfigureAwait(false);
        return entries.ToDictionary(e => e.Key, e => e.Value.Learnt, StringComparer.Ordinal);
    }

    public async ValueTask RecordAsync(string transition, LearntTransition learnt, CancellationToken cancellationToken)
    {
        if (TransitionLog.IsValid(transition, learnt))
        {
            await UnderLockAsync((transition, learnt), cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<Dictionary<string, (LearntTransition Learnt, long RecordedMs)>> UnderLockAsync(
        (string Name, LearntTransition Learnt)? record, CancellationToken cancellationToken)
    {
        await _local.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var handle = await LockedFile.OpenAsync(path, time, lockRetryDelay, lockWait, cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var entries = TransitionLog.Parse(LockedFile.ReadText(handle, path, TransitionLog.MaxFileBytes), now);
            if (record is { } r)
            {
                entries[r.Name] = (r.Learnt, now);
                LockedFile.WriteText(handle, TransitionLog.Serialize(entries, now));
            }

            return entries;
        }
        finally
        {
            _local.Release();
        }
    }
}
