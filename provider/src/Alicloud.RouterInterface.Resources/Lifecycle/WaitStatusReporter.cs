using Alicloud.RouterInterface.Resources.Abstractions;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// The ephemeral status on the resource's row, written for CI logs, where the engine prints a line per message: a
/// line is sent when what the operation waits for or does changes (the state waited on, the step), never with each
/// poll and without ticking counters; an unchanged line is repeated at most every <c>repeatEvery</c> (default 30 s)
/// so a watcher sees a long wait is alive. A status line that cannot be delivered never fails the operation.
/// </summary>
public sealed class WaitStatusReporter(IResourceDiagnostics diagnostics, TimeProvider time, string urn, ILogger logger, TimeSpan? repeatEvery = null)
{
    private readonly TimeSpan _repeatEvery = repeatEvery ?? TimeSpan.FromSeconds(30);
    private string? _reason;
    private string? _lastText;
    private DateTimeOffset _lastSent;

    /// <summary>The reason last reported (null before any).</summary>
    public string? CurrentReason => _reason;

    /// <summary>What the operation waits for; said again only when it changes, or after the repeat interval.</summary>
    public Task ReportAsync(string reason, CancellationToken cancellationToken)
    {
        _reason = reason;
        return SendAsync(reason, repeat: true, cancellationToken);
    }

    /// <summary>A step starting (for example "deactivating ri-…"); said once.</summary>
    public Task ShowAsync(string text, CancellationToken cancellationToken) => SendAsync(text, repeat: false, cancellationToken);

    private async Task SendAsync(string text, bool repeat, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (string.Equals(text, _lastText, StringComparison.Ordinal) && !(repeat && now - _lastSent >= _repeatEvery))
        {
            return;
        }

        _lastText = text;
        _lastSent = now;
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
