using System.Runtime.InteropServices;

namespace Alicloud.RouterInterface.Provider.Hosting;

/// <summary>
/// Makes sure SIGINT reaches the host. A process started with SIGINT ignored (a background job of a non-interactive
/// shell, for one) inherits that, and .NET then never installs its handler, so the engine's SIGINT would be lost and
/// the plugin killed 5 s later. Go plugins un-ignore SIGINT when they subscribe to it; this does the same. Only an
/// ignored disposition is changed: the runtime's own handler is never touched.
/// </summary>
internal static class InterruptSignal
{
    private const int SigInt = 2;

    // Larger than struct sigaction on Linux (152 bytes) and macOS (16 bytes); the handler is the first field on both.
    private const int SigactionBufferSize = 512;

    private static readonly nint s_default = 0;
    private static readonly nint s_ignore = 1;

    public static void EnsureDelivered()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var current = Marshal.AllocHGlobal(SigactionBufferSize);
        try
        {
            Marshal.Copy(new byte[SigactionBufferSize], 0, current, SigactionBufferSize);
            if (NativeMethods.sigaction(SigInt, 0, current) == 0 && Marshal.ReadIntPtr(current) == s_ignore)
            {
                NativeMethods.signal(SigInt, s_default);
            }
        }
        finally
        {
            Marshal.FreeHGlobal(current);
        }
    }

    private static class NativeMethods
    {
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for two trivial calls
        [DllImport("libc", EntryPoint = "sigaction")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int sigaction(int signalNumber, nint action, nint previousAction);

        [DllImport("libc", EntryPoint = "signal")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern nint signal(int signalNumber, nint handler);
#pragma warning restore SYSLIB1054
    }
}
