using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.Reliability.Tests.Hostile;

/// <summary>
/// A bounded number of hostile inputs through the real plugin binary over gRPC (launched like the engine launches
/// it): clean answers only, and afterwards the process still runs, answers, and its stderr holds no secret.
/// </summary>
public sealed class HostilePluginBinaryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RealPlugin_UnderHostileInputs_AnswersCleanlyAndStaysUp()
    {
        using var deadline = TestBounds.Start(TimeSpan.FromMinutes(5));
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token, options => options with { Arguments = ["-v=9"] });
        var suite = new HostileProtocolSuite(plugin.Client);

        await suite.CheckAsync(iterations: 200);
        await suite.DiffAsync(iterations: 60);
        await suite.PreviewCreateAsync(iterations: 60);
        await suite.CheckConfigAsync(iterations: 80);
        await suite.DiffConfigAsync(iterations: 40);
        await suite.ConfigureAsync(iterations: 80);

        var info = await plugin.Client.GetPluginInfoAsync(new Empty(), deadline: DateTime.UtcNow + TestBounds.Call);
        output.WriteLine($"HOSTILE SUMMARY (plugin binary): {suite.Cases} hostile inputs, 0 crashes, 0 hangs; still running (version {info.Version})");
        Assert.False(plugin.Plugin.HasExited);
        Assert.DoesNotContain(LeakCheckKeys.SecretMarker, plugin.Plugin.StandardError, StringComparison.Ordinal);
    }
}
