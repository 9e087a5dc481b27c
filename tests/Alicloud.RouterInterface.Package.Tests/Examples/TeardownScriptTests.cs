using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Package.Tests.Examples;

/// <summary>
/// examples/ci-teardown/teardown.sh with a stand-in `pulumi` on PATH that plays a scripted sequence of destroy
/// outcomes: the script must retry only a destroy that failed with the timeout diagnostic.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed partial class TeardownScriptTests : IDisposable
{
    private static readonly TimeSpan s_scriptBound = TimeSpan.FromSeconds(60);
    private readonly string _work = Directory.CreateTempSubdirectory("teardown-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Teardown_TimedOutThenSucceeds_RetriesOnceAndSucceeds()
    {
        var result = await RunAsync(["timeout", "ok"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, DestroyCalls());
        Assert.Contains("destroy finished on attempt 2", result.Output, StringComparison.Ordinal);
        Assert.Contains("DeleteTimedOut: deleting router interface ri-1", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teardown_RefusedPrepaid_IsNotRetriedAndFails()
    {
        var result = await RunAsync(["prepaid", "ok"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(1, DestroyCalls());
        Assert.Contains("PrepaidInstance: router interface ri-2", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teardown_AlwaysTimingOut_StopsAfterMaxAttempts()
    {
        var result = await RunAsync(["timeout", "timeout", "timeout", "ok"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(3, DestroyCalls());
        Assert.Contains("still timing out after 3 attempts", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teardown_Plugin_IsInstalledFromTheTarballWithTheVersion()
    {
        await RunAsync(["ok"]);

        var calls = File.ReadAllLines(Path.Combine(_work, "calls.log"));
        Assert.Equal("plugin install resource alicloud-routerinterface 1.2.3 --file pulumi-resource-alicloud-routerinterface-v1.2.3-linux-amd64.tar.gz", calls[0]);
    }

    [Fact]
    public void TimeoutCode_InScript_IsTheProvidersDiagnosticCode()
    {
        // The retry keys on this code; it must stay the one the provider writes.
        var script = File.ReadAllText(ScriptPath);
        var codes = File.ReadAllText(Path.Combine(RepoPaths.Root, "provider", "src", "Alicloud.RouterInterface.Resources", "Lifecycle", "DiagnosticCodes.cs"));

        var code = TimeoutCodeLine().Match(script).Groups["code"].Value;

        Assert.Equal("DeleteTimedOut", code);
        Assert.Contains($"DeleteTimedOut = \"{code}\"", codes, StringComparison.Ordinal);
    }

    private static string ScriptPath => Path.Combine(RepoPaths.Root, "examples", "ci-teardown", "teardown.sh");

    private int DestroyCalls() => File.ReadAllLines(Path.Combine(_work, "calls.log")).Count(l => l.StartsWith("destroy", StringComparison.Ordinal));

    private async Task<(int ExitCode, string Output)> RunAsync(string[] outcomes)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_work, "bin")).FullName;
        File.WriteAllLines(Path.Combine(_work, "outcomes"), outcomes);
        var fake = Path.Combine(bin, "pulumi");
        await File.WriteAllTextAsync(fake, FakePulumi);
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var start = new ProcessStartInfo("bash", [ScriptPath])
        {
            WorkingDirectory = _work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_DIR"] = _work;
        start.Environment["PULUMI_STACK"] = "ci";
        start.Environment["PLUGIN_VERSION"] = "1.2.3";
        start.Environment["RETRY_DELAY_SECONDS"] = "0";
        start.Environment.Remove("GITHUB_ACTIONS");

        using var timeout = new CancellationTokenSource(s_scriptBound);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    // Records each call; `destroy` takes the next scripted outcome and prints what the provider would.
    private const string FakePulumi = """
        #!/usr/bin/env bash
        echo "$*" >> "$FAKE_DIR/calls.log"
        [ "$1" = destroy ] || exit 0
        outcome=$(head -n 1 "$FAKE_DIR/outcomes"); sed -i 1d "$FAKE_DIR/outcomes"
        case "$outcome" in
          ok) echo "Resources: 2 deleted"; exit 0 ;;
          timeout) echo "  error: DeleteTimedOut: deleting router interface ri-1 did not finish within 10m (customTimeouts.delete)."; exit 255 ;;
          prepaid) echo "  error: PrepaidInstance: router interface ri-2 (this end) is Prepaid until 2030-01-01."; exit 255 ;;
        esac
        """;

    [GeneratedRegex("readonly TIMEOUT_CODE=\"(?<code>[A-Za-z]+)\"")]
    private static partial Regex TimeoutCodeLine();
}
