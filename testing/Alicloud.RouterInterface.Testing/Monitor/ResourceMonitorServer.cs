using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// A real <c>pulumirpc.ResourceMonitor</c> gRPC server on 127.0.0.1 (free port, plaintext HTTP/2) for one operation,
/// like the monitor the engine starts for each update (<c>source_eval.go</c>, <c>newResourceMonitor</c>).
/// </summary>
internal sealed class ResourceMonitorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ResourceMonitorServer(WebApplication app, MonitorBinding binding, int port)
    {
        _app = app;
        Binding = binding;
        Port = port;
    }

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    public MonitorBinding Binding { get; }

    public static async Task<ResourceMonitorServer> StartAsync(ProgramDeployment deployment, CancellationToken cancellationToken)
    {
        var binding = new MonitorBinding(deployment);
        var (app, port) = await LoopbackGrpcServer.StartAsync(
            services => services.AddSingleton(binding),
            app => app.MapGrpcService<ResourceMonitorService>(),
            cancellationToken);
        return new ResourceMonitorServer(app, binding, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
