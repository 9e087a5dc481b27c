using Alicloud.RouterInterface.Provider.Hosting;
using Alicloud.RouterInterface.Resources.Abstractions;
using Microsoft.Extensions.Logging;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>
/// Sends resource diagnostics and status text to the user through <c>pulumirpc.Engine/Log</c>. A failed Log call never
/// fails the operation: the message goes to the stderr log instead.
/// </summary>
internal sealed class EngineDiagnostics(EngineConnection engine, OperationOptions options, TimeProvider timeProvider, ILogger<EngineDiagnostics> logger) : IResourceDiagnostics
{
    public Task InfoAsync(string urn, string message, CancellationToken cancellationToken) =>
        SendAsync(LogSeverity.Info, urn, message, ephemeral: false, cancellationToken);

    public Task WarningAsync(string urn, string message, CancellationToken cancellationToken) =>
        SendAsync(LogSeverity.Warning, urn, message, ephemeral: false, cancellationToken);

    public Task ErrorAsync(string urn, string message, CancellationToken cancellationToken) =>
        SendAsync(LogSeverity.Error, urn, message, ephemeral: false, cancellationToken);

    public Task StatusAsync(string urn, string message, CancellationToken cancellationToken) =>
        SendAsync(LogSeverity.Info, urn, message, ephemeral: true, cancellationToken);

    private async Task SendAsync(LogSeverity severity, string urn, string message, bool ephemeral, CancellationToken cancellationToken)
    {
        var client = engine.TryGetClient();
        if (client is null)
        {
            ProtocolLog.EngineLogUnavailable(logger, severity, urn, message);
            return;
        }

        try
        {
            await client.LogAsync(
                new LogRequest { Severity = severity, Message = message, Urn = urn ?? string.Empty, Ephemeral = ephemeral },
                deadline: timeProvider.GetUtcNow().UtcDateTime + options.EngineLogTimeout,
                cancellationToken: cancellationToken);
        }
#pragma warning disable CA1031 // a diagnostic that cannot be delivered must never fail the operation
        catch (Exception exception)
#pragma warning restore CA1031
        {
            ProtocolLog.EngineLogFailed(logger, severity, urn, message, exception.GetType().Name);
        }
    }
}
