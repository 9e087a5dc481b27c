using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Destroy;

/// <summary>
/// Two plugin processes of one user on one account destroying at once (two stacks torn down in parallel CI jobs on one
/// runner): they share one call budget through the budget folder, so the account's limit holds for both together,
/// and a later process starts from the transition times an earlier one kept there (issue 26).
/// </summary>
public sealed class DestroySharedBudgetTests(FastEmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<FastEmulatorFixture>, IDisposable
{
    private const int PairsPerStack = 3;
    private const int Limit = 4; // the emulator's calls per second for the account
    private const int Budget = 3; // each plugin's: two on their own budgets would send up to 2 × 3 a second, one shared budget 3 (room for jitter)
    private readonly string _budgetFolder = Path.Combine(Path.GetTempPath(), "ri-e2e-budget-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_budgetFolder))
        {
            Directory.Delete(_budgetFolder, recursive: true);
        }
    }

    [Fact]
    public async Task Destroy_TwoPluginProcessesOfOneAccount_ShareOneBudgetAndMeetNoThrottling()
    {
        using var test = TestBounds.Start();
        var environment = new Dictionary<string, string?>
        {
            ["ALICLOUD_ROUTERINTERFACE_REQUESTS_PER_SECOND"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ALICLOUD_ROUTERINTERFACE_BUDGET_DIR"] = _budgetFolder,
        };
        await using var first = await fixture.StartEngineAsync(test.Token, new PulumiEngineOptions { PluginEnvironment = environment });
        await using var second = await fixture.StartEngineAsync(test.Token, new PulumiEngineOptions { PluginEnvironment = environment });
        var ids = new List<string>();
        foreach (var (engine, stack) in new[] { (first, "a"), (second, "b") })
        {
            var declarations = new List<ResourceDeclaration>();
            for (var i = 0; i < PairsPerStack; i++)
            {
                var home = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
                var remote = await fixture.Cloud.NewRouterAsync(Regions.Remote, test.Token);
                var acceptor = await fixture.Cloud.CreateAcceptorAsync(remote, Regions.Home, $"peer-{stack}{i}", test.Token);
                ids.Add(acceptor);
                declarations.Add(Declarations.Initiator($"link-{stack}{i}", home.RouterId, acceptor, Regions.Remote, connect: true));
            }

            var up = await engine.UpAsync(new StackProgram([.. declarations]), parallel: PairsPerStack, cancellationToken: test.Token);
            Assert.True(up.Succeeded, up.ToString());
            ids.AddRange(engine.State.Resources.Select(r => r.Id));
        }

        await fixture.Admin.SetLimitsAsync(new EmulatorLimitSettings(Qps: Limit), test.Token);
        try
        {
            var requests = await fixture.MarkRequestsAsync(test.Token);

            var destroys = await Task.WhenAll(
                first.DestroyAsync(parallel: PairsPerStack, cancellationToken: test.Token),
                second.DestroyAsync(parallel: PairsPerStack, cancellationToken: test.Token));

            foreach (var destroy in destroys)
            {
                output.WriteLine(destroy.Render());
                Assert.True(destroy.Succeeded, destroy.ToString());
                Assert.DoesNotContain(destroy.Logs, l => l.Message.Contains("call budget", StringComparison.Ordinal)); // the folder was trusted
            }

            CloudAssert.Gone(await fixture.StateAsync(test.Token), [.. ids]);
            var log = await requests.ReadAsync(test.Token);
            var busiest = log.Max(r => log.Count(o => o.Time >= r.Time && o.Time < r.Time.AddSeconds(1)));
            output.WriteLine($"{log.Count} calls, at most {busiest} in one second; budget files: {string.Join(", ", Directory.GetFiles(_budgetFolder).Select(Path.GetFileName))}");
            // Two budgets of 3/s against the emulator's 4/s meet Throttling.User (checked with the folder "off"); one shared
            // budget never does. The busiest second at the emulator is only printed: arrival jitter on a loaded machine
            // can put a fourth or fifth call into one second without the emulator's bucket (4 + 4/s) refusing any.
            Assert.DoesNotContain(log, r => r.Code is { } code && code.Contains("Throttling", StringComparison.Ordinal));
            var file = Assert.Single(Directory.GetFiles(_budgetFolder, "grants-*"));
            Assert.DoesNotContain(EmulatorCredentials.Dev.AccessKeyId, await File.ReadAllTextAsync(file, test.Token), StringComparison.Ordinal);
        }
        finally
        {
            using var restore = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await fixture.Admin.SetLimitsAsync(new EmulatorLimitSettings(Qps: 0), restore.Token);
        }
    }

    /// <summary>A budget folder another user could write to (issue 22): one warning in the engine's log, and the destroy goes on.</summary>
    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Destroy_BudgetFolderWritableByEveryone_WarnsOnceInTheEngineLogAndStillDestroys()
    {
        using var test = TestBounds.Start();
        Directory.CreateDirectory(_budgetFolder);
        File.SetUnixFileMode(_budgetFolder, (UnixFileMode)0x1FF); // 0777
        var environment = new Dictionary<string, string?> { ["ALICLOUD_ROUTERINTERFACE_BUDGET_DIR"] = _budgetFolder };
        await using var engine = await fixture.StartEngineAsync(test.Token, new PulumiEngineOptions { PluginEnvironment = environment });
        var home = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
        var remote = await fixture.Cloud.NewRouterAsync(Regions.Remote, test.Token);
        var acceptor = await fixture.Cloud.CreateAcceptorAsync(remote, Regions.Home, "peer-open", test.Token);
        var up = await engine.UpAsync(new StackProgram(Declarations.Initiator("link-open", home.RouterId, acceptor, Regions.Remote, connect: false)), cancellationToken: test.Token);
        Assert.True(up.Succeeded, up.ToString());

        var destroy = await engine.DestroyAsync(cancellationToken: test.Token);

        Assert.True(destroy.Succeeded, destroy.ToString());
        // once per plugin process: the harness starts one for the up and one for the destroy, as the CLI does
        Assert.Single(up.Logs, l => l.Message.Contains("call budget", StringComparison.Ordinal));
        var warning = Assert.Single(destroy.Logs, l => l.Message.Contains("call budget", StringComparison.Ordinal));
        Assert.Equal(Pulumirpc.LogSeverity.Warning, warning.Severity);
        Assert.Contains(_budgetFolder, warning.Message, StringComparison.Ordinal);
        Assert.Contains("its mode is 777", warning.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_budgetFolder));
    }

    /// <summary>Issue 26: a process's first delete does not look often while it learns what an earlier one kept.</summary>
    [Fact]
    public async Task Destroy_SecondPluginProcessWithTheSameBudgetFolder_LooksLessOftenThanTheFirst()
    {
        using var test = TestBounds.Start();
        var environment = new Dictionary<string, string?> { ["ALICLOUD_ROUTERINTERFACE_BUDGET_DIR"] = _budgetFolder };
        // long enough that a process without learnt times looks several times in each (1 s, then growing)
        await using var slow = await fixture.SlowDownAsync(
            new Dictionary<string, double> { [EmulatorTransitions.Deactivating] = 3, [EmulatorTransitions.Deleting] = 3 }, test.Token);
        var looks = new List<int>();
        foreach (var name in new[] { "first", "second" })
        {
            // the harness starts one plugin process for the up and one for the destroy, as the CLI does
            await using var engine = await fixture.StartEngineAsync(test.Token, new PulumiEngineOptions { PluginEnvironment = environment });
            var home = await fixture.Cloud.NewRouterAsync(Regions.Home, test.Token);
            var remote = await fixture.Cloud.NewRouterAsync(Regions.Remote, test.Token);
            var acceptor = await fixture.Cloud.CreateAcceptorAsync(remote, Regions.Home, $"peer-{name}", test.Token);
            var up = await engine.UpAsync(new StackProgram(Declarations.Initiator($"link-{name}", home.RouterId, acceptor, Regions.Remote, connect: true)), cancellationToken: test.Token);
            Assert.True(up.Succeeded, up.ToString());
            var requests = await fixture.MarkRequestsAsync(test.Token);

            var destroy = await engine.DestroyAsync(cancellationToken: test.Token);

            output.WriteLine(destroy.Render());
            Assert.True(destroy.Succeeded, destroy.ToString());
            looks.Add((await requests.ReadAsync(test.Token)).Count(r => r.Action == "DescribeRouterInterfaces"));
        }

        output.WriteLine($"DescribeRouterInterfaces calls: first destroy {looks[0]}, second {looks[1]}");
        Assert.True(looks[1] < looks[0], $"the second process looked {looks[1]} times, the first {looks[0]}");
        Assert.Single(Directory.GetFiles(_budgetFolder, "transitions-*"));
    }
}
