using System.Text.Json;
using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Conformance.Tests;

/// <summary>Nothing is left after a failed run, after Ctrl-C, and after a killed run once the next run has swept.</summary>
public sealed class CleanupTests
{
    private static readonly Dictionary<string, string> Quick = new()
    {
        [EmulatorVariants.DeletedRowSeconds] = "0", [EmulatorVariants.DeleteListingLagSeconds] = "0", [EmulatorVariants.CreateListingLagSeconds] = "0",
    };

    [Fact]
    public async Task A_failed_run_removes_what_it_created_and_exits_1()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var emulator = await ProbeEmulator.StartAsync(Quick, deadline.Token);
        await emulator.Admin.AddFaultAsync(new FaultRule { Action = "CreateRouteEntry", Code = "OperationDenied", HttpStatus = 400 }, deadline.Token);

        var result = await ConformanceProcess.RunAsync(emulator, peer: true, deadline.Token, "--region", "cn-hangzhou", "--create-billable-resources");

        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}\n{result.Stderr}");
        Assert.Contains("the run stopped", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(await ProbeEmulator.LeftAsync(emulator, deadline.Token));
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Ctrl_C_or_SIGTERM_stops_the_questions_and_still_cleans_up(string signal)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var emulator = await ProbeEmulator.StartAsync(Quick, deadline.Token);
        await using var run = ConformanceProcess.Start(emulator, peer: true, "--region", "cn-hangzhou", "--create-billable-resources");
        await run.WaitForProgressAsync("B3:", deadline.Token);

        run.Signal(signal);
        var result = await run.WaitAsync(deadline.Token);

        Assert.True(result.ExitCode == 130, $"exit {result.ExitCode}\n{result.Stderr}");
        using var report = JsonDocument.Parse(result.Stdout);
        Assert.True(report.RootElement.GetProperty("interrupted").GetBoolean());
        Assert.Empty(await ProbeEmulator.LeftAsync(emulator, deadline.Token));
    }

    [Fact]
    public async Task The_run_after_a_killed_run_sweeps_what_it_left()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var emulator = await ProbeEmulator.StartAsync(Quick, deadline.Token);
        await using (var killed = ConformanceProcess.Start(emulator, peer: true, "--region", "cn-hangzhou", "--create-billable-resources"))
        {
            await killed.WaitForProgressAsync("B3:", deadline.Token);
            killed.Signal("KILL");
            await killed.WaitAsync(deadline.Token);
        }

        Assert.NotEmpty(await ProbeEmulator.LeftAsync(emulator, deadline.Token));
        var plan = await ConformanceProcess.RunAsync(emulator, peer: true, deadline.Token, "--region", "cn-hangzhou");
        Assert.Contains("Found under the prefix now (left by an earlier run; the next run sweeps them first): 2 VPCs, 3 router interfaces.", plan.Stdout, StringComparison.Ordinal);

        var next = await ConformanceProcess.RunAsync(emulator, peer: true, deadline.Token, "--region", "cn-hangzhou", "--create-billable-resources");

        Assert.True(next.ExitCode == 0, $"exit {next.ExitCode}\n{next.Stderr}");
        Assert.Contains("sweeping what earlier runs left", next.Stderr, StringComparison.Ordinal);
        Assert.Empty(await ProbeEmulator.LeftAsync(emulator, deadline.Token));
    }
}
