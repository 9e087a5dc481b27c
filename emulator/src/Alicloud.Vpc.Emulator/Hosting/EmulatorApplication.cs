using System.Net;
using Alicloud.Vpc.Emulator.Actions;
using Alicloud.Vpc.Emulator.Admin;
using Alicloud.Vpc.Emulator.Faults;
using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Alicloud.Vpc.Emulator.Hosting;

/// <summary>Builds the web application: Kestrel on 127.0.0.1 only, the OpenAPI surface on "/", admin under /_emulator/.</summary>
internal static class EmulatorApplication
{
    public static WebApplication Build(EmulatorOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.ColorBehavior = LoggerColorBehavior.Disabled;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 2L * RequestLimits.MaxBodyBytes;
            kestrel.Limits.MaxRequestLineSize = RequestLimits.MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestLimits.MaxHeaderBytes;
        });

        AddEmulatorServices(builder.Services, options, timeProvider);

        var app = builder.Build();
        app.UseMiddleware<ErrorEnvelopeMiddleware>();
        app.MapEmulatorAdmin();
        app.Map("/", (HttpContext context, OpenApiHandler handler) =>
            HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsPost(context.Request.Method)
                ? handler.HandleAsync(context)
                : NotFoundAsync(context));
        // "{*path}", not the default "{*path:nonfile}": paths that look like files (/favicon.ico) get the envelope too
        app.MapFallback("{*path}", NotFoundAsync);
        return app;
    }

    public static void AddEmulatorServices(IServiceCollection services, EmulatorOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var durations = new TransitionDurations();
        durations.Apply(options.Transitions);
        var limits = new EmulatorLimits { Qps = options.Qps, RouterInterfacesPerRouter = options.RouterInterfacesPerRouter };
        IStatePersistence persistence = options.StateFile is { Length: > 0 } path ? new StateFilePersistence(path) : new NoStatePersistence();
        var behaviour = new Behaviour.EmulatorBehaviour();
        behaviour.Apply(options.Profile, options.ProfileSeed, options.Variants);
        var quotas = new ApiQuotas(behaviour, timeProvider);
        quotas.Apply(options.Quotas, ActionCatalog.All.Select(a => a.Name).ToArray());
        var credentials = new CredentialStore(options.CredentialsFile is { Length: > 0 } file ? CredentialStore.LoadFile(file) : []);

        services.AddSingleton(timeProvider);
        services.AddSingleton(durations);
        services.AddSingleton(limits);
        services.AddSingleton(persistence);
        services.AddSingleton(credentials);
        services.AddSingleton(behaviour);
        services.AddSingleton(quotas);
        services.AddSingleton<StateStore>();
        services.AddSingleton<NonceCache>();
        services.AddSingleton<RequestAuthenticator>();
        services.AddSingleton<AccessKeyRateLimiter>();
        services.AddSingleton(new FaultInjector(options.Seed));
        services.AddSingleton<RequestLog>();
        services.AddSingleton(sp => new ActionDispatcher(ActionCatalog.All, sp.GetRequiredService<StateStore>()));
        services.AddSingleton<OpenApiHandler>();
    }

    /// <summary>The base URL Kestrel actually bound (port 0 resolved).</summary>
    public static Uri BoundAddress(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = ((IApplicationBuilder)app).ServerFeatures.Get<IServerAddressesFeature>()?.Addresses ?? app.Urls;
        var uri = new Uri(addresses.First());
        return new Uri($"http://127.0.0.1:{uri.Port}");
    }

    private static Task NotFoundAsync(HttpContext context) =>
        ErrorEnvelope.WriteAsync(context, ApiErrors.InvalidActionNotFound(), IdGenerator.NewRequestId(), context.RequestAborted);
}
