using System.Security.Cryptography;
using System.Text;

namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The folder of the shared grant logs, trusted only when it is this user's alone: a real directory (not a symlink),
/// owned by the effective user, without group or other permission bits, checked after creating it (an existing
/// folder is kept as it is found, so it must be checked). Its files are named by an HMAC of the AccessKey ID and
/// endpoint under a random salt kept in the folder (0600), so a listing cannot confirm a guessed key ID.
/// </summary>
internal static class BudgetFolder
{
    public const string GrantsPrefix = "grants-";
    public const string TransitionsPrefix = "transitions-";
    private const string SaltName = "salt";
    private const int SaltBytes = 32;
    private const int OwnerReadWrite = 0x180; // 0600

    /// <summary>
    /// Creates (0700) and checks <paramref name="directory"/>, removes grant logs unwritten for a day and learnt
    /// transition times unwritten for 30 days (what a fresh process starts from, so kept longer), and returns its salt.
    /// </summary>
    /// <exception cref="BudgetFileException">The folder or its salt cannot be trusted or used.</exception>
    public static byte[] Prepare(string directory, TimeProvider time)
    {
        if (!UnixFile.IsSupported)
        {
            throw new BudgetFileException(directory, "ownership and links can only be checked on Linux");
        }

        try
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BudgetFileException(directory, $"cannot be created ({ex.GetType().Name})");
        }

        if (UnixFile.LinkFacts(directory).Problem(UnixFile.DirectoryType) is { } problem)
        {
            throw new BudgetFileException(directory, problem);
        }

        RemoveStale(directory, time);
        return Salt(directory);
    }

    /// <summary>
    /// The file of one account: <c>&lt;prefix&gt;&lt;first 16 bytes of HMAC-SHA256(salt, AccessKeyId, endpoint) in hex&gt;</c>,
    /// <see cref="GrantsPrefix"/> for the grant log, <see cref="TransitionsPrefix"/> for the learnt transition times.
    /// </summary>
    public static string FileFor(string directory, byte[] salt, string accessKeyId, string? endpoint, string prefix = GrantsPrefix)
    {
        var digest = HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes($"alicloud-vpc-budget/v2\n{accessKeyId}\n{endpoint ?? ""}"));
        return Path.Combine(directory, prefix + Convert.ToHexStringLower(digest.AsSpan(0, 16)));
    }

    private static byte[] Salt(string directory)
    {
        var path = Path.Combine(directory, SaltName);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            CreateSalt(path);
        }

        using var handle = UnixFile.Open(path, create: false, writable: false);
        var facts = UnixFile.Facts(handle, path);
        if (facts.Problem(UnixFile.RegularFile, OwnerReadWrite) is { } problem)
        {
            throw new BudgetFileException(path, problem);
        }

        var salt = new byte[SaltBytes];
        if (facts.Size != SaltBytes || RandomAccess.Read(handle, salt, 0) != SaltBytes)
        {
            throw new BudgetFileException(path, $"is not {SaltBytes} bytes long");
        }

        return salt;
    }

    /// <summary>Written whole under a temporary name, then linked into place without replacing a salt another process made first.</summary>
    private static void CreateSalt(string path)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}";
        try
        {
            using (var handle = UnixFile.Open(temporary, create: true, exclusive: true))
            {
                RandomAccess.Write(handle, RandomNumberGenerator.GetBytes(SaltBytes), 0);
            }

            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // another process was first: its salt is the one
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void RemoveStale(string directory, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var folder = new DirectoryInfo(directory);
        var stale = folder.EnumerateFiles(GrantsPrefix + "*").Where(f => f.LastWriteTimeUtc < now - TimeSpan.FromDays(1))
            .Concat(folder.EnumerateFiles(TransitionsPrefix + "*").Where(f => f.LastWriteTimeUtc < now - TimeSpan.FromDays(30)));
        foreach (var file in stale)
        {
            try
            {
                file.Delete();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // in use or gone already: harmless either way
            }
        }
    }
}
