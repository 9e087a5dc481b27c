using System.Net;
using Alicloud.RouterInterface.Testing.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Testing;

/// <summary>
/// A gRPC server on 127.0.0.1, a free port, plaintext HTTP/2 and the engine's 400 MiB message limits, no logging: how
/// the engine serves its services (the engine service to plugins, the resource monitor to programs).
/// </summary>
internal static class LoopbackGrpcServer
{
    /// <summary>Starts the server; <paramref name="services"/> registers what the gRPC services need, <paramref name="map"/> maps them.</summary>
    public static async Task<(WebApplication App, int Port)> StartAsync(Action<IServiceCollection> services, Action<WebApplication> map, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddRouting();
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = PluginProcess.MaxMessageSize;
            grpc.MaxSendMessageSize = PluginProcess.MaxMessageSize;
        });
        services(builder.Services);
        var app = builder.Build();
        app.UseRouting();
        map(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address).Port);
    }
}
