using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Alicloud.Vpc.Emulator.Hosting;

/// <summary>The top-level filter: whatever escapes becomes an error envelope, never a stack trace.</summary>
internal sealed class ErrorEnvelopeMiddleware(RequestDelegate next, ILogger<ErrorEnvelopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (ApiException error) when (!context.Response.HasStarted)
        {
            await ErrorEnvelope.WriteAsync(context, error, IdGenerator.NewRequestId(), CancellationToken.None);
        }
        catch (BadHttpRequestException) when (!context.Response.HasStarted)
        {
            await ErrorEnvelope.WriteAsync(context, ApiErrors.InvalidParameter("Body", "The request is malformed."), IdGenerator.NewRequestId(), CancellationToken.None);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception error) when (!context.Response.HasStarted)
        {
            HostingLog.UnhandledError(logger, error, context.Request.Path);
            await ErrorEnvelope.WriteAsync(context, ApiErrors.InternalError(), IdGenerator.NewRequestId(), CancellationToken.None);
        }
    }
}
