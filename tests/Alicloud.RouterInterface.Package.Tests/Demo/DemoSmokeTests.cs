using System.Text.RegularExpressions;

namespace Alicloud.RouterInterface.Package.Tests.Demo;

/// <summary>
/// `make demo` end to end: the built demo against the real plugin and emulator binaries, stdout redirected (the
/// transcript a CI log shows). It must exit 0 only with the promised end state, print what the CLI would, and stop its
/// emulator on exit and on Ctrl-C.
/// </summary>
public sealed partial class DemoSmokeTests
{
    private static readonly TimeSpan s_runBound = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan s_interruptBound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Demo_FullRun_ExitsZeroWithTheCliTranscriptAndOnlyThePrepaidPairLeft()
    {
        using var demo = DemoProcess.Start("--fast");

        var exitCode = await demo.WaitForExitAsync(s_runBound);

        var output = demo.Output;
        Assert.True(exitCode == 0, $"exit code {exitCode}. Output:\n{output}");
        Assert.Contains("Updating (routerinterface-demo-dev)", output, StringComparison.Ordinal);
        Assert.Contains("Destroying (routerinterface-demo-dev)", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^ \+  routed-initiator +created \(\d+\.\ds\)", output);
        Assert.Matches(@"(?m)^ -  routed-initiator +deleted \(\d+\.\ds\)", output);
        Assert.Matches(@"(?m)^ -  prepaid-initiator +\*\*deleting failed\*\* +1 error", output);
        Assert.Matches(@"(?m)^ -  prepaid-acceptor +skipped", output);

        // The pair deactivated outside the stack is deleted too. Whether the destroy still met it Deactivating depends on
        // the machine's load (plugin start-up), so the wait itself is asserted by the end-to-end transition tests instead.
        var drainingId = DeactivatedDrainingInitiator().Match(output).Groups[1].Value;
        Assert.StartsWith("ri-", drainingId, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^ -  draining-initiator +deleted \(\d+\.\ds\)", output);

        // Diagnostics grouped per resource, like the CLI's section.
        // The refusal is said once, as the delete's error (the CLI prints it as "error: deleting <urn>: …").
        Assert.Matches(@"(?m)^  alicloud-routerinterface:index:RouterInterface \(prepaid-initiator\):\n    error: (?:deleting \S+: )?PrepaidInstance: cannot delete", output);
        Assert.Matches(@"(?m)^    warning: RouteEntriesRemoved: force is true", output);
        Assert.Matches(@"(?m)^    AlreadyGone: router interface ri-", output);

        // The summary counts the destroy's API calls per action.
        Assert.Matches(@"│ API calls +│ +\d+ │ +\d+ │ +\d+ │ +\d+ │", output);
        Assert.Matches(@"│   DeleteExpressConnect +│", output);
        Assert.DoesNotContain("✘", output, StringComparison.Ordinal);
        Assert.Contains("✔ Everything was deleted except the prepaid pair", output, StringComparison.Ordinal);
        AssertEmulatorStopped(output);
    }

    [Fact]
    public async Task Demo_CtrlCWhileTheDestroyWaits_Exits130AndStopsTheEmulator()
    {
        using var demo = DemoProcess.Start("--fast");
        await demo.WaitForLineAsync(line => line.Contains("to leave Deactivating", StringComparison.Ordinal), s_runBound);

        await demo.InterruptAsync();
        var exitCode = await demo.WaitForExitAsync(s_interruptBound);

        var output = demo.Output;
        Assert.True(exitCode == 130, $"exit code {exitCode}. Output:\n{output}");
        Assert.Contains("error: the operation was interrupted (Ctrl-C)", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^    error: (?:deleting \S+: )?Cancelled: deleting router interface ri-", output);
        Assert.DoesNotContain("Everything was deleted", output, StringComparison.Ordinal);
        AssertEmulatorStopped(output);
    }

    private static void AssertEmulatorStopped(string output)
    {
        var pid = EmulatorPid().Match(output).Groups[1].Value;
        Assert.NotEqual("", pid);
        var cmdline = $"/proc/{pid}/cmdline";
        var running = File.Exists(cmdline) && File.ReadAllText(cmdline).Contains("alicloud-vpc-emulator", StringComparison.Ordinal)
            && !File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2].Equals("Z", StringComparison.Ordinal);
        Assert.False(running, $"the demo's emulator (pid {pid}) is still running after the demo exited");
    }

    [GeneratedRegex(@"DeactivateRouterInterface (ri-\w+) \(draining-initiator\)")]
    private static partial Regex DeactivatedDrainingInitiator();

    [GeneratedRegex(@"emulator +http://127\.0\.0\.1:\d+ \(pid (\d+),")]
    private static partial Regex EmulatorPid();
}
