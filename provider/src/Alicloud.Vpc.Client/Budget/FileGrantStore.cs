using System.Security.Cryptography;
using System.Text;

namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The grant log in a small file that every plugin process of this user with the same AccessKey and endpoint opens,
/// so that they spend one budget between them. Each decision holds an exclusive lock on the file (on Linux and macOS
/// .NET takes <c>flock(LOCK_EX)</c> for <see cref="FileShare.None"/>; on Windows a sharing lock) for one read and
/// one write, well under a millisecond.
/// <para>
/// Why a process that dies is harmless: the operating system drops its lock with its file descriptors, so nobody
/// waits on a dead holder; and the file holds only past grant times, never counters or reservations, so whatever a
/// dead process left behind stops counting once it is older than the window it was counted in (60 s at most with
/// the documented quotas). A write cut short leaves an unreadable line that the next reader skips (see
/// <see cref="GrantLog.Parse"/>). Named semaphores were not chosen: .NET has none on Unix, and a counting semaphore
/// keeps the permits a dead process held.
/// </para>
/// The file name is a hash of the AccessKey ID and the endpoint; the AccessKey itself is never written.
/// </summary>
internal sealed class FileGrantStore : IGrantStore
{
    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lockRetryDelay;
    private readonly SemaphoreSlim _local = new(1, 1); // this process's calls queue here rather than spin on the file lock

    public FileGrantStore(string path, TimeProvider time, TimeSpan lockRetryDelay)
    {
        _path = path;
        _time = time;
        _lockRetryDelay = lockRetryDelay;
    }

    public string Path => _path;

    /// <summary>The file for one account: <c>grants-&lt;first 16 bytes of SHA-256(AccessKeyId, endpoint) in hex&gt;</c>.</summary>
    public static string FileFor(string directory, string accessKeyId, string? endpoint)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"alicloud-vpc-budget/v1\n{accessKeyId}\n{endpoint ?? ""}"));
        return System.IO.Path.Combine(directory, "grants-" + Convert.ToHexStringLower(digest.AsSpan(0, 16)));
    }

    /// <summary>Creates the folder readable by this user only (on Unix) and removes logs nobody wrote for a day (accounts and endpoints of the past).</summary>
    public static void EnsureDirectory(string directory, TimeProvider time)
    {
        var folder = OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(directory)
            : Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var stale = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(1);
        foreach (var file in folder.EnumerateFiles("grants-*").Where(f => f.LastWriteTimeUtc < stale))
        {
            try
            {
                file.Delete();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // in use, not ours, or gone already: harmless either way
            }
        }
    }

    public ValueTask<GrantDecision> TryTakeAsync(BudgetRequest request, CancellationToken cancellationToken) =>
        UnderLockAsync(
            (file, now) =>
            {
                var log = Read(file);
                var decision = log.TryTake(request, now);
                if (decision.Granted)
                {
                    Write(file, log.Serialize(now));
                }

                return decision;
            },
            cancellationToken);

    public ValueTask<int> CountRecentAsync(string key, long spanMs, CancellationToken cancellationToken) =>
        UnderLockAsync((file, now) => Read(file).CountSince(key, now - spanMs), cancellationToken);

    private async ValueTask<T> UnderLockAsync<T>(Func<FileStream, long, T> work, CancellationToken cancellationToken)
    {
        await _local.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var file = await OpenLockedAsync(cancellationToken).ConfigureAwait(false);
            return work(file, _time.GetUtcNow().ToUnixTimeMilliseconds());
        }
        finally
        {
            _local.Release();
        }
    }

    private async ValueTask<FileStream> OpenLockedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var options = new FileStreamOptions
                {
                    Mode = FileMode.OpenOrCreate,
                    Access = FileAccess.ReadWrite,
                    Share = FileShare.None,
                    BufferSize = 0,
                };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                return new FileStream(_path, options);
            }
            catch (IOException) when (File.Exists(_path))
            {
                // Another process holds the lock for its one read and write; the wait is bounded by the caller's token.
                await Task.Delay(_lockRetryDelay, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static GrantLog Read(FileStream file)
    {
        var bytes = new byte[file.Length];
        file.ReadExactly(bytes);
        return GrantLog.Parse(Encoding.UTF8.GetString(bytes));
    }

    private static void Write(FileStream file, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        file.Position = 0;
        file.Write(bytes);
        file.SetLength(bytes.Length);
    }
}
