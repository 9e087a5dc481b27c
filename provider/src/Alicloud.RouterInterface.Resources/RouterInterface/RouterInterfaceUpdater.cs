using System.Collections.Immutable;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Microsoft.Extensions.Logging;
using P = Alicloud.RouterInterface.Resources.RouterInterface.RouterInterfaceProperties;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// Update (in-place changes only; Diff sends the rest to replacement): ModifyRouterInterfaceAttribute for attribute
/// changes, ModifyRouterInterfaceSpec and a wait for a new spec, the connect flow when connect turns true; state-only
/// inputs (force, oppositeAccessPointId, connect turning false) need no call. A preview makes no call.
/// </summary>
public sealed class RouterInterfaceUpdater(LifecycleServices services, PairConnector connector, ILogger<RouterInterfaceUpdater> logger)
{
    private static readonly ImmutableHashSet<string> SpecDependentOutputs =
        ImmutableHashSet.Create(StringComparer.Ordinal, P.Status, P.Bandwidth, P.OppositeInterfaceStatus);

    public async Task<UpdateResult> UpdateAsync(ResourceUpdateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var news = OperationInputs.Read(request.News, allowUnknowns: request.Preview);
        var oldState = RouterInterfaceMapper.ReadState(request.OldOutputs);
        var olds = RouterInterfaceMapper.ReadStoredArgs(RouterInterfaceDiffer.OldInputsOf(request.OldInputs, request.OldOutputs));
        var changed = RouterInterfaceFields.Inputs
            .Where(f => !request.IgnoreChanges.Contains(f.Name, StringComparer.Ordinal))
            .Where(f => news.IsUnknown(f.Name) || !Equals(f.Get(olds), f.Get(news)))
            .ToList();
        var attributes = changed.Where(f => f.OnChange == ChangeBehaviour.ModifyAttribute && f.Get(news) is not null).ToList();
        var specChanged = changed.Any(f => f.OnChange == ChangeBehaviour.ModifySpec);
        var connectNow = news.Connect == true && olds.Connect != true;

        if (request.Preview)
        {
            var unknowns = specChanged || connectNow ? SpecDependentOutputs : oldState.Outputs.Unknowns;
            return new UpdateResult(RouterInterfaceMapper.WriteState(new RouterInterfaceState(news, oldState.Outputs with { Unknowns = unknowns })));
        }

        var region = oldState.Outputs.RegionId ?? services.Context.Region;
        var key = new InterfaceKey(region, request.Id);
        using var deadline = new OperationDeadline(request.Timeout, services.Options.UpdateTimeout, services.Time, cancellationToken);
        var status = services.StatusLine(request.Urn, logger);
        var waiter = new InterfaceWaiter(services, status, deadline, logger);

        // what the cloud has taken so far; state-only inputs apply at once
        var applied = Apply(olds, news, changed.Where(f => f.OnChange == ChangeBehaviour.StateOnly || (f.OnChange == ChangeBehaviour.Connect && !connectNow)));
        var done = new List<string>();
        try
        {
            if (attributes.Count > 0)
            {
                await status.ShowAsync("modifying attributes", deadline.Token);
                await services.Client.ModifyRouterInterfaceAttributeAsync(AttributeRequest(key, news, attributes), deadline.Token);
                applied = Apply(applied, news, attributes);
                done.Add("attributes " + string.Join(", ", attributes.Select(f => f.Name)));
            }

            if (specChanged)
            {
                await status.ShowAsync($"changing spec to {news.Spec}", deadline.Token);
                await services.Client.ModifyRouterInterfaceSpecAsync(region, request.Id, news.Spec!, ClientTokens.New("spec"), deadline.Token);
                applied = applied with { Spec = news.Spec };
                done.Add("spec " + news.Spec);
                await waiter.WaitAsync([key], s => InterfaceWaiter.UntilStable(s, key), services.Options.FirstPollDelay);
            }

            if (connectNow)
            {
                await connector.ConnectAsync(key, news, request.Urn, waiter, status, deadline);
                applied = applied with { Connect = true };
                done.Add("connected");
            }

            var final = await waiter.WaitAsync([key], s => s.Find(key) is null ? $"waiting for {key.Id} to be listed" : null, TimeSpan.Zero);
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

    private static RouterInterfaceArgs Apply(RouterInterfaceArgs target, RouterInterfaceArgs news, IEnumerable<PropertyField<RouterInterfaceArgs>> fields) =>
        fields.Aggregate(target with { Secrets = news.Secrets }, (args, field) => field.Set(args, field.Get(news)));

    private static ModifyRouterInterfaceAttributeRequest AttributeRequest(InterfaceKey key, RouterInterfaceArgs news, List<PropertyField<RouterInterfaceArgs>> changed)
    {
        string? Changed(string name, string? value) => changed.Any(f => string.Equals(f.Name, name, StringComparison.Ordinal)) ? value : null;
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
        };
    }
}
