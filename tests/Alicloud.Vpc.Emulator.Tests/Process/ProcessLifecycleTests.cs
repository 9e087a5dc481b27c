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
        var options = new EmulatorStartOptions { StateFile = stateFile, Transitions = EmulatorTransitions.Instant };
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
