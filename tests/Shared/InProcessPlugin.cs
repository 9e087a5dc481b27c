extern alias ProviderAssembly;

using Alicloud.RouterInterface.Testing.Engine;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Pulumirpc;
using ProviderAssembly::Alicloud.RouterInterface.Provider.Hosting;

namespace Alicloud.RouterInterface.Tests.Shared;

/// <summary>
/// The plugin's own host (same composition, interceptor and error mapping as the binary, plus test services such as a
/// Moq'd resource handler) inside the test process on a loopback port, talking to a recording fake engine: the same
/// gRPC path as the binary without a process start per case. One source, compiled into each test project that hosts
/// the plugin in process (it needs the provider assembly, which the test kit does not reference).
/// </summary>
internal sealed class InProcessPlugin : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GrpcChannel _channel;

    private InProcessPlugin(WebApplication app, GrpcChannel channel, FakeEngineServer engine)
    {
        _app = app;
        _channel = channel;
        Engine = engine;
        Client = new ResourceProvider.ResourceProviderClient(channel);
    }

    public FakeEngineServer Engine { get; }

    public ResourceProvider.ResourceProviderClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static Task<InProcessPlugin> StartAsync(CancellationToken cancellationToken) => StartAsync(_ => { }, cancellationToken);

    public static async Task<InProcessPlugin> StartAsync(Action<IServiceCollection> configureServices, CancellationToken cancellationToken)
    {
        var engine = await FakeEngineServer.StartAsync(cancellationToken);
        var app = ProviderHost.Build(new ProviderArguments(engine.Address, 0, false, null, []), new HostingOptions(), configureServices);
        await app.StartAsync(cancellationToken);
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{ProviderHost.BoundPort(app)}", new GrpcChannelOptions
        {
            MaxReceiveMessageSize = PluginProcess.MaxMessageSize,
            MaxSendMessageSize = PluginProcess.MaxMessageSize,
        });
        return new InProcessPlugin(app, channel, engine);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
