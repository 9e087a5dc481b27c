using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// Create: in a preview, no cloud call (outputs = inputs + unknown computed outputs). Otherwise CreateRouterInterface
/// (one ClientToken for the call and the client's retries), wait until the interface settles (Idle), connect when asked.
/// A fast-link create makes the whole instance: the call carries FastLinkMode and the opposite owner, and the wait is
/// until both ends are Active (<see cref="FastLinkCreation"/>). Tags and the resource group are create parameters; a
/// <c>status</c> is reached after the connect (<see cref="InterfaceSettings"/>). Anything failing after the cloud created the interface
/// is reported with its ID and observed state.
/// </summary>
public sealed class RouterInterfaceCreator(
    LifecycleServices services, PairConnector connector, ILogger<RouterInterfaceCreator> logger, FastLinkCreation fastLink, InterfaceSettings settings)
{
    private readonly FastLinkCreation _fastLink = fastLink;
    private readonly InterfaceSettings _settings = settings;

    public async Task<CreateResult> CreateAsync(ResourceCreateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var args = OperationInputs.Read(request.Properties, allowUnknowns: request.Preview);
        if (request.Preview)
        {
            var preview = new RouterInterfaceState(args, RouterInterfaceOutputs.Unknown(services.RegionOrNull));
            return new CreateResult("", RouterInterfaceMapper.WriteState(preview));
        }

        var client = services.Client;
        var region = services.Context.Region;
        using var deadline = new OperationDeadline(request.Timeout, services.Options.CreateTimeout, services.Time, cancellationToken);
        var status = services.StatusLine(request.Urn, logger);
        string id;
        string? oppositeOwner = null;
        try
        {
            await status.ShowAsync(args.IsFastLink ? "creating the fast-link Express Connect instance" : "creating the router interface", deadline.Token);
            oppositeOwner = args.IsFastLink ? await _fastLink.OppositeOwnerAsync(args, deadline.Token) : null;
            var call = new CreateCall(services, CloudArgs.ToCreateRequest(args, region, ClientTokens.New("create"), oppositeOwner));
            await OperationRunner.RunAsync(call, status, services.Time, deadline.Token);
            id = call.Id!;
        }
        catch (AlibabaCloudException ex)
        {
            var outcome = ex.IsOutcomeUnknown
                ? $"The outcome is unknown: an interface may have been created on router {args.RouterId} in {region}; if so, import it (`pulumi import`) or delete it."
                : "Nothing was created.";
            throw new ResourceOperationException(DiagnosticCodes.CreateFailed, $"{DiagnosticCodes.CreateFailed}: CreateRouterInterface in {region} failed: {ApiErrors.Describe(ex)}. {outcome}", ApiErrors.RefusalOf(ex), ex);
        }
        catch (OperationCanceledException) when (deadline.IsExpired)
        {
            throw new ResourceOperationException(DiagnosticCodes.CreateFailed,
                $"{DiagnosticCodes.CreateFailed}: CreateRouterInterface in {region} did not answer within {DurationText.Format(deadline.Timeout)}; an interface may have been created on router {args.RouterId}.", FailureKind.TimedOut);
        }

        logger.Created(id, region);
        var key = new InterfaceKey(region, id);
        var waiter = new InterfaceWaiter(services, status, deadline, logger);
        try
        {
            // a new interface may be listed only a little later (B5): absent means "not yet" here, waited for within the deadline
            var created = args.IsFastLink
                ? await _fastLink.WaitActiveAsync(key, args, oppositeOwner, waiter, services.Options.FirstPollDelay, deadline.Token)
                : await waiter.WaitAsync([key], s => InterfaceWaiter.UntilStable(s, key), services.Options.FirstPollDelay);
            if (await _settings.ApplyHealthCheckTuningAsync(key, args, deadline.Token))
            {
                created = await waiter.WaitAsync([key], s => InterfaceWaiter.UntilStable(s, key), TimeSpan.Zero);
            }

            if (args.Connect == true)
            {
                await connector.ConnectAsync(key, args, request.Urn, waiter, status, deadline);
                created = waiter.Last ?? created;
            }

            // tags and the resource group went with the create, hcRate/hcThreshold right after; a status is reached once connected
            if (args.Status is { } wanted && await _settings.ApplyStatusAsync(key, wanted, waiter, status, deadline) is not null)
            {
                created = waiter.Last ?? created;
            }

            var info = created.Find(key) ?? throw new InvalidOperationException($"{id} is no longer listed.");
            return new CreateResult(id, RouterInterfaceMapper.WriteState(new RouterInterfaceState(args, RouterInterfaceOutputs.FromCloud(info))));
        }
        catch (Exception ex) when (ex is not ResourceInitFailedException and not OutOfMemoryException)
        {
            var reason = PartialFailure.Reason($"router interface {id} was created", ex, deadline, waiter);
            logger.CreateIncomplete(id, reason);
            var observed = waiter.Last?.Find(key);
            var outputs = observed is null ? new RouterInterfaceOutputs { RouterInterfaceId = id, RegionId = region } : RouterInterfaceOutputs.FromCloud(observed);
            throw new ResourceInitFailedException(id, RouterInterfaceMapper.WriteState(new RouterInterfaceState(args, outputs)), RouterInterfaceMapper.WriteArgs(args), [reason]);
        }
    }

    /// <summary>
    /// CreateRouterInterface as an operation step: a busy answer (A3) is a definite refusal, so the call is made again
    /// after a backoff with the same ClientToken (safe either way: the API answers an accepted token with its first
    /// result); everything else ends the create. Service trouble was already retried by the client.
    /// </summary>
    private sealed class CreateCall(LifecycleServices services, Vpc.Client.Models.CreateRouterInterfaceRequest request) : IOperationStep
    {
        private readonly Backoff _backoff = new(services.Options);
        private int _attempt;

        public string? Id { get; private set; }

        public async Task<StepOutcome> StepAsync(TimeSpan lookDelay, CancellationToken cancellationToken)
        {
            try
            {
                Id = await services.Client.CreateRouterInterfaceAsync(request, cancellationToken);
                return StepOutcome.Completed;
            }
            catch (AlibabaCloudException ex) when (!ex.IsOutcomeUnknown && ApiErrors.KindOf(ex) is Vpc.Client.Errors.ApiCodeKind.Busy or Vpc.Client.Errors.ApiCodeKind.InProgress)
            {
                return StepOutcome.ActAgain($"retrying CreateRouterInterface after {ex.ErrorCode}", _backoff.Delay(_attempt++));
            }
        }
    }
}
