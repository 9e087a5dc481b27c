extern alias ProviderAssembly;

using Alicloud.RouterInterface.Testing.Engine;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Pulumirpc;
using ProviderAssembly::Alicloud.RouterInterface.Provider.Hosting;

namespace Alicloud.RouterInterface.Provider.Tests.Support;

/// <summary>
/// The plugin's host built in this process (same composition as the binary, plus test services such as a Moq'd
/// resource handler), on a loopback port, talking to a recording fake engine.
/// </summary>
internal sealed class InProcessProvider : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GrpcChannel _channel;

    private InProcessProvider(WebApplication app, GrpcChannel channel, FakeEngineServer engine)
    {
        _app = app;
        _channel = channel;
        Engine = engine;
        Client = new ResourceProvider.ResourceProviderClient(channel);
    }

    public FakeEngineServer Engine { get; }

    public ResourceProvider.ResourceProviderClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<InProcessProvider> StartAsync(Action<IServiceCollection> configureServices, CancellationToken cancellationToken)
    {
        var engine = await FakeEngineServer.StartAsync(cancellationToken);
        var app = ProviderHost.Build(new ProviderArguments(engine.Address, 0, false, null, []), new HostingOptions(), configureServices);
        await app.StartAsync(cancellationToken);
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{ProviderHost.BoundPort(app)}");
        return new InProcessProvider(app, channel, engine);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
