using Microsoft.Win32.SafeHandles;

namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// Opens a file of the budget folder for one read and one write under its exclusive <c>flock</c>: never through a
/// link, created 0600 when missing, used only as a regular 0600 file of this user (else <see cref="BudgetFileException"/>),
/// and waiting for another holder's lock at most <c>lockWait</c>.
/// </summary>
internal static class LockedFile
{
    private const int OwnerReadWrite = 0x180; // 0600

    public static async ValueTask<SafeFileHandle> OpenAsync(string path, TimeProvider time, TimeSpan lockRetryDelay, TimeSpan lockWait, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var handle = UnixFile.Open(path, create: true);
            try
            {
                if (UnixFile.Facts(handle, path).Problem(UnixFile.RegularFile, OwnerReadWrite) is { } problem)
                {
                    throw new BudgetFileException(path, problem);
                }

                if (UnixFile.TryLock(handle, path))
                {
                    return handle;
                }
            }
            catch
            {
                handle.Dispose();
                throw;
            }

            handle.Dispose();
            if (time.GetElapsedTime(started) >= lockWait)
            {
                throw new BudgetFileException(path, $"another process held its lock for more than {lockWait.TotalSeconds:0.#} s");
            }

            // Another process holds the lock for its one read and write.
            await Task.Delay(lockRetryDelay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The file's text, or null when it is larger than <paramref name="maxBytes"/> (then it is not read).</summary>
    public static string? ReadText(SafeFileHandle handle, string path, long maxBytes)
    {
        var size = UnixFile.Facts(handle, path).Size;
        if (size > maxBytes)
        {
            return null;
        }

        var bytes = new byte[size];
        var read = RandomAccess.Read(handle, bytes, 0);
        return System.Text.Encoding.UTF8.GetString(bytes, 0, read);
    }

    /// <summary>Replaces the file's contents with <paramref name="text"/>.</summary>
    public static void WriteText(SafeFileHandle handle, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        RandomAccess.Write(handle, bytes, 0);
        RandomAccess.SetLength(handle, bytes.Length);
    }
}
