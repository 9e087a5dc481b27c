using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The few Linux calls the shared budget needs and .NET does not offer: open without following a symlink
/// (<c>O_NOFOLLOW</c>), the owner and type of what was opened (<c>statx</c> on the handle, whose layout is the same on
/// every architecture, unlike <c>struct stat</c>), the effective user and a non-blocking <c>flock</c>. Every check is
/// made on the opened handle, so nothing can be swapped between the check and the use.
/// </summary>
internal static class UnixFile
{
    public const int ModeTypeMask = 0xF000;
    public const int RegularFile = 0x8000;
    public const int DirectoryType = 0x4000;
    public const int SymbolicLink = 0xA000;
    public const int FifoType = 0x1000;
    private const int ReadWrite = 2;
    private const int ReadOnly = 0;
    private const int Create = 0x40;
    private const int Exclusive = 0x80;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH: statx of the descriptor itself
    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint BasicStats = 0x7FF;
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int WouldBlock = 11; // EAGAIN = EWOULDBLOCK on Linux
    private const int Interrupted = 4;
    private const int Exists = 17;

    [System.Runtime.Versioning.SupportedOSPlatformGuard("linux")]
    public static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>The effective user ID of this process.</summary>
    public static uint EffectiveUser => NativeMethods.geteuid();

    /// <summary>O_NOFOLLOW differs by architecture: 0100000 on arm and arm64 (their uapi fcntl.h), 0400000 elsewhere (asm-generic, x86).</summary>
    private static int NoFollowFlag => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

    /// <summary>
    /// Opens <paramref name="path"/> for reading and writing, never through a symlink and never blocking on a FIFO;
    /// created with mode 0600 when <paramref name="create"/> (and only when missing, with <paramref name="exclusive"/>).
    /// </summary>
    public static SafeFileHandle Open(string path, bool create, bool exclusive = false, bool writable = true)
    {
        var flags = (writable ? ReadWrite : ReadOnly) | NonBlocking | CloseOnExec | NoFollowFlag
            | (create ? Create : 0) | (exclusive ? Exclusive : 0);
        var fd = NativeMethods.open(Utf8(path), flags, 0x180);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno == Exists
                ? new IOException($"{path} exists")
                : new BudgetFileException(path, $"cannot be opened without following links ({Describe(errno)})");
        }

        return new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>Owner, mode and size of the opened file.</summary>
    public static FileFacts Facts(SafeFileHandle handle, string path)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var fd = (int)handle.DangerousGetHandle();
        return Stat(NativeMethods.statx(fd, [0], EmptyPath, BasicStats, out var buffer), buffer, path);
    }

    /// <summary>Owner and mode of <paramref name="path"/> itself (a symlink is reported as one, not followed).</summary>
    public static FileFacts LinkFacts(string path) =>
        Stat(NativeMethods.statx(CurrentDirectory, Utf8(path), NoFollow, BasicStats, out var buffer), buffer, path);

    /// <summary>Takes the exclusive lock without waiting: false when another holds it; any other failure throws.</summary>
    public static bool TryLock(SafeFileHandle handle, string path)
    {
        ArgumentNullException.ThrowIfNull(handle);
        while (true)
        {
            if (NativeMethods.flock((int)handle.DangerousGetHandle(), LockExclusive | LockNonBlocking) == 0)
            {
                return true;
            }

            var errno = Marshal.GetLastPInvokeError();
            if (errno == WouldBlock)
            {
                return false;
            }

            if (errno != Interrupted)
            {
                throw new BudgetFileException(path, $"cannot be locked ({Describe(errno)})");
            }
        }
    }

    private static FileFacts Stat(int result, StatxBuffer buffer, string path)
    {
        if (result != 0)
        {
            throw new BudgetFileException(path, $"cannot be examined ({Describe(Marshal.GetLastPInvokeError())})");
        }

        return new FileFacts(buffer.Uid, buffer.Mode, (long)buffer.Size);
    }

    private static string Describe(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    private static byte[] Utf8(string path) => Encoding.UTF8.GetBytes(path + "\0");

    /// <summary>The part of <c>struct statx</c> we read (linux/stat.h; fixed layout, 256 bytes).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(20)]
        public uint Uid;

        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;
    }

    private static class NativeMethods
    {
#pragma warning disable SYSLIB1054, CA5392 // LibraryImport would need unsafe code for these plain calls
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int open(byte[] path, int flags, int mode);

        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int statx(int directory, byte[] path, int flags, uint mask, out StatxBuffer buffer);

        [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int flock(int fd, int operation);

        [DllImport("libc", EntryPoint = "geteuid")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern uint geteuid();
#pragma warning restore SYSLIB1054, CA5392
    }
}
