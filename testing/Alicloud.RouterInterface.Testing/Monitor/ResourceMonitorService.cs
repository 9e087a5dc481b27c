using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// The <c>pulumirpc.ResourceMonitor</c> service of one operation, forwarding to its <see cref="ProgramDeployment"/>.
/// Invoke goes to the provider as the engine sends it. RPCs the harness does not model (Call, ReadResource, transforms, hooks, packages) answer UNIMPLEMENTED with
/// a message naming them, so a program that uses one fails visibly.
/// </summary>
internal sealed class ResourceMonitorService(MonitorBinding binding) : ResourceMonitor.ResourceMonitorBase
{
    public override Task<SupportsFeatureResponse> SupportsFeature(SupportsFeatureRequest request, ServerCallContext context)
    {
        binding.RecordFeatureQuery(request.Id);
        return Task.FromResult(new SupportsFeatureResponse { HasSupport = MonitorFeatures.Supports(request.Id) });
    }

    public override Task<RegisterResourceResponse> RegisterResource(RegisterResourceRequest request, ServerCallContext context) =>
        binding.Current.RegisterAsync(request);

    public override Task<Empty> RegisterResourceOutputs(RegisterResourceOutputsRequest request, ServerCallContext context)
    {
        binding.Current.RegisterOutputs(request);
        return Task.FromResult(new Empty());
    }

    // The engine answers once every step has run (source_eval.go, SignalAndWaitForShutdown). Each registration here
    // answers only after its step, and the SDK calls this after its last registration has answered.
    public override Task<Empty> SignalAndWaitForShutdown(Empty request, ServerCallContext context) => Task.FromResult(new Empty());

    public override Task<ResourceInvokeResponse> Invoke(ResourceInvokeRequest request, ServerCallContext context) =>
        binding.Current.InvokeAsync(request);

    public override Task<CallResponse> Call(ResourceCallRequest request, ServerCallContext context) =>
        throw NotModelled($"Call of {request.Tok}");

    public override Task<ReadResourceResponse> ReadResource(ReadResourceRequest request, ServerCallContext context) =>
        throw NotModelled($"ReadResource of {request.Type} {request.Name} (Resource.Get)");

    private static RpcException NotModelled(string what) =>
        new(new Status(StatusCode.Unimplemented, $"{what} is not modelled by the engine harness"));
}

/// <summary>Hands the gRPC service (created per call) the operation in progress, and records the SDK's feature queries.</summary>
internal sealed class MonitorBinding(ProgramDeployment deployment)
{
    private readonly HashSet<string> _features = new(StringComparer.Ordinal);

    public ProgramDeployment Current { get; } = deployment;

    public IReadOnlyList<string> FeatureQueries
    {
        get
        {
            lock (_features)
            {
                return [.. _features.Order(StringComparer.Ordinal)];
            }
        }
    }

    public void RecordFeatureQuery(string id)
    {
        lock (_features)
        {
            _features.Add(id);
        }
    }
}
