using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>The endpoint type the ResourceProvider methods are mapped under (the calls go to the one <see cref="ResourceProviderService"/>).</summary>
internal sealed class ResourceProviderEndpoint;

/// <summary>
/// Maps the generated ResourceProvider methods onto <see cref="ResourceProviderEndpoint"/>, each with the
/// <see cref="DeepRequests"/> request marshaller; the generated binding would use the default recursion limit and
/// offers no hook. The interceptors apply as to any gRPC method.
/// </summary>
internal sealed class ResourceProviderMethods(ResourceProviderService service) : IServiceMethodProvider<ResourceProviderEndpoint>
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<ResourceProviderEndpoint> context) =>
        ResourceProvider.BindService(new Binder(context), service);

    private sealed class Binder(ServiceMethodProviderContext<ResourceProviderEndpoint> context) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
        {
            ArgumentNullException.ThrowIfNull(handler);
            context.AddUnaryMethod(DeepRequests.WithDeepRequests(method), [], (_, request, call) => handler(request, call));
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
        {
            ArgumentNullException.ThrowIfNull(handler);
            context.AddServerStreamingMethod(DeepRequests.WithDeepRequests(method), [], (_, request, stream, call) => handler(request, stream, call));
        }
    }
}
