using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Pulumirpc;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>The real plugin binary, started like the engine starts it, with a recording fake engine, for raw gRPC calls.</summary>
internal sealed class RealPlugin : IAsyncDisposable
{
    private RealPlugin(FakeEngineServer engine, PluginProcess process)
    {
        Engine = engine;
        Process = process;
    }

    public FakeEngineServer Engine { get; }

    public PluginProcess Process { get; }

    public ResourceProvider.ResourceProviderClient Client => Process.Client;

    public static async Task<RealPlugin> StartAsync(CancellationToken cancellationToken, IReadOnlyList<string>? arguments = null)
    {
        var engine = await FakeEngineServer.StartAsync(cancellationToken);
        try
        {
            var process = await PluginProcess.StartAsync(
                new PluginLaunchOptions { BinaryPath = RepoPaths.PluginBinary, EngineAddress = engine.Address, Arguments = arguments ?? [] },
                cancellationToken);
            return new RealPlugin(engine, process);
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
