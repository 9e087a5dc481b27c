using System.Collections.Immutable;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Microsoft.Extensions.Logging;
using P = Alicloud.RouterInterface.Resources.RouterInterface.RouterInterfaceProperties;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// Update (in-place changes only; Diff sends the rest to replacement) reconciles the live interface with the new
/// inputs (<see cref="UpdatePlan"/>): ModifyRouterInterfaceAttribute for attributes the cloud does not show,
/// ModifyRouterInterfaceSpec and a wait for a spec it does not show, the connect flow when connect is true and the
/// interface is Idle, then the status (Activate/Deactivate and a wait), the resource group and the tags
/// (<see cref="InterfaceSettings"/>); state-only inputs (force, oppositeAccessPointId, connect turning false) need no call. So the
/// Update the engine sends after a partial create or update finishes the job. A preview makes no call.
/// </summary>
public sealed class RouterInterfaceUpdater(LifecycleServices services, PairConnector connector, ILogger<RouterInterfaceUpdater> logger, InterfaceSettings settings)
{
    private readonly InterfaceSettings _settings = settings;

    private static readonly ImmutableHashSet<string> SpecDependentOutputs =
        ImmutableHashSet.Create(StringComparer.Ordinal, P.Status, P.Bandwidth, P.OppositeInterfaceStatus);

    public async Task<UpdateResult> UpdateAsync(ResourceUpdateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var news = OperationInputs.Read(request.News, allowUnknowns: request.Preview);
        var oldState = RouterInterfaceMapper.ReadState(request.OldOutputs);
        var olds = RouterInterfaceMapper.ReadStoredArgs(RouterInterfaceDiffer.OldInputsOf(request.OldInputs, request.OldOutputs));

        if (request.Preview)
        {
            var planned = UpdatePlan.For(olds, news, request.IgnoreChanges, live: null);
            // an output named like a changed input (status, tags, resourceGroupId, hcRate, hcThreshold) is the cloud's after the update
            var unknowns = (planned.Spec || planned.Connect ? SpecDependentOutputs : oldState.Outputs.Unknowns)
                .Union(planned.Changed.Select(f => f.Name).Where(RouterInterfaceMapper.IsOutputName));
            return new UpdateResult(RouterInterfaceMapper.WriteState(new RouterInterfaceState(news, oldState.Outputs with { Unknowns = unknowns })));
        }

        var region = oldState.Outputs.RegionId ?? services.Context.Region;
        var key = new InterfaceKey(region, request.Id);
        using var deadline = new OperationDeadline(request.Timeout, services.Options.UpdateTimeout, services.Time, cancellationToken);
        var status = services.StatusLine(request.Urn, logger);
        var waiter = new InterfaceWaiter(services, status, deadline, logger);
        var plan = UpdatePlan.For(olds, news, request.IgnoreChanges, await LookAsync(key, waiter));

        // what the cloud has taken so far; state-only inputs apply at once
        var applied = Apply(olds, news, plan.Changed.Where(f => f.OnChange == ChangeBehaviour.StateOnly || (f.OnChange == ChangeBehaviour.Connect && !plan.Connect)));
        var done = new List<string>();
        try
        {
            if (plan.ModifiesAttributes)
            {
                await status.ShowAsync("modifying attributes", deadline.Token);
                await services.Client.ModifyRouterInterfaceAttributeAsync(AttributeRequest(key, news, plan), deadline.Token);
                applied = Apply(applied, news, plan.Attributes) with
                {
                    HealthCheckSourceIp = plan.DeleteHealthCheck ? null : applied.HealthCheckSourceIp,
                    HealthCheckTargetIp = plan.DeleteHealthCheck ? null : applied.HealthCheckTargetIp,
                };
                done.Add("attributes " + string.Join(", ", plan.Attributes.Select(f => f.Name).Concat(plan.DeleteHealthCheck ? ["DeleteHealthCheckIp"] : [])));
            }

            if (plan.Spec)
            {
                await status.ShowAsync($"changing spec to {news.Spec}", deadline.Token);
                await services.Client.ModifyRouterInterfaceSpecAsync(region, request.Id, news.Spec!, ClientTokens.New("spec"), deadline.Token);
                applied = applied with { Spec = news.Spec };
                done.Add("spec " + news.Spec);
                await waiter.WaitAsync([key], s => InterfaceWaiter.UntilStable(s, key), services.Options.FirstPollDelay);
            }

            if (plan.Connect)
            {
                await connector.ConnectAsync(key, news, request.Urn, waiter, status, deadline);
                applied = applied with { Connect = true };
                done.Add("connected");
            }

            if (plan.Status is { } wanted && await _settings.ApplyStatusAsync(key, wanted, waiter, status, deadline) is { } statusDone)
            {
                applied = applied with { Status = wanted };
                done.Add(statusDone);
            }

            var live = waiter.Last?.Find(key);
            if (plan.ResourceGroupId is { } group && await _settings.ApplyResourceGroupAsync(key, group, live, deadline.Token) is { } groupDone)
            {
                applied = applied with { ResourceGroupId = group };
                done.Add(groupDone);
            }

            if (plan.Tags is { } tags && await _settings.ApplyTagsAsync(key, tags, live is null ? TagMap.Empty : TagMap.From(live.Tags), deadline.Token) is { } tagsDone)
            {
                applied = applied with { Tags = tags };
                done.Add(tagsDone);
            }

            var final = plan.ChangesCloud
                ? await waiter.WaitAsync([key], s => s.Find(key) is null ? $"waiting for {key.Id} to be listed" : null, TimeSpan.Zero)
                : waiter.Last!;
            logger.Updated(request.Id, done.Count == 0 ? "state only" : string.Join("; ", done));
            return new UpdateResult(RouterInterfaceMapper.WriteState(new RouterInterfaceState(news, RouterInterfaceOutputs.FromCloud(final.Find(key)!))));
        }
        catch (AlibabaCloudException ex) when (done.Count == 0)
        {
            throw new ResourceOperationException(DiagnosticCodes.UpdateFailed,
                $"{DiagnosticCodes.UpdateFailed}: updating router interface {key} failed: {ex.Action} answered {ApiErrors.Describe(ex)}. Nothing was changed.", ApiErrors.RefusalOf(ex), ex);
        }
        catch (Exception ex) when (done.Count > 0 && ex is not ResourceInitFailedException and not OutOfMemoryException)
        {
            var reason = PartialFailure.Reason($"router interface {key.Id} was updated ({string.Join("; ", done)})", ex, deadline, waiter);
            var observed = waiter.Last?.Find(key);
            var outputs = observed is null ? oldState.Outputs : RouterInterfaceOutputs.FromCloud(observed);
            throw new ResourceInitFailedException(request.Id, RouterInterfaceMapper.WriteState(new RouterInterfaceState(applied, outputs)), RouterInterfaceMapper.WriteArgs(applied), [reason]);
        }
    }

