namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// The one wait loop of every operation (create, read, update, connect, delete): runs a step until it completes,
/// shows what it waits for on the status line, and waits between steps on the injected clock, bounded by the
/// operation's deadline token. A look's delay is handed to the step, whose look the shared poller serves no earlier.
/// </summary>
public static class OperationRunner
{
    public static async Task RunAsync(IOperationStep step, WaitStatusReporter status, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(status);
        var lookDelay = TimeSpan.Zero;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await step.StepAsync(lookDelay, cancellationToken) is not Pending pending)
            {
                return;
            }

            if (pending.WaitingFor is { } reason)
            {
                await status.ReportAsync(reason, cancellationToken);
            }

            lookDelay = pending.LookFirst ? pending.After : TimeSpan.Zero;
            if (!pending.LookFirst && pending.After > TimeSpan.Zero)
            {
                await Task.Delay(pending.After, time, cancellationToken);
            }
        }
    }
}
