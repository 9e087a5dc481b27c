using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alicloud.RouterInterface.Resources;

public static class ResourcesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the resource handlers (<see cref="IResourceHandler"/>) and their lifecycle services. Needs
    /// <see cref="IProviderContext"/> and <see cref="IResourceDiagnostics"/> (the protocol layer registers them) and
    /// logging; registers <see cref="TimeProvider.System"/> unless a TimeProvider is already registered.
    /// Tune waiting with <c>services.Configure&lt;LifecycleOptions&gt;(…)</c>; invalid options fail on first use.
    /// </summary>
    public static IServiceCollection AddRouterInterfaceResources(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
#pragma warning disable RS0030 // a composition root: the one place that picks the system clock
        services.TryAddSingleton(TimeProvider.System);
#pragma warning restore RS0030
        services.AddOptions<LifecycleOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LifecycleOptions>, LifecycleOptionsValidator>());
        services.TryAddSingleton(sp => new SharedPoller(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<LifecycleOptions>>().Value));
        services.TryAddSingleton(sp => new RouterInterfaceStatusPoller(
            sp.GetRequiredService<IProviderContext>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<LifecycleOptions>>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<RouterInterfaceStatusPoller>>(), sp.GetRequiredService<SharedPoller>()));
        services.TryAddSingleton<TransitionLearner>();
        services.TryAddSingleton<LearntTransitionKeeper>();
        services.TryAddSingleton(sp => new RouteTableReader(sp.GetRequiredService<IProviderContext>(), sp.GetRequiredService<SharedPoller>(), sp.GetRequiredService<IOptions<LifecycleOptions>>()));
        services.TryAddSingleton(sp => new RouteEntryLookup(sp.GetRequiredService<IProviderContext>(), sp.GetRequiredService<SharedPoller>(), sp.GetRequiredService<RouteTableReader>()));
        services.TryAddSingleton<RouteTableTurnLock>();
        services.TryAddSingleton<DeleteWayMemory>();
        services.TryAddSingleton<LifecycleServices>();
        services.TryAddSingleton<AccountIdLookup>();
        services.TryAddSingleton<PairConnector>();
        services.TryAddSingleton<InterfaceSettings>();
        services.TryAddSingleton<FastLinkCreation>();
        services.TryAddSingleton<RouterInterfaceCreator>();
        services.TryAddSingleton<RouterInterfaceReader>();
        services.TryAddSingleton<RouterInterfaceUpdater>();
        services.TryAddSingleton<RouterInterfaceDeleter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IResourceHandler, RouterInterfaceHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFunctionHandler, RouterInterface.Lookup.RouterInterfaceLookup>());
        return services;
    }
}
