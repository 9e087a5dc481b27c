using System.Diagnostics;
using System.Text.Json;
using Alicloud.RouterInterface.Testing;
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

    private async Task RunScenarioAsync(string mode)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var startInfo = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add("sdk-scenario.cjs");
        startInfo.ArgumentList.Add(_fixture.Process.Endpoint);
        startInfo.ArgumentList.Add(mode);
        using var node = System.Diagnostics.Process.Start(startInfo)!;
        var stdout = node.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = node.StandardError.ReadToEndAsync(timeout.Token);
        await node.WaitForExitAsync(timeout.Token);

        Assert.True(node.ExitCode == 0, await stderr);
        using var result = JsonDocument.Parse(await stdout);
        var root = result.RootElement;
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
