using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <content>
/// A function call (<c>fn::invoke</c> in YAML, <c>GetRouterInterfaces.InvokeAsync</c> in C#) as the engine serves it:
/// the default provider is loaded and configured from the stack config (CheckConfig, Configure), then
/// <c>ResourceProvider.Invoke</c> with the token and arguments; failures come back as the provider sent them.
/// </content>
public sealed partial class PulumiEngine
{
    public async Task<InvokeOutcome> InvokeAsync(string token, Struct args, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentNullException.ThrowIfNull(args);
        InvokeResponse? response = null;
        var operation = await RunAsync(OperationKind.Preview, dryRun: false, async deployment =>
        {
            if (!await deployment.ConfigureFromProgramAsync(Config))
            {
                return;
            }

            try
            {
                response = await deployment.Session.Client.InvokeAsync(new InvokeRequest { Tok = token, Args = args }, deployment.Call());
            }
            catch (RpcException exception)
            {
                deployment.AddError($"Invoke {token} failed: {exception.StatusCode}: {exception.Status.Detail}");
            }
        }, cancellationToken);
        return new InvokeOutcome(response?.Return, [.. (response?.Failures ?? []).Select(f => (f.Property, f.Reason))], operation);
    }
}

/// <summary>What an Invoke answered: its return object (null when it failed), its argument failures, and the operation's errors and logs.</summary>
public sealed record InvokeOutcome(Struct? Return, IReadOnlyList<(string Property, string Reason)> Failures, OperationResult Operation);
