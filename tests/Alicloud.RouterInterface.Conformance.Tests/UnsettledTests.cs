using System.Text.Json;
using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Conformance.Tests;

/// <summary>An answer no variant predicts is reported unsettled with its evidence, sets no variant, and the run goes on.</summary>
public sealed class UnsettledTests
{
    [Fact]
    public async Task An_unexpected_code_leaves_B1_and_B2_unsettled_with_the_call_as_evidence()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var emulator = await ProbeEmulator.StartAsync(new Dictionary<string, string>
        {
            [EmulatorVariants.DeletedRowSeconds] = "0", [EmulatorVariants.DeleteListingLagSeconds] = "0", [EmulatorVariants.CreateListingLagSeconds] = "0",
        }, deadline.Token);
        await emulator.Admin.AddFaultAsync(new FaultRule { Action = "DeleteExpressConnect", Code = "Forbidden.Surprise", HttpStatus = 400, Count = 1 }, deadline.Token);

        var result = await ConformanceProcess.RunAsync(emulator, peer: false, deadline.Token, "--region", "cn-hangzhou", "--create-billable-resources");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var report = JsonDocument.Parse(result.Stdout);
        var variants = report.RootElement.GetProperty("variants");
        Assert.False(variants.TryGetProperty(EmulatorVariants.ExpressConnectScope, out _));
        Assert.False(variants.TryGetProperty(EmulatorVariants.ExpressConnectActive, out _));
        Assert.Equal("independent", variants.GetProperty(EmulatorVariants.DeactivatePeer).GetString());
        var scope = report.RootElement.GetProperty("observations").EnumerateArray().Single(o => o.GetProperty("question").GetString() == "B1");
        Assert.Equal("unsettled", scope.GetProperty("settlement").GetString());
        var call = Assert.Single(scope.GetProperty("evidence").GetProperty("calls").EnumerateArray());
        Assert.Equal("DeleteExpressConnect", call.GetProperty("action").GetString());
        Assert.Equal("Forbidden.Surprise", call.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(call.GetProperty("requestId").GetString()));
        Assert.Empty(await ProbeEmulator.LeftAsync(emulator, deadline.Token));
    }
}
