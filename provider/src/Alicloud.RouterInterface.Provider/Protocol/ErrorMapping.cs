using Alicloud.RouterInterface.Provider.Configuration;
using Alicloud.RouterInterface.Resources.Abstractions;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>
/// The one place where exceptions become gRPC statuses. The engine prints the status message as the error of the
/// resource, so messages are the diagnostics themselves (never stack traces or credentials).
/// <list type="table">
/// <item><term>RpcException</term><description>as thrown</description></item>
/// <item><term>PropertyValidationException, UnknownResourceTypeException, ProviderConfigurationException</term><description>InvalidArgument (names the property / token / key)</description></item>
/// <item><term>MissingConfigurationException</term><description>InvalidArgument + ConfigureErrorMissingKeys detail</description></item>
/// <item><term>ResourceInitFailedException</term><description>Unknown + ErrorResourceInitFailed detail (the engine records the partial resource)</description></item>
/// <item><term>ResourceOperationException</term><description>DeadlineExceeded when the call's safety deadline fired; Aborted
/// when the engine cancelled it; otherwise by <see cref="FailureKind"/>: Refused → FailedPrecondition (nothing more was
/// done, the engine keeps the resource), TimedOut → DeadlineExceeded, Cancelled → Cancelled, Unavailable → Unavailable,
/// OutcomeUnknown → Unknown (the engine flags the resource status as unknown), Internal → Internal</description></item>
/// <item><term>OperationCanceledException</term><description>DeadlineExceeded when the timeout fired, else Cancelled</description></item>
/// <item><term>NotImplementedException</term><description>Unimplemented</description></item>
/// <item><term>anything else</term><description>Internal, with the exception type only; the details go to the provider's log,
/// which the CLI shows only with <c>--debug</c> (pkg/resource/plugin/plugin.go), so the message says so</description></item>
/// </list>
/// </summary>
internal sealed class ErrorMapping(PropertyStructConverter converter)
{
    public RpcException ToRpcException(Exception exception, OperationScope? scope)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            RpcException rpc => rpc,
            PropertyValidationException validation => Simple(StatusCode.InvalidArgument, $"invalid value for property '{validation.Property}': {validation.Reason}"),
            UnknownResourceTypeException unknownType => Simple(StatusCode.InvalidArgument, unknownType.Message),
            MissingConfigurationException missing => MissingKeys(missing),
            ProviderConfigurationException configuration => Simple(StatusCode.InvalidArgument, configuration.Message),
            ResourceInitFailedException initFailed => InitFailed(initFailed),
            ResourceOperationException operation => Simple(OperationCode(operation, scope), operation.Message),
            OperationCanceledException => Cancelled(scope),
            NotImplementedException => Simple(StatusCode.Unimplemented, "not implemented by this provider"),
            _ => Simple(StatusCode.Internal, $"internal error in the provider ({exception.GetType().Name}); run the command again with --debug (e.g. `pulumi up --debug`) to see the provider's log with the details"),
        };
    }

    /// <summary>
    /// Longest status message sent. It travels in an HTTP/2 trailer (percent-encoded), and clients limit header size
    /// (Grpc.Net.Client: 64 KiB), so a message echoing a huge input would turn a clean rejection into a transport error.
    /// </summary>
    public const int MaxMessageLength = 4096;

    private static RpcException Simple(StatusCode code, string message) => new(new Grpc.Core.Status(code, Bounded(message)));

    private static string Bounded(string message) =>
        message.Length <= MaxMessageLength ? message : message[..MaxMessageLength] + $"… (message cut at {MaxMessageLength} characters)";

    private static StatusCode OperationCode(ResourceOperationException exception, OperationScope? scope)
    {
        if (scope?.TimedOut == true)
        {
            return StatusCode.DeadlineExceeded;
        }

        return exception.Kind switch
        {
            FailureKind.TimedOut => StatusCode.DeadlineExceeded,
            FailureKind.Cancelled => StatusCode.Cancelled,
            _ when scope?.CancelledByEngine == true => StatusCode.Aborted,
            FailureKind.Unavailable => StatusCode.Unavailable,
            FailureKind.OutcomeUnknown => StatusCode.Unknown,
            FailureKind.Internal => StatusCode.Internal,
            _ => StatusCode.FailedPrecondition,
        };
    }

    private static RpcException Cancelled(OperationScope? scope) =>
        scope?.TimedOut == true
            ? Simple(StatusCode.DeadlineExceeded, $"the operation did not finish within its timeout of {scope.Timeout?.TotalSeconds:0.#} s and was stopped")
            : Simple(StatusCode.Cancelled, "the operation was cancelled");

    private static RpcException MissingKeys(MissingConfigurationException exception)
    {
        var detail = new ConfigureErrorMissingKeys();
        foreach (var key in exception.MissingKeys)
        {
            detail.MissingKeys.Add(new ConfigureErrorMissingKeys.Types.MissingKey { Name = key.Name, Description = key.Description });
        }

        return WithDetail(StatusCode.InvalidArgument, exception.Message, detail);
    }

    private RpcException InitFailed(ResourceInitFailedException exception)
    {
        var detail = new ErrorResourceInitFailed
        {
            Id = exception.Id,
            Properties = converter.Encode(exception.Outputs),
        };
        detail.Reasons.AddRange(exception.Reasons);
        if (exception.Inputs is not null)
        {
            detail.Inputs = converter.Encode(exception.Inputs);
        }

        return WithDetail(StatusCode.Unknown, exception.Message, detail);
    }

    private static RpcException WithDetail(StatusCode code, string message, Google.Protobuf.IMessage detail) =>
        new Google.Rpc.Status
        {
            Code = (int)code,
            Message = Bounded(message),
            Details = { Any.Pack(detail) },
        }.ToRpcException();
}
