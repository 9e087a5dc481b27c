using Alicloud.RouterInterface.Testing;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>The real plugin binary, started as the engine starts it, against a recording fake engine, for raw protocol calls.</summary>
public sealed class PluginUnderTest : IAsyncDisposable
{
    private PluginUnderTest(FakeEngineServer engine, PluginProcess plugin)
    {
        Engine = engine;
        Plugin = plugin;
    }

    public FakeEngineServer Engine { get; }

    public PluginProcess Plugin { get; }

    public ResourceProvider.ResourceProviderClient Client => Plugin.Client;

    public static async Task<PluginUnderTest> StartAsync(CancellationToken cancellationToken, Func<PluginLaunchOptions, PluginLaunchOptions>? customize = null)
    {
        var engine = await FakeEngineServer.StartAsync(cancellationToken);
        try
        {
            var options = new PluginLaunchOptions { BinaryPath = RepoPaths.PluginBinary, EngineAddress = engine.Address };
            var plugin = await PluginProcess.StartAsync(customize?.Invoke(options) ?? options, cancellationToken);
            return new PluginUnderTest(engine, plugin);
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Plugin.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
