using System.Runtime.InteropServices;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>SIGINT for a child process (the engine interrupts plugins; .NET's Process has only Kill).</summary>
internal static class NativeSignals
{
    private const int SigInt = 2;

    public static bool Interrupt(int processId) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && NativeMethods.kill(processId, SigInt) == 0;

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for one trivial call
        public static extern int kill(int processId, int signal);
#pragma warning restore SYSLIB1054
    }
}
