using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Tests.Shared;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.Reliability.Tests.Hostile;

/// <summary>
/// Many hostile inputs through the plugin's own host in this process (same gRPC path, interceptor and error mapping
/// as the binary, no process start): every answer is a clean rejection or a success, never a crash or a hang.
/// </summary>
public sealed class HostileProtocolInProcessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ResourceCalls_WithHostileInputs_AnswerCheckFailuresOrInvalidArgument()
    {
        using var deadline = TestBounds.Start(TimeSpan.FromMinutes(5));
        await using var plugin = await InProcessPlugin.StartAsync(deadline.Token);
        var suite = new HostileProtocolSuite(plugin.Client);

        await suite.CheckAsync(iterations: 1_500);
        await suite.DiffAsync(iterations: 500);
        await suite.PreviewCreateAsync(iterations: 500);

        output.WriteLine($"HOSTILE SUMMARY (in-process, Check/Diff/preview Create): {suite.Cases} hostile inputs, 0 crashes, 0 hangs");
        Assert.True(suite.Cases >= 2_500);
    }

    [Fact]
    public async Task ProviderCalls_WithHostileConfig_AnswerCheckFailuresOrInvalidArgumentWithoutSecrets()
    {
        using var deadline = TestBounds.Start(TimeSpan.FromMinutes(5));
        await using var plugin = await InProcessPlugin.StartAsync(deadline.Token);
        var suite = new HostileProtocolSuite(plugin.Client);

        await suite.CheckConfigAsync(iterations: 700);
        await suite.DiffConfigAsync(iterations: 300);
        await suite.ConfigureAsync(iterations: 700);

        output.WriteLine($"HOSTILE SUMMARY (in-process, CheckConfig/DiffConfig/Configure): {suite.Cases} hostile inputs, 0 crashes, 0 hangs, 0 secrets echoed");
        Assert.True(suite.Cases >= 1_700);
    }
}
