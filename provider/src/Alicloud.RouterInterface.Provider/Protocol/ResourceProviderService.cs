using Alicloud.RouterInterface.Provider.Configuration;
using Alicloud.RouterInterface.Provider.Hosting;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>
/// The <c>pulumirpc.ResourceProvider</c> service: decodes each request into domain terms, dispatches resource calls
/// to the <see cref="IResourceHandler"/> of the type token, and encodes the answer. Errors are mapped once, by
/// <see cref="ExceptionInterceptor"/>; RPCs not overridden here answer UNIMPLEMENTED.
/// </summary>
internal sealed class ResourceProviderService(
    ResourceHandlerRegistry handlers,
    IEnumerable<IFunctionHandler> functions,
    PropertyStructConverter converter,
    ProviderConfigurator configurator,
    OperationCancellation cancellation,
    EngineConnection engine,
    ILogger<ResourceProviderService> logger) : ResourceProvider.ResourceProviderBase
{
    // Handshake and Configure must declare the same capabilities.
    private const bool AcceptSecrets = true;
    private const bool AcceptResources = true;

    public override Task<ProviderHandshakeResponse> Handshake(ProviderHandshakeRequest request, ServerCallContext context)
    {
        if (!string.IsNullOrEmpty(request.EngineAddress))
        {
            engine.SetAddress(request.EngineAddress);
        }

        return Task.FromResult(new ProviderHandshakeResponse { AcceptSecrets = AcceptSecrets, AcceptResources = AcceptResources });
    }

    public override Task<Empty> Attach(PluginAttach request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Address))
        {
            throw new RpcException(new Grpc.Core.Status(StatusCode.InvalidArgument, "Attach needs the engine address"));
        }

        engine.SetAddress(request.Address);
        ProtocolLog.Attached(logger, request.Address);
        return Task.FromResult(new Empty());
    }

    public override Task<PluginInfo> GetPluginInfo(Empty request, ServerCallContext context) =>
        Task.FromResult(new PluginInfo { Version = ProviderVersion.Current });

    public override Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, ServerCallContext context) =>
        Task.FromResult(new GetSchemaResponse { Schema = EmbeddedSchema.Text });

    public override Task<CheckResponse> CheckConfig(CheckRequest request, ServerCallContext context)
    {
        var news = converter.Decode(request.News);
        var secrets = news.Where(e => e.Value.IsSecret).Select(e => e.Key).Union(ProviderConfigKeys.Secrets).ToHashSet(StringComparer.Ordinal);
        var marked = PropertyMap.From(news.Select(e => new KeyValuePair<string, PropertyValue>(
            e.Key, secrets.Contains(e.Key) && !e.Value.IsSecret && e.Value.Kind is not (PropertyValueKind.Null or PropertyValueKind.Unknown) ? PropertyValue.MakeSecret(e.Value) : e.Value)));
        var response = new CheckResponse { Inputs = converter.Encode(marked) };
        foreach (var failure in ProviderConfigValidator.Validate(news))
        {
            response.Failures.Add(SecretCheckFailures.ToWire(failure, secrets));
        }

        return Task.FromResult(response);
    }

    public override Task<DiffResponse> DiffConfig(DiffRequest request, ServerCallContext context)
    {
        var olds = converter.Decode(request.OldInputs ?? request.Olds);
        var news = converter.Decode(request.News);

        // A changed provider configuration re-configures the provider; it never replaces the resources it manages.
        var changed = olds.Keys.Union(news.Keys)
            .Where(key => key != ProviderConfigKeys.Version)
            .Where(key => !(olds.TryGetValue(key, out var old) && news.TryGetValue(key, out var @new) && old.Unsecret().Equals(@new.Unsecret())))
            .Order(StringComparer.Ordinal)
            .ToList();
        var response = new DiffResponse
        {
            Changes = changed.Count == 0 ? DiffResponse.Types.DiffChanges.DiffNone : DiffResponse.Types.DiffChanges.DiffSome,
            HasDetailedDiff = true,
        };
        foreach (var key in changed)
        {
            response.Diffs.Add(key);
            var kind = !olds.ContainsKey(key) ? PropertyDiff.Types.Kind.Add
                : !news.ContainsKey(key) ? PropertyDiff.Types.Kind.Delete
                : PropertyDiff.Types.Kind.Update;
            response.DetailedDiff[key] = new PropertyDiff { Kind = kind, InputDiff = true };
        }

        return Task.FromResult(response);
    }

    public override Task<ConfigureResponse> Configure(ConfigureRequest request, ServerCallContext context)
    {
        configurator.Configure(request.Args, request.Variables);
        return Task.FromResult(new ConfigureResponse
        {
            AcceptSecrets = AcceptSecrets,
            SupportsPreview = true,
            AcceptResources = AcceptResources,
        });
    }

    public override async Task<CheckResponse> Check(CheckRequest request, ServerCallContext context)
    {
        var handler = handlers.Resolve(request.Type, request.Urn);
        var scope = OperationScope.From(context);
        var news = converter.Decode(request.News);
        var result = await handler.CheckAsync(
            new ResourceCheckRequest(request.Urn, NameOf(request.Name, request.Urn), converter.Decode(request.Olds), news),
            scope.Token);

        // Checked inputs are what the engine stores: a secret input must stay secret there too.
        var response = new CheckResponse { Inputs = converter.Encode(SecretPropagation.Apply(news, result.Inputs)) };
        var secrets = news.Where(e => e.Value.IsSecret).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var failure in result.Failures)
        {
            response.Failures.Add(SecretCheckFailures.ToWire(failure, secrets));
        }

        return response;
    }

    public override async Task<DiffResponse> Diff(DiffRequest request, ServerCallContext context)
    {
        var handler = handlers.Resolve(request.Type, request.Urn);
        var scope = OperationScope.From(context);
        var result = await handler.DiffAsync(
            new ResourceDiffRequest(request.Id, request.Urn, converter.Decode(request.Olds), converter.Decode(request.OldInputs), converter.Decode(request.News), [.. request.IgnoreChanges]),
            scope.Token);
        return DiffTranslation.ToResponse(result);
    }

    public override async Task<CreateResponse> Create(CreateRequest request, ServerCallContext context)
    {
        var (handler, scope, timeout) = Begin(request.Type, request.Urn, request.Timeout, context);
        var properties = converter.Decode(request.Properties);
        var result = await handler.CreateAsync(
            new ResourceCreateRequest(request.Urn, NameOf(request.Name, request.Urn), properties, timeout, request.Preview),
            scope.Token);
        return new CreateResponse
        {
            Id = result.Id,
            Properties = converter.Encode(SecretPropagation.Apply(properties, result.Outputs)),
        };
    }

    public override async Task<ReadResponse> Read(ReadRequest request, ServerCallContext context)
    {
        var (handler, scope, timeout) = Begin(request.Type, request.Urn, request.Timeout, context);
        var inputs = converter.Decode(request.Inputs);
        var result = await handler.ReadAsync(
            new ResourceReadRequest(request.Id, request.Urn, converter.Decode(request.Properties), inputs, timeout),
            scope.Token);
        if (string.IsNullOrEmpty(result.Id))
        {
            // An empty ID tells the engine the resource is gone.
            return new ReadResponse();
        }

        return new ReadResponse
        {
            Id = result.Id,
            Properties = converter.Encode(SecretPropagation.Apply(inputs, result.Outputs)),
            Inputs = converter.Encode(SecretPropagation.Apply(inputs, result.Inputs)),
        };
    }

    public override async Task<UpdateResponse> Update(UpdateRequest request, ServerCallContext context)
    {
        var (handler, scope, timeout) = Begin(request.Type, request.Urn, request.Timeout, context);
        var news = converter.Decode(request.News);
        var result = await handler.UpdateAsync(
            new ResourceUpdateRequest(request.Id, request.Urn, converter.Decode(request.Olds), converter.Decode(request.OldInputs), news, timeout, request.Preview, [.. request.IgnoreChanges]),
            scope.Token);
        return new UpdateResponse { Properties = converter.Encode(SecretPropagation.Apply(news, result.Outputs)) };
    }

    public override async Task<Empty> Delete(DeleteRequest request, ServerCallContext context)
    {
        var (handler, scope, timeout) = Begin(request.Type, request.Urn, request.Timeout, context);
        await handler.DeleteAsync(
            new ResourceDeleteRequest(request.Id, request.Urn, converter.Decode(request.Properties), converter.Decode(request.OldInputs), timeout),
            scope.Token);
        return new Empty();
    }

    /// <summary>A provider function (getRouterInterfaces): argument failures go back as failures, as Check's do.</summary>
    public override async Task<InvokeResponse> Invoke(InvokeRequest request, ServerCallContext context)
    {
        var function = functions.FirstOrDefault(f => f.Token == request.Tok)
            ?? throw new RpcException(new Grpc.Core.Status(StatusCode.InvalidArgument, $"unknown function {request.Tok}; this provider has {string.Join(", ", functions.Select(f => f.Token))}"));
        var args = converter.Decode(request.Args);
        var result = await function.InvokeAsync(args, OperationScope.From(context).Token);
        var response = new InvokeResponse { Return = converter.Encode(result.Return) };
        var secrets = args.Where(e => e.Value.IsSecret).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var failure in result.Failures)
        {
            response.Failures.Add(SecretCheckFailures.ToWire(failure, secrets));
        }

        return response;
    }

    public override Task<Empty> Cancel(Empty request, ServerCallContext context)
    {
        ProtocolLog.CancelRequested(logger);
        cancellation.CancelAll();
        return Task.FromResult(new Empty());
    }

    public override Task<GetMappingResponse> GetMapping(GetMappingRequest request, ServerCallContext context) =>
        Task.FromResult(new GetMappingResponse());

    public override Task<GetMappingsResponse> GetMappings(GetMappingsRequest request, ServerCallContext context) =>
        Task.FromResult(new GetMappingsResponse());

    /// <summary>The handler of the request's type and the call's scope, with the engine's timeout applied.</summary>
    private (IResourceHandler Handler, OperationScope Scope, TimeSpan? Timeout) Begin(string type, string urn, double timeoutSeconds, ServerCallContext context)
    {
        var handler = handlers.Resolve(type, urn);
        var scope = OperationScope.From(context);
        return (handler, scope, scope.ApplyTimeout(timeoutSeconds));
    }

    private static string NameOf(string name, string urn) =>
        string.IsNullOrEmpty(name) ? ResourceHandlerRegistry.NameFromUrn(urn) : name;
}
