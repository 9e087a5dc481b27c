using System.Diagnostics;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Conformance.Tests;

/// <summary>The emulator's --variants-from: a report's variants are played, --variant wins, a bad file exits 2.</summary>
public sealed class VariantsFromTests
{
    [Fact]
    public async Task Variant_flags_override_the_file()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var file = Path.Combine(Path.GetTempPath(), $"variants-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"variants": {"forceEcmp": "only-hop", "filterValueCap": 7, "deactivatePeer": "follows"}, "observations": []}""", deadline.Token);
        await using var emulator = await EmulatorProcess.StartAsync(new EmulatorStartOptions
        {
            VariantsFrom = file,
            Variants = new Dictionary<string, string> { [EmulatorVariants.DeactivatePeer] = "independent" },
        }, deadline.Token);

        var played = await emulator.Admin.GetVariantsAsync(deadline.Token);

        Assert.Equal("only-hop", played.Value(EmulatorVariants.ForceEcmp));
        Assert.Equal("7", played.Value(EmulatorVariants.FilterValueCap));
        Assert.Equal("independent", played.Value(EmulatorVariants.DeactivatePeer));
    }

    [Theory]
    [InlineData("""{"variants": {"forceEcmp": "sideways"}}""")]
    [InlineData("""{"observations": []}""")]
    [InlineData("not json")]
    public async Task A_bad_file_exits_2_naming_the_option(string content)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var file = Path.Combine(Path.GetTempPath(), $"variants-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, content, deadline.Token);
        var info = new ProcessStartInfo(RepoPaths.EmulatorBinary) { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add("0");
        info.ArgumentList.Add("--variants-from");
        info.ArgumentList.Add(file);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
        var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
        await process.WaitForExitAsync(deadline.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Empty(await stdout);
        Assert.Contains(content.StartsWith("{\"variants\"", StringComparison.Ordinal) ? "forceEcmp" : "--variants-from", await stderr, StringComparison.Ordinal);
    }
}
