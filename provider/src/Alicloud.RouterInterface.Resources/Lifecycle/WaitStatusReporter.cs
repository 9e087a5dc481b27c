using Alicloud.RouterInterface.Resources.Abstractions;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Shows what an operation waits for as ephemeral status on the resource's row ("waiting for ri-… to leave
/// Deactivating (12s)"). The elapsed time counts from when that reason first appeared; a line is sent only when its
/// text changes. A status line that cannot be delivered never fails the operation.
/// </summary>
public sealed class WaitStatusReporter(IResourceDiagnostics diagnostics, TimeProvider time, string urn, ILogger logger)
{
    private string? _reason;
    private DateTimeOffset _since;
    private string? _lastText;

    /// <summary>The reason last reported (null before any).</summary>
    public string? CurrentReason => _reason;

    public async Task ReportAsync(string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!string.Equals(reason, _reason, StringComparison.Ordinal))
        {
            _reason = reason;
            _since = now;
        }

        await ShowAsync($"{reason} ({DurationText.Format(now - _since)})", cancellationToken);
    }

    /// <summary>A one-off status line (a step starting), without elapsed time.</summary>
    public async Task ShowAsync(string text, CancellationToken cancellationToken)
    {
        if (string.Equals(text, _lastText, StringComparison.Ordinal))
        {
            return;
        }

        _lastText = text;
        try
        {
            await diagnostics.StatusAsync(urn, text, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.StatusNotDelivered(urn, ex.GetType().Name);
        }
    }
}
