namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// One turn of a long-running operation: observe once (no earlier than <c>lookDelay</c> from now, through the shared
/// poller), decide, act at most once, and say what comes next. Failures are thrown as typed exceptions.
/// </summary>
public interface IOperationStep
{
    Task<StepOutcome> StepAsync(TimeSpan lookDelay, CancellationToken cancellationToken);
}
