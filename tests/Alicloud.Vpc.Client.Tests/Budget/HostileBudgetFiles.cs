using System.Diagnostics;

namespace Alicloud.Vpc.Client.Tests.Budget;

/// <summary>What another local user or a careless script leaves in the budget folder: made with real files and tools.</summary>
internal static class HostileBudgetFiles
{
    /// <summary>The uid of <c>nobody</c>: "another user" when the tests run as root, as CI does.</summary>
    public const int OtherUser = 65534;

    public static bool IsRoot => Run("id", "-u").Trim() == "0";

    public static void GiveToOtherUser(string path) => Run("chown", "-h", $"{OtherUser}:{OtherUser}", path);

    public static void MakeFifo(string path) => Run("mkfifo", "-m", "600", path);

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed: {error}");
        }

        return output;
    }
}
