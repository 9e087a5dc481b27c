using System.Diagnostics;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Emulator.Tests.Support;

namespace Alicloud.Vpc.Emulator.Tests.Process;

/// <summary>Each test owns its emulator process: restart with --state-file, --qps, signals, bad command lines.</summary>
public sealed class ProcessLifecycleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("emulator-process-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task StateFile_RestartAfterSigterm_LosesNothing()
    {
        var stateFile = Path.Combine(_folder, "state.json");
        var options = new EmulatorStartOptions { StateFile = stateFile, Transitions = EmulatorTransitions.Instant, Variants = EmulatorVariants.ExactListings };
        string routerInterfaceId;
        string firstCreate;
        var createParameters = new Dictionary<string, string>
        {
            ["RegionId"] = "cn-shenzhen",
            ["Role"] = "InitiatingSide",
            ["RouterType"] = "VRouter",
            ["Spec"] = "Small.5",
            ["OppositeRegionId"] = "cn-hongkong",
            ["ClientToken"] = "create-once",
        };

        await using (var first = await EmulatorProcess.StartAsync(options, Timeout))
        {
            using var api = new SignedApiClient(first.BaseUri);
            var vpc = await api.OkAsync("CreateVpc", new() { ["RegionId"] = "cn-shenzhen" });
            createParameters["RouterId"] = vpc.GetProperty("VRouterId").GetString()!;
            var created = await api.V1Async("CreateRouterInterface", createParameters);
            firstCreate = created.Text;
            routerInterfaceId = created.Json.GetProperty("RouterInterfaceId").GetString()!;

            Assert.Equal(0, await first.StopAsync(Timeout));
        }

        await using var second = await EmulatorProcess.StartAsync(options, Timeout);
        using var again = new SignedApiClient(second.BaseUri);
        var described = await again.OkAsync("DescribeRouterInterfaceAttribute", new() { ["RegionId"] = "cn-shenzhen", ["InstanceId"] = routerInterfaceId });
        var replay = await again.V1Async("CreateRouterInterface", createParameters);

        Assert.Equal("Idle", described.GetProperty("Status").GetString());
        Assert.Equal(firstCreate, replay.Text);
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Qps_BurstAboveLimit_IsThrottledPerAccessKey()
    {
        await using var emulator = await EmulatorProcess.StartAsync(new EmulatorStartOptions { Qps = 2 }, Timeout);
        using var api = new SignedApiClient(emulator.BaseUri);

        var answers = new List<ApiAnswer>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add(await api.V1Async("DescribeRegions", []));
        }

        var peer = await api.V1Async("DescribeRegions", [], EmulatorCredentials.Peer);

        Assert.Equal(200, answers[0].Status);
        var throttled = answers.Where(a => a.Status != 200).ToList();
        Assert.NotEmpty(throttled);
        Assert.All(throttled, a => a.AssertEnvelope(400, "Throttling.User"));
        Assert.Equal(200, peer.Status);
    }

    [Fact]
    public async Task Qps_SetThroughAdmin_TakesEffect()
    {
        await using var emulator = await EmulatorProcess.StartAsync(new EmulatorStartOptions(), Timeout);
        using var api = new SignedApiClient(emulator.BaseUri);
        await emulator.Admin.SetLimitsAsync(new EmulatorLimitSettings(Qps: 1), Timeout);

        var answers = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await api.V1Async("DescribeRegions", [])).Status);
        }

        Assert.Contains(400, answers);
    }

    [Theory]
    [InlineData("--transition", "Sleeping=3")]
    [InlineData("--qps", "-1")]
    [InlineData("--port", "70000")]
    [InlineData("--profile", "sloppy")]
    [InlineData("--variant", "expressConnectScope=sometimes")]
    [InlineData("--variant", "noSuchVariant=1")]
    [InlineData("--quota", "NoSuchAction=3")]
    [InlineData("--quota", "DeleteRouterInterface=many")]
    public async Task CommandLine_BadOption_ExitsNonZeroWithoutPortLine(string option, string value)
    {
        var startInfo = new ProcessStartInfo(RepoPaths.EmulatorBinary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add(option);
        startInfo.ArgumentList.Add(value);
        using var process = System.Diagnostics.Process.Start(startInfo)!;

        var stdout = await process.StandardOutput.ReadToEndAsync(Timeout);
        await process.WaitForExitAsync(Timeout);

        Assert.NotEqual(0, process.ExitCode);
        Assert.DoesNotContain("listening on", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandLine_ProfileVariantAndQuota_SetTheBehaviour()
    {
        await using var emulator = await EmulatorProcess.StartAsync(new EmulatorStartOptions
        {
            Profile = EmulatorVariants.Lenient,
            Variants = new Dictionary<string, string> { [EmulatorVariants.ForceEcmp] = "only-hop", [EmulatorVariants.DeletedRowSeconds] = "4" },
            Quotas = new Dictionary<string, int> { ["DescribeVpcs"] = 30 },
        }, Timeout);

        var variants = await emulator.Admin.GetVariantsAsync(Timeout);
        var quotas = await emulator.Admin.GetQuotasAsync(Timeout);

        Assert.Equal(("lenient", "lenient", "only-hop", "4"), (variants.Profile, variants.Value(EmulatorVariants.Rules), variants.Value(EmulatorVariants.ForceEcmp), variants.Value(EmulatorVariants.DeletedRowSeconds)));
        Assert.Equal((30, 300), (quotas["DescribeVpcs"], quotas["DeleteRouterInterface"]));
    }

    [Fact]
    public async Task CommandLine_RandomProfile_SameSeedSamePicks()
    {
        var options = new EmulatorStartOptions { Profile = EmulatorVariants.Random, ProfileSeed = 11 };
        await using var first = await EmulatorProcess.StartAsync(options, Timeout);
        await using var second = await EmulatorProcess.StartAsync(options, Timeout);

        var a = await first.Admin.GetVariantsAsync(Timeout);
        var b = await second.Admin.GetVariantsAsync(Timeout);

        Assert.Equal(11, a.Seed);
        Assert.Equal(a.Variants.Select(v => v.Key + "=" + v.Value), b.Variants.Select(v => v.Key + "=" + v.Value));
    }

    [Fact]
    public async Task CommandLine_Help_ListsEveryVariantWithItsSource()
    {
        var startInfo = new ProcessStartInfo(RepoPaths.EmulatorBinary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add("--help");
        using var process = System.Diagnostics.Process.Start(startInfo)!;

        var help = await process.StandardOutput.ReadToEndAsync(Timeout);
        await process.WaitForExitAsync(Timeout);

        foreach (var name in new[]
        {
            EmulatorVariants.Rules, EmulatorVariants.ExpressConnectScope, EmulatorVariants.ExpressConnectActive, EmulatorVariants.DeactivatePeer,
            EmulatorVariants.DeletedRowSeconds, EmulatorVariants.DeleteListingLagSeconds, EmulatorVariants.CreateListingLagSeconds,
            EmulatorVariants.VpcDeleteTailSeconds, EmulatorVariants.FilterValueCap, EmulatorVariants.CrossAccountExpressConnect,
            EmulatorVariants.ExpressConnectBusyCodes, EmulatorVariants.UnlistedQuota, EmulatorVariants.ForceEcmp,
        })
        {
            Assert.Contains(name, help, StringComparison.Ordinal);
        }

        foreach (var unknown in Enumerable.Range(1, 10).Select(i => $"[B{i}]"))
        {
            Assert.Contains(unknown, help, StringComparison.Ordinal);
        }

        Assert.Contains("--profile", help, StringComparison.Ordinal);
        Assert.Contains("--quota", help, StringComparison.Ordinal);
        Assert.True(help.Split("Source:").Length > 13, "every variant names its source");
    }

    [Fact]
    public async Task CommandLine_TransitionOption_SetsTheTable()
    {
        await using var emulator = await EmulatorProcess.StartAsync(new EmulatorStartOptions { Transitions = new Dictionary<string, double> { ["Deleting"] = 7.5 } }, Timeout);

        var table = await emulator.Admin.SetTransitionsAsync(new Dictionary<string, double>(), Timeout);

        Assert.Equal(7.5, table["Deleting"]);
        Assert.Equal(2, table["Deactivating"]);
    }

    [Fact]
    public async Task Stop_Sigterm_ExitsCleanly()
    {
        var emulator = await EmulatorProcess.StartAsync(new EmulatorStartOptions(), Timeout);
        await using (emulator)
        {
            Assert.Equal(0, await emulator.StopAsync(Timeout));
            Assert.True(emulator.HasExited);
        }
    }
}
