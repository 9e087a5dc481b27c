using System.Globalization;
using Alicloud.RouterInterface.Provider.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Tests.Plugin;

/// <summary>The real binary, started as the engine starts it (§2 of the protocol sheet).</summary>
public sealed class PluginLaunchTests
{
    [Fact]
    public async Task Start_AsTheEngineDoes_WritesOnlyThePortLine()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);

        var info = await plugin.Client.GetPluginInfoAsync(new Empty(), cancellationToken: deadline.Token);
        var exit = await plugin.Plugin.InterruptAsync(deadline.Token);

        Assert.False(string.IsNullOrEmpty(info.Version));
        Assert.Equal(plugin.Plugin.Port.ToString(CultureInfo.InvariantCulture) + "\n", plugin.Plugin.StandardOutput);
        Assert.True(exit.ExitedWithinGrace);
    }

    [Fact]
    public async Task Start_WithVerboseLogging_StdoutStillHoldsOnlyThePortLine()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token, options => options with { Arguments = ["--logtostderr", "-v=9"] });
        var client = plugin.Client;

        // Calls that succeed, fail and log: nothing of it may reach stdout.
        await client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = plugin.Engine.Address }, cancellationToken: deadline.Token);
        await client.GetSchemaAsync(new GetSchemaRequest(), cancellationToken: deadline.Token);
        await client.CheckConfigAsync(new CheckRequest { News = PropertyValues.Object(("bogus", "x")) }, cancellationToken: deadline.Token);
        await Assert.ThrowsAsync<RpcException>(async () => await client.ConfigureAsync(new ConfigureRequest(), cancellationToken: deadline.Token));
        await Assert.ThrowsAsync<RpcException>(async () => await client.CheckAsync(new CheckRequest { Type = "nope:index:Nope", Urn = "urn:pulumi:dev::p::nope:index:Nope::n" }, cancellationToken: deadline.Token));
        await client.CancelAsync(new Empty(), cancellationToken: deadline.Token);
        var exit = await plugin.Plugin.InterruptAsync(deadline.Token);

        Assert.Equal(plugin.Plugin.Port.ToString(CultureInfo.InvariantCulture) + "\n", plugin.Plugin.StandardOutput);
        Assert.Contains("pulumirpc.ResourceProvider", plugin.Plugin.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, exit.ExitCode);
    }

    [Fact]
    public async Task Interrupt_AfterCancel_ExitsCleanlyWithinTheGracePeriod()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        await plugin.Client.CancelAsync(new Empty(), cancellationToken: deadline.Token);

        var exit = await plugin.Plugin.InterruptAsync(deadline.Token);

        Assert.True(exit.InterruptSent);
        Assert.True(exit.ExitedWithinGrace);
        Assert.False(exit.Killed);
        Assert.Equal(0, exit.ExitCode);
    }

    [Fact]
    public async Task Start_WithTwoPositionalArguments_ExitsWithoutAPort()
    {
        using var deadline = TestBounds.Start();

        var error = await Assert.ThrowsAsync<PluginLaunchException>(() => PluginProcess.StartAsync(
            new PluginLaunchOptions { BinaryPath = RepoPaths.PluginBinary, EngineAddress = "127.0.0.1:2", Arguments = ["127.0.0.1:1"] },
            deadline.Token));

        Assert.Contains("positional", error.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttachMode_NoArguments_ServesSeveralEngineRunsAfterAttach()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginProcess.StartAsync(new PluginLaunchOptions { BinaryPath = RepoPaths.PluginBinary, EngineAddress = null }, deadline.Token);
        await using var engine = await PulumiEngine.StartAsync(new PulumiEngineOptions { AttachAddress = plugin.Address }, deadline.Token);

        // Each engine run attaches, works, then sends Cancel; the attached plugin must survive and serve the next run.
        for (var run = 0; run < 2; run++)
        {
            await using var session = await engine.OpenSessionAsync(deadline.Token);
            var check = await session.Client.CheckConfigAsync(new CheckRequest { News = PropertyValues.Object(("region", "cn-hangzhou")) }, cancellationToken: deadline.Token);
            Assert.Empty(check.Failures);
            Assert.Null(session.Plugin);
            Assert.True(session.Handshake!.AcceptSecrets);
        }

        Assert.False(plugin.HasExited);
        Assert.Equal(plugin.Port.ToString(CultureInfo.InvariantCulture) + "\n", plugin.StandardOutput);
    }
}
