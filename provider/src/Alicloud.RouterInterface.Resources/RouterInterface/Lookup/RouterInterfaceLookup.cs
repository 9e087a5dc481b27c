using System.Collections.Immutable;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Lookup;

/// <summary>
/// <c>getRouterInterfaces</c>: the interfaces of one region (the provider's unless <c>region</c> says) that match every
/// argument. Filters go to DescribeRouterInterfaces where it takes them (at most 5 keys per call, the API's limit;
/// resource group and tags as its own parameters), every page is read (the client's PageSize, 50), the rest is applied
/// here: the filters beyond 5, <c>nameRegex</c>, and IDs a capped filter may have dropped (B6: an ID missing from a
/// many-ID answer is asked for alone). Reads go through the client, so they share the account's budget. Answers
/// <c>ids</c> and <c>interfaces</c>, each with the resource's properties as the cloud reports them.
/// </summary>
public sealed class RouterInterfaceLookup(LifecycleServices services) : IFunctionHandler
{
    public string Token => LookupArgs.Token;

    public async Task<FunctionResult> InvokeAsync(PropertyMap args, CancellationToken cancellationToken)
    {
        var failures = new List<CheckFailure>();
        var lookup = LookupArgs.Read(args, failures);
        var region = lookup.Region ?? services.RegionOrNull;
        if (region is null && failures.Count == 0)
        {
            failures.Add(new CheckFailure("region", "is required: the provider has no region configured"));
        }

        if (failures.Count > 0)
        {
            return new FunctionResult(PropertyMap.Empty, failures);
        }

        using var deadline = new OperationDeadline(null, services.Options.ReadTimeout, services.Time, cancellationToken);
        List<RouterInterfaceInfo> found;
        try
        {
            found = await QueryAsync(region!, lookup, deadline.Token);
        }
        catch (AlibabaCloudException ex)
        {
            throw new ResourceOperationException(DiagnosticCodes.ReadFailed,
                $"{DiagnosticCodes.ReadFailed}: getRouterInterfaces in {region}: DescribeRouterInterfaces answered {ApiErrors.Describe(ex)}.", ApiErrors.RefusalOf(ex), ex);
        }

        var matching = found
            .Where(i => !RouterInterfaceStatuses.IsGone(i.Status))
            .Where(i => lookup.Filters.All(f => f.Value.Contains(FilterValue(i, f.Key), StringComparer.Ordinal)))
            .Where(i => lookup.NameRegex is null || lookup.NameRegex.IsMatch(i.Name))
            .Where(i => lookup.ResourceGroupId is null || i.ResourceGroupId == lookup.ResourceGroupId)
            .Where(i => lookup.Tags is null || lookup.Tags.Values.All(t => i.Tags.TryGetValue(t.Key, out var v) && v == t.Value))
            .DistinctBy(i => i.RouterInterfaceId)
            .ToList();
        var result = PropertyMap.Empty
            .With("ids", PropertyValue.FromArray([.. matching.Select(i => PropertyValue.FromString(i.RouterInterfaceId))]))
            .With("interfaces", PropertyValue.FromArray([.. matching.Select(i => PropertyValue.FromObject(Describe(i)))]));
        return new FunctionResult(result, []);
    }

    /// <summary>One interface as the resource's properties: its inputs as the cloud tells them, then the outputs.</summary>
    public static PropertyMap Describe(RouterInterfaceInfo info) =>
        RouterInterfaceMapper.WriteState(new RouterInterfaceState(CloudArgs.FromCloud(info), RouterInterfaceOutputs.FromCloud(info)));

    private async Task<List<RouterInterfaceInfo>> QueryAsync(string region, LookupArgs lookup, CancellationToken cancellationToken)
    {
        var sent = LookupArgs.FilterKeys
            .Where(f => lookup.Filters.ContainsKey(f.FilterKey))
            .Take(RouterInterfaceQuery.MaxFilters)
            .ToDictionary(f => f.FilterKey, f => lookup.Filters[f.FilterKey], StringComparer.Ordinal);
        var query = new RouterInterfaceQuery
        {
            Filters = sent,
            ResourceGroupId = lookup.ResourceGroupId,
            Tags = lookup.Tags?.Values,
            IncludeReservationData = lookup.IncludeReservationData,
        };
        var found = (await services.Client.QueryRouterInterfacesAsync(region, query, cancellationToken)).ToList();
        if (sent.TryGetValue("RouterInterfaceId", out var ids) && ids.Count > 1)
        {
            foreach (var missing in ids.Where(id => !found.Exists(i => i.RouterInterfaceId == id)))
            {
                var alone = new Dictionary<string, IReadOnlyList<string>>(sent, StringComparer.Ordinal) { ["RouterInterfaceId"] = [missing] };
                found.AddRange(await services.Client.QueryRouterInterfacesAsync(region, query with { Filters = alone }, cancellationToken));
            }
        }

        return found;
    }

    private static string FilterValue(RouterInterfaceInfo info, string key) => key switch
    {
        "RouterInterfaceId" => info.RouterInterfaceId,
        "RouterId" => info.RouterId,
        "RouterType" => info.RouterType,
        "Status" => info.Status,
        "Name" => info.Name,
        "OppositeInterfaceId" => info.OppositeInterfaceId,
        "OppositeRouterId" => info.OppositeRouterId,
        "OppositeRouterType" => info.OppositeRouterType,
        "OppositeInterfaceOwnerId" => info.OppositeInterfaceOwnerId,
        _ => throw new InvalidOperationException($"Unknown filter key {key}."),
    };
}
