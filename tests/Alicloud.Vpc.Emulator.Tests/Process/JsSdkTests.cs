using System.Diagnostics;
using System.Text.Json;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Emulator.Tests.Support;

namespace Alicloud.Vpc.Emulator.Tests.Process;

/// <summary>Skips itself unless <c>npm install</c> was run in tests/Alicloud.Vpc.Emulator.Tests/JsSdk and node is on PATH.</summary>
public sealed class JsSdkFactAttribute : FactAttribute
{
    public JsSdkFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(JsSdkTests.Folder, "node_modules", "@alicloud", "vpc20160428")))
        {
            Skip = "Optional: run `npm install` in tests/Alicloud.Vpc.Emulator.Tests/JsSdk to check the official JS SDK against the emulator.";
        }
    }
}

/// <summary>A theory that skips like <see cref="JsSdkFactAttribute"/>.</summary>
public sealed class JsSdkTheoryAttribute : TheoryAttribute
{
    public JsSdkTheoryAttribute()
    {
        Skip = new JsSdkFactAttribute().Skip;
    }
}

/// <summary>The official Alibaba Cloud VPC SDK (@alicloud/vpc20160428 7.3.2) cannot tell the emulator from the real endpoint.</summary>
public sealed class JsSdkTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public JsSdkTests(EmulatorFixture fixture) => _fixture = fixture;

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Alicloud.Vpc.Emulator.Tests", "JsSdk");

    [JsSdkFact]
    public async Task OfficialSdk_DefaultV3Signature_RunsTheScenario() => await RunScenarioAsync("v3");

    [JsSdkFact]
    public async Task OfficialSdk_V2HmacSha1Signature_RunsTheScenario() => await RunScenarioAsync("v2");

    [JsSdkTheory]
    [InlineData("v3")]
    [InlineData("v2")]
    public async Task OfficialSdk_AgainstTheStrictDefault_MeetsEveryDocumentedRefusal(string mode)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var emulator = await EmulatorProcess.StartAsync(
            new EmulatorStartOptions { Transitions = new Dictionary<string, double> { [EmulatorTransitions.All] = 0, [EmulatorTransitions.RouteEntryPending] = 60 } },
            timeout.Token);

        var root = await RunNodeAsync("sdk-strict.cjs", emulator.Endpoint, mode, timeout.Token);

        Assert.Equal("IncorrectOppositeInterfaceInfo.NotSet", root.GetProperty("connectWithoutOwner").GetString());
        Assert.Equal("IncorrectRole.NotInitiatingSide", root.GetProperty("connectOnAcceptor").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("connect").ValueKind);
        Assert.Equal("IncorrectRIStatus", root.GetProperty("connectNotIdle").GetString());
        Assert.Equal("Forbidden.OnlyOneConnection", root.GetProperty("secondPair").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("firstRoute").ValueKind);
        Assert.Equal("TaskConflict", root.GetProperty("secondRouteWhilePending").GetString());
        Assert.Equal("Forbbiden.InvaildOwner", root.GetProperty("deactivateForeign").GetString());
    }

    private static async Task<JsonElement> RunNodeAsync(string script, string endpoint, string mode, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add(script);
        startInfo.ArgumentList.Add(endpoint);
        startInfo.ArgumentList.Add(mode);
        using var node = System.Diagnostics.Process.Start(startInfo)!;
        var stdout = node.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = node.StandardError.ReadToEndAsync(cancellationToken);
        await node.WaitForExitAsync(cancellationToken);

        Assert.True(node.ExitCode == 0, await stderr);
        using var result = JsonDocument.Parse(await stdout);
        return result.RootElement.Clone();
    }

    private async Task RunScenarioAsync(string mode)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var root = await RunNodeAsync("sdk-scenario.cjs", _fixture.Process.Endpoint, mode, timeout.Token);
        Assert.Contains("cn-hangzhou", root.GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
        Assert.StartsWith("ri-", root.GetProperty("routerInterfaceId").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, root.GetProperty("listed").GetProperty("totalCount").GetInt32());
        Assert.Equal("Idle", root.GetProperty("listed").GetProperty("status").GetString());
        Assert.Equal("AfterPay", root.GetProperty("listed").GetProperty("chargeType").GetString());
        Assert.Equal(2000, root.GetProperty("listed").GetProperty("bandwidth").GetInt32());
        Assert.Equal("InvalidRouterInterfaceId.NotFound", root.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(404, root.GetProperty("error").GetProperty("statusCode").GetInt32());
    }
}
