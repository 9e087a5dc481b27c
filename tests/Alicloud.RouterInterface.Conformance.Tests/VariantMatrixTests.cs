using System.Text.Json;
using Alicloud.RouterInterface.Testing.Emulator;
using V = Alicloud.RouterInterface.Testing.Emulator.EmulatorVariants;

namespace Alicloud.RouterInterface.Conformance.Tests;

/// <summary>
/// Every value of every probed unknown: the emulator is set to it, the probe (the built binary, real signed HTTP)
/// runs with consent and both accounts, and its report must name that value, and nothing may be left. Sets A, B and the
/// two fast-link scopes cover every value; set C (more numbers) runs with CONFORMANCE_MATRIX=full.
/// </summary>
public sealed class VariantMatrixTests
{
    public static TheoryData<string> Sets => Environment.GetEnvironmentVariable("CONFORMANCE_MATRIX") == "full"
        ? ["A", "B", "C", "fast-link-only", "fast-link-only-not-found"]
        : ["A", "B", "fast-link-only", "fast-link-only-not-found"];

    private static IReadOnlyDictionary<string, string> Variants(string set) => set switch
    {
        "A" => new Dictionary<string, string>
        {
            [V.ExpressConnectScope] = "any-pair", [V.ExpressConnectActive] = "accepts-active", [V.DeactivatePeer] = "independent",
            [V.DeletedRowSeconds] = "2", [V.DeleteListingLagSeconds] = "1", [V.CreateListingLagSeconds] = "1", [V.VpcDeleteTailSeconds] = "0",
            [V.FilterValueCap] = "0", [V.CrossAccountExpressConnect] = "own-end", [V.ExpressConnectBusyCodes] = "seed", [V.ForceEcmp] = "whole-entry",
        },
        "B" => new Dictionary<string, string>
        {
            [V.ExpressConnectScope] = "initiator-only", [V.ExpressConnectActive] = "needs-inactive", [V.DeactivatePeer] = "follows",
            [V.DeletedRowSeconds] = "0", [V.DeleteListingLagSeconds] = "0", [V.CreateListingLagSeconds] = "0", [V.VpcDeleteTailSeconds] = "2",
            [V.FilterValueCap] = "5", [V.CrossAccountExpressConnect] = "both-ends", [V.ExpressConnectBusyCodes] = "any-a3", [V.ForceEcmp] = "only-hop",
        },
        "C" => new Dictionary<string, string>
        {
            [V.ExpressConnectScope] = "any-pair", [V.ExpressConnectActive] = "needs-inactive", [V.DeactivatePeer] = "independent",
            [V.DeletedRowSeconds] = "1", [V.DeleteListingLagSeconds] = "2", [V.CreateListingLagSeconds] = "2", [V.VpcDeleteTailSeconds] = "1",
            [V.FilterValueCap] = "17", [V.CrossAccountExpressConnect] = "refused", [V.ExpressConnectBusyCodes] = "seed", [V.ForceEcmp] = "only-hop",
        },
        _ => new Dictionary<string, string>
        {
            [V.ExpressConnectScope] = set, [V.DeletedRowSeconds] = "0", [V.DeleteListingLagSeconds] = "0", [V.CreateListingLagSeconds] = "0",
            [V.FilterValueCap] = "3",
        },
    };

    /// <summary>With a fast-link scope only B1, B3, B5 (create), B6 and the VPC tail can be asked; the rest say why not.</summary>
    private static readonly string[] AfterDeleteExpressConnect = [V.ExpressConnectActive, V.ExpressConnectBusyCodes, V.DeletedRowSeconds, V.DeleteListingLagSeconds, V.ForceEcmp, V.CrossAccountExpressConnect];

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task The_report_names_the_value_the_emulator_plays(string set)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var variants = Variants(set);
        await using var emulator = await ProbeEmulator.StartAsync(variants, deadline.Token);
        var report = Path.Combine(Path.GetTempPath(), $"conformance-{set}-{Guid.NewGuid():N}.json");

        var result = await ConformanceProcess.RunAsync(emulator, peer: true, deadline.Token, "--region", "cn-hangzhou", "--create-billable-resources", "--report", report);

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Stdout}\n{result.Stderr}");
        Assert.Empty(await ProbeEmulator.LeftAsync(emulator, deadline.Token));
        using var document = ProbeEmulator.ReadReport(report);
        var reported = document.RootElement.GetProperty("variants");
        var fastLink = set.StartsWith("fast-link", StringComparison.Ordinal);
        foreach (var (name, value) in variants)
        {
            if (fastLink && AfterDeleteExpressConnect.Contains(name))
            {
                Assert.False(reported.TryGetProperty(name, out _), $"{name} reported although DeleteExpressConnect refuses ordinary pairs");
                continue;
            }

            Assert.True(reported.TryGetProperty(name, out var got), $"{name} missing from the report:\n{result.Stdout}");
            Assert.True(got.ToString() == value, $"{name}: expected {value}, reported {got} ({Answer(document, name)})");
        }

        Assert.DoesNotContain(EmulatorCredentials.Dev.AccessKeySecret, File.ReadAllText(report) + result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatorCredentials.Peer.AccessKeySecret, File.ReadAllText(report) + result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Contains(document.RootElement.GetProperty("observations").EnumerateArray(),
            o => o.GetProperty("question").GetString() == "B9" && o.GetProperty("settlement").GetString() == "not-probed");
    }

    [Fact]
    public async Task Without_the_opposite_credentials_B7_is_not_probed_and_the_emulator_plays_the_report()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var emulator = await ProbeEmulator.StartAsync(Variants("A"), deadline.Token);
        var report = Path.Combine(Path.GetTempPath(), $"conformance-nopeer-{Guid.NewGuid():N}.json");

        var result = await ConformanceProcess.RunAsync(emulator, peer: false, deadline.Token, "--region", "cn-hangzhou", "--create-billable-resources", "--report", report);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var document = ProbeEmulator.ReadReport(report);
        Assert.False(document.RootElement.GetProperty("variants").TryGetProperty(V.CrossAccountExpressConnect, out _));
        Assert.Contains("not probed: no credentials of another account", Answer(document, V.CrossAccountExpressConnect), StringComparison.Ordinal);
        await using var replay = await ProbeEmulator.StartAsync(new Dictionary<string, string>(), deadline.Token, variantsFrom: report);
        var played = await replay.Admin.GetVariantsAsync(deadline.Token);
        foreach (var variant in document.RootElement.GetProperty("variants").EnumerateObject())
        {
            Assert.Equal(variant.Value.ToString(), played.Value(variant.Name));
        }

        var flags = document.RootElement.GetProperty("emulatorArgs").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.Equal(2 * document.RootElement.GetProperty("variants").EnumerateObject().Count(), flags.Count);
        Assert.All(flags.Where((_, i) => i % 2 == 0), flag => Assert.Equal("--variant", flag));
    }

    private static string Answer(JsonDocument report, string variant) =>
        string.Join(" | ", report.RootElement.GetProperty("observations").EnumerateArray()
            .Where(o => o.GetProperty("variant").GetString() == variant).Select(o => o.GetProperty("answer").GetString()));
}
