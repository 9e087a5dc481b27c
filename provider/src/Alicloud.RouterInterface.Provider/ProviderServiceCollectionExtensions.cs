using Alicloud.RouterInterface.Provider.Configuration;
using Alicloud.RouterInterface.Provider.Hosting;
using Alicloud.RouterInterface.Provider.Protocol;
using Alicloud.RouterInterface.Resources;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Budget;
using Grpc.AspNetCore.Server.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Provider;

/// <summary>The plugin's composition: gRPC with the error boundary, protocol services, configuration and the resources.</summary>
internal static class ProviderServiceCollectionExtensions
{
    public static IServiceCollection AddRouterInterfaceProvider(this IServiceCollection services, HostingOptions hosting)
    {
        services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = hosting.MaxMessageSize;
            grpc.MaxSendMessageSize = hosting.MaxMessageSize;
            grpc.EnableDetailedErrors = false;
            grpc.Interceptors.Add<ExceptionInterceptor>();
        });

#pragma warning disable RS0030 // a composition root: the one place that picks the system clock
        services.TryAddSingleton(TimeProvider.System);
#pragma warning restore RS0030
        services.TryAddSingleton(hosting);
        services.TryAddSingleton(new OperationOptions());
        services.TryAddSingleton(new PropertyMarshallingOptions());
        services.TryAddSingleton(VpcClientOptions.Default);
        services.TryAddSingleton(sp =>
        {
            var loggers = sp.GetRequiredService<ILoggerFactory>();
            var account = RequestBudget.FromEnvironment(Environment.GetEnvironmentVariable, loggers.CreateLogger(typeof(RequestBudget)));
            return ApiQuotaSettings.FromEnvironment(
                VpcQuotaOptions.Default with { Account = account }, Environment.GetEnvironmentVariable, loggers.CreateLogger(typeof(ApiQuotaSettings)));
        });
        services.TryAddSingleton(_ => VpcClientSettingsResolver.ForCurrentProcess());

        services.AddSingleton<ResourceProviderService>();
        services.AddSingleton<ResourceProviderEndpoint>();
        services.AddSingleton<IServiceMethodProvider<ResourceProviderEndpoint>, ResourceProviderMethods>();
        services.AddSingleton<EngineConnection>();
        services.AddSingleton<OperationCancellation>();
        services.AddSingleton<PropertyStructConverter>();
        services.AddSingleton<ErrorMapping>();
        services.AddSingleton<ExceptionInterceptor>();
        services.AddSingleton<ResourceHandlerRegistry>();
        services.AddSingleton<ProviderConfigReader>();
        services.AddSingleton<ProviderConfigurator>();
        services.AddSingleton<VpcClientConnector>();
        services.AddSingleton<EngineBudgetWarnings>();
        services.AddSingleton<ProviderContext>();
        services.AddSingleton<IProviderContext>(sp => sp.GetRequiredService<ProviderContext>());
        services.AddSingleton<IResourceDiagnostics, EngineDiagnostics>();

        services.AddRouterInterfaceResources();
        return services;
    }
}
