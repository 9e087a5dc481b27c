using System.Runtime.InteropServices;

namespace Alicloud.RouterInterface.Provider.Hosting;

/// <summary>
/// Makes sure SIGINT reaches the host. A process started with SIGINT ignored (a background job of a non-interactive
/// shell, for one) inherits that, and .NET then never installs its handler, so the engine's SIGINT would be lost and
/// the plugin killed 5 s later. Go plugins un-ignore SIGINT when they subscribe to it; this does the same.
/// </summary>
internal static partial class InterruptSignal
{
    private const int SigInt = 2;
    private static readonly nint s_default = 0;
    private static readonly nint s_ignore = 1;

    public static void EnsureDelivered()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var previous = NativeMethods.signal(SigInt, s_default);
        if (previous != s_ignore)
        {
            // It was not ignored: put the runtime's own handler back.
            NativeMethods.signal(SigInt, previous);
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "signal")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for one trivial call
        public static extern nint signal(int signalNumber, nint handler);
#pragma warning restore SYSLIB1054
    }
}