    /// <summary>The live interface, once out of any transition (a partial create may have left it Connecting).</summary>
    private static async Task<RouterInterfaceInfo> LookAsync(InterfaceKey key, InterfaceWaiter waiter)
    {
        try
        {
            var snapshot = await waiter.WaitAsync([key], s => s.Find(key) is null ? null : InterfaceWaiter.UntilStable(s, key), TimeSpan.Zero);
            return snapshot.Find(key) ?? throw new ResourceOperationException(DiagnosticCodes.UpdateFailed,
                $"{DiagnosticCodes.UpdateFailed}: router interface {key} no longer exists, so it cannot be updated. Nothing was changed; run `pulumi refresh` to drop it from the stack, then `pulumi up` creates it again.");
        }
        catch (AlibabaCloudException ex)
        {
            throw new ResourceOperationException(DiagnosticCodes.UpdateFailed,
                $"{DiagnosticCodes.UpdateFailed}: describing router interface {key} before updating it failed: {ApiErrors.Describe(ex)}. Nothing was changed.", ApiErrors.RefusalOf(ex), ex);
        }
    }

    private static RouterInterfaceArgs Apply(RouterInterfaceArgs target, RouterInterfaceArgs news, IEnumerable<PropertyField<RouterInterfaceArgs>> fields) =>
        fields.Aggregate(target with { Secrets = news.Secrets }, (args, field) => field.Set(args, field.Get(news)));

    private static ModifyRouterInterfaceAttributeRequest AttributeRequest(InterfaceKey key, RouterInterfaceArgs news, UpdatePlan plan)
    {
        T? Changed<T>(string name, T? value) => plan.Attributes.Any(f => string.Equals(f.Name, name, StringComparison.Ordinal)) ? value : default;
        return new ModifyRouterInterfaceAttributeRequest
        {
            RegionId = key.RegionId,
            RouterInterfaceId = key.Id,
            Name = Changed(P.Name, news.Name),
            Description = Changed(P.Description, news.Description),
            OppositeInterfaceId = Changed(P.OppositeInterfaceId, news.OppositeInterfaceId),
            OppositeRouterId = Changed(P.OppositeRouterId, news.OppositeRouterId),
            OppositeRouterType = Changed(P.OppositeRouterType, news.OppositeRouterType),
            OppositeInterfaceOwnerId = Changed(P.OppositeInterfaceOwnerId, news.OppositeInterfaceOwnerId),
            HealthCheckSourceIp = Changed(P.HealthCheckSourceIp, news.HealthCheckSourceIp),
            HealthCheckTargetIp = Changed(P.HealthCheckTargetIp, news.HealthCheckTargetIp),
            HcRate = Changed(P.HcRate, news.HcRate),
            HcThreshold = Changed(P.HcThreshold, news.HcThreshold),
            DeleteHealthCheckIp = plan.DeleteHealthCheck ? true : null,
        };
    }
}
