using Microsoft.Extensions.DependencyInjection;

namespace Alicloud.RouterInterface.Resources;

public static class ResourcesServiceCollectionExtensions
{
    /// <summary>Registers the resource handlers (<see cref="Abstractions.IResourceHandler"/>) and their lifecycle services.</summary>
    public static IServiceCollection AddRouterInterfaceResources(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services;
    }
}
