using Microsoft.Win32.SafeHandles;

namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The grant log in a small file that every plugin process of this user with the same AccessKey and endpoint opens,
/// so that they spend one budget between them. Each decision holds an exclusive <c>flock</c> on the file for one
/// read and one write, well under a millisecond.
/// <para>
/// Why a process that dies is harmless: the operating system drops its lock with its file descriptors, so nobody
/// waits on a dead holder; and the file holds only past grant times, never counters or reservations, so whatever a
/// dead process left behind stops counting once it is older than the window it was counted in (60 s at most with
/// the documented quotas). A write cut short leaves an unreadable line that the next reader skips (see
/// <see cref="GrantLog.Parse"/>). Named semaphores were not chosen: .NET has none on Unix, and a counting semaphore
/// keeps the permits a dead process held.
/// </para>
/// <para>
/// Why its contents cannot hurt: the file is opened without following links and used only when the opened handle is
/// a regular file of this user with mode 0600 (else <see cref="BudgetFileException"/>); a file larger than
/// <see cref="GrantLogLimits.MaxFileBytes"/> or not a grant log is started afresh; <see cref="GrantLogLimits"/> bounds
/// what is read; only "locked by another" is retried, for at most the lock wait (then <see cref="BudgetFileException"/>).
/// </para>
/// </summary>
internal sealed class FileGrantStore : IGrantStore
{
    private readonly GrantLogLimits _limits;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lockRetryDelay;
    private readonly TimeSpan _lockWait;
    private readonly IBudgetWarnings _warnings;
    private readonly SemaphoreSlim _local = new(1, 1); // this process's calls queue here rather than spin on the file lock
    private int _restartWarned;

    public FileGrantStore(string path, GrantLogLimits limits, TimeProvider time, TimeSpan lockRetryDelay, TimeSpan lockWait, IBudgetWarnings warnings)
    {
        Path = path;
        _limits = limits;
        _time = time;
        _lockRetryDelay = lockRetryDelay;
        _lockWait = lockWait;
        _warnings = warnings;
    }

    public string Path { get; }

    public ValueTask<GrantDecision> TryTakeAsync(BudgetRequest request, CancellationToken cancellationToken) =>
        UnderLockAsync(
            (log, now) =>
            {
                var decision = log.TryTake(request, now);
                return (decision, decision.Granted);
            },
            cancellationToken);

    public ValueTask<int> CountRecentAsync(string key, long spanMs, CancellationToken cancellationToken) =>
        UnderLockAsync((log, now) => (log.CountSince(key, now - spanMs), false), cancellationToken);

    private async ValueTask<T> UnderLockAsync<T>(Func<GrantLog, long, (T Result, bool Changed)> work, CancellationToken cancellationToken)
    {
        bool restarted;
        T result;
        await _local.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var handle = await LockedFile.OpenAsync(Path, _time, _lockRetryDelay, _lockWait, cancellationToken).ConfigureAwait(false);
            var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
            var log = Read(handle, now);
            restarted = !log.WasWellFormed;
            (result, var changed) = work(log, now);
            if (changed || restarted)
            {
                Write(handle, log.Serialize(now));
            }
        }
        finally
        {
            _local.Release();
        }

        if (restarted && Interlocked.Exchange(ref _restartWarned, 1) == 0)
        {
            await _warnings.WarnAsync(
                $"The shared call budget file {Path} held no grant log (damaged, or larger than {GrantLogLimits.MaxFileBytes} bytes); it was started afresh",
                cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private GrantLog Read(SafeFileHandle handle, long nowMs) =>
        GrantLog.Parse(LockedFile.ReadText(handle, Path, GrantLogLimits.MaxFileBytes) ?? "oversized", _limits, nowMs);

    private static void Write(SafeFileHandle handle, string text) => LockedFile.WriteText(handle, text);
}
