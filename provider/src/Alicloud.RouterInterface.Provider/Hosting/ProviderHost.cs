using System.Globalization;
using System.Net;
using Alicloud.RouterInterface.Provider.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Alicloud.RouterInterface.Provider.Hosting;

/// <summary>
/// Runs the plugin the way the engine expects: gRPC over plaintext HTTP/2 on 127.0.0.1 with a free port, the port
/// written to stdout as <c>&lt;port&gt;\n</c> (the only stdout output ever), every log on stderr, and a clean exit on
/// SIGINT/SIGTERM well inside the engine's 5 s grace period.
/// </summary>
internal static class ProviderHost
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // Before anything touches Console: its first use sets up the runtime's signal handling.
        InterruptSignal.EnsureDelivered();

        // From here on stray console output lands on stderr; only the handshake writer below reaches stdout.
        var handshakeOut = Console.Out; // allowed: kept only for the handshake line
        Console.SetOut(Console.Error);

        ProviderArguments arguments;
        try
        {
            arguments = ProviderArguments.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync($"pulumi-resource-alicloud-routerinterface: {exception.Message}");
            return 2;
        }

        await using var app = Build(arguments, new HostingOptions());
        await app.StartAsync(cancellationToken);
        var port = BoundPort(app);
        handshakeOut.Write(port.ToString(CultureInfo.InvariantCulture) + "\n"); // allowed: handshake
        handshakeOut.Flush();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Alicloud.RouterInterface.Provider");
        HostingLog.Listening(logger, ProviderVersion.Current, port, arguments.EngineAddress ?? "(attach mode: waiting for Attach)");
        if (arguments.IgnoredOptions.Count > 0)
        {
            HostingLog.IgnoredOptions(logger, string.Join(' ', arguments.IgnoredOptions));
        }

        await app.WaitForShutdownAsync(cancellationToken);
        // What the process spent on memory (for `-v=1` diagnosis of peak RSS; see bench/README.md).
        var memory = GC.GetGCMemoryInfo();
        HostingLog.Stopped(logger, memory.HeapSizeBytes / 1048576.0, memory.TotalCommittedBytes / 1048576.0, GC.GetTotalAllocatedBytes() / 1048576.0,
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalMilliseconds);
        return 0;
    }

    /// <summary>Builds the host (not started); tests host it in-process with their own services.</summary>
    public static WebApplication Build(ProviderArguments arguments, HostingOptions options, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(ProviderHost).Assembly.GetName().Name });

        // Nothing from appsettings, environment or command line may reconfigure the host.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LevelFor(arguments));
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.ColorBehavior = LoggerColorBehavior.Disabled;
            console.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.Http2.MaxStreamsPerConnection = options.MaxConcurrentStreams;

            // The engine holds one HTTP/2 connection for the plugin's life (pkg/resource/plugin/plugin.go) and may leave it
            // idle for minutes (a long wait elsewhere in the deployment); Kestrel's default would close it after 130 s.
            kestrel.Limits.KeepAliveTimeout = options.IdleConnectionTimeout;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddRouting();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        builder.Services.AddRouterInterfaceProvider(options);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        if (arguments.EngineAddress is { } engineAddress)
        {
            app.Services.GetRequiredService<EngineConnection>().SetAddress(engineAddress);
        }

        app.UseRouting();
        app.MapGrpcService<ResourceProviderEndpoint>();
        return app;
    }

    /// <summary>The port Kestrel actually bound (we asked for port 0).</summary>
    public static int BoundPort(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server reports no addresses.");
        var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("The server is not listening.");
        return new Uri(address).Port;
    }

    private static LogLevel LevelFor(ProviderArguments arguments) => arguments.Verbosity switch
    {
        >= 9 => LogLevel.Trace,
        >= 5 => LogLevel.Debug,
        >= 1 => LogLevel.Information,
        _ => LogLevel.Warning,
    };
}
