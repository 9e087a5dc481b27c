using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>
/// The gRPC boundary: gives every call its <see cref="OperationScope"/> (Cancel RPC + shutdown + call + timeout)
/// and turns every exception into a status through <see cref="ErrorMapping"/>, once.
/// </summary>
internal sealed class ExceptionInterceptor(OperationCancellation cancellation, ErrorMapping errors, TimeProvider timeProvider, ILogger<ExceptionInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(continuation);
        using var scope = cancellation.Begin(context.CancellationToken);
        scope.Attach(context);
        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await continuation(request, context);
            ProtocolLog.CallCompleted(logger, context.Method, timeProvider.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            var status = errors.ToRpcException(exception, scope);
            if (status.StatusCode == StatusCode.Internal && exception is not RpcException)
            {
                ProtocolLog.UnexpectedFailure(logger, context.Method, exception);
            }
            else
            {
                ProtocolLog.CallFailed(logger, context.Method, status.StatusCode, status.Status.Detail);
            }

            throw status;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(continuation);
        using var scope = cancellation.Begin(context.CancellationToken);
        scope.Attach(context);
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception)
        {
            throw errors.ToRpcException(exception, scope);
        }
    }
}
