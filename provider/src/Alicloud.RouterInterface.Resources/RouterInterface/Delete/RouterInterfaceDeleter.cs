using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// The delete as a long-running operation: its steps (<see cref="DeleteStep"/>, decisions in <see cref="DeletePlanner"/>)
/// run on the <see cref="OperationRunner"/> within one deadline (customTimeouts.delete, else the default) linked with
/// the caller's token. Returns only when the instance is gone; throws a typed failure otherwise.
/// </summary>
public sealed class RouterInterfaceDeleter(LifecycleServices services, DeleteWayMemory ways, RouteTableTurnLock routeTables, ILogger<RouterInterfaceDeleter> logger)
{
    public async Task DeleteAsync(DeleteTarget target, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        _ = services.Client; // fails with ProviderNotConfigured before anything else
        using var deadline = new OperationDeadline(timeout, services.Options.DeleteTimeout, services.Time, cancellationToken);
        var status = services.StatusLine(target.Urn, logger);
        var step = new DeleteStep(services, ways, routeTables, target, status, logger, services.Accounts);
        logger.DeleteStarted(target.Self.Id, target.Self.RegionId, target.Force, deadline.Timeout);
        try
        {
            await OperationRunner.RunAsync(step, status, services.Time, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsExpired)
        {
            logger.DeleteEnded(target.Self.Id, DiagnosticCodes.DeleteTimedOut);
            throw new ResourceOperationException(DiagnosticCodes.DeleteTimedOut,
                DeleteMessages.TimedOut(target, deadline.Timeout, deadline.IsDefault, step.LastObservation, status.CurrentReason, step.Progress), FailureKind.TimedOut);
        }
        catch (OperationCanceledException ex) when (deadline.IsCancelledByCaller)
        {
            logger.DeleteEnded(target.Self.Id, DiagnosticCodes.Cancelled);
            throw new ResourceOperationException(DiagnosticCodes.Cancelled,
                DeleteMessages.Cancelled(target, step.LastObservation, status.CurrentReason, step.Progress), FailureKind.Cancelled, ex);
        }
    }
}
