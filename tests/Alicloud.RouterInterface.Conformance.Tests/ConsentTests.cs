using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Conformance.Tests;

/// <summary>Without --create-billable-resources: read calls only, the plan on stdout, exit 0.</summary>
public sealed class ConsentTests
{
    [Fact]
    public async Task Without_consent_it_reads_only_and_prints_the_plan()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var emulator = await ProbeEmulator.StartAsync(new Dictionary<string, string>(), deadline.Token);

        var result = await ConformanceProcess.RunAsync(emulator, peer: true, deadline.Token, "--region", "cn-hangzhou");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Nothing was created", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Pay-as-you-go billing applies", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 VPCs named ri-conformance-a", result.Stdout, StringComparison.Ordinal);
        var requests = await emulator.Admin.GetRequestsAsync(null, deadline.Token);
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.StartsWith("Describe", r.Action, StringComparison.Ordinal));
        Assert.DoesNotContain(EmulatorCredentials.Dev.AccessKeySecret, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_region_is_refused_before_anything_else()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var emulator = await ProbeEmulator.StartAsync(new Dictionary<string, string>(), deadline.Token);

        var result = await ConformanceProcess.RunAsync(emulator, peer: false, deadline.Token, "--region", "xx-nowhere-1", "--create-billable-resources");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("xx-nowhere-1", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(await emulator.Admin.GetRequestsAsync(null, deadline.Token), r => !r.Action.StartsWith("Describe", StringComparison.Ordinal));
    }
}
