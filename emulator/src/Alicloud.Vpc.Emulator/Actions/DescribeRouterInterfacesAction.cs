using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// Filter.N.Key / Filter.N.Value.M: values of one key OR-ed, keys AND-ed (A7, at most 5 filters); paged in creation
/// order. <c>ResourceGroupId</c> and <c>Tags.N.Key/Value</c> (api sheet §1.2, SDK DescribeRouterInterfacesRequest)
/// narrow it further: every given tag must be on the interface. Variants: B6 honours only the first N values of a filter, B5 leaves new interfaces out for a while and keeps
/// gone ones listed as Deleting, B4 keeps gone ones listed as Deleted.
/// </summary>
internal sealed class DescribeRouterInterfacesAction : IApiAction
{
    public const int MaxFilters = 5;

    private static readonly Dictionary<string, Func<RouterInterfaceEntity, string>> s_filterFields = new(StringComparer.Ordinal)
    {
        ["RouterInterfaceId"] = r => r.RouterInterfaceId,
        ["RouterId"] = r => r.RouterId,
        ["RouterType"] = r => r.RouterType,
        ["RouterInterfaceOwnerId"] = r => r.AccountId,
        ["OppositeInterfaceId"] = r => r.OppositeInterfaceId,
        ["OppositeRouterType"] = r => r.OppositeRouterType,
        ["OppositeRouterId"] = r => r.OppositeRouterId,
        ["OppositeInterfaceOwnerId"] = r => r.OppositeInterfaceOwnerId,
        ["Status"] = r => r.Status,
        ["Name"] = r => r.Name,
    };

    public string Name => "DescribeRouterInterfaces";

    public bool IsMutating => false;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var regionId = ActionSupport.RegionId(request);
        var page = PageRequest.Parse(request.Parameters);
        request.Parameters.OptionalBool("IncludeReservationData");
        var filters = ParseFilters(request.Parameters, session.Variants.FilterValueCap);
        var group = request.Parameters.Optional("ResourceGroupId");
        var tags = TagRules.Parse(request.Parameters, "Tags");

        var matching = Listed(session)
            .Where(r => r.AccountId == request.AccountId && r.RegionId == regionId)
            .Where(r => filters.All(f => f.Value.Contains(s_filterFields[f.Key](r))))
            .Where(r => group is null || RouterInterfaceProjection.ResourceGroupOf(r) == group)
            .Where(r => tags.TrueForAll(t => r.Tags.Exists(x => x.Key == t.Key && x.Value == t.Value)))
            .ToArray();
        var items = page.Apply(matching).Select(r => RouterInterfaceProjection.ToItem(r, session.Data)).ToArray();
        return new
        {
            request.RequestId,
            TotalCount = matching.Length,
            page.PageNumber,
            page.PageSize,
            RouterInterfaceSet = new { RouterInterfaceType = items },
        };
    }

    /// <summary>What describes list: live interfaces past their listing lag, then gone ones still listed.</summary>
    public static IEnumerable<RouterInterfaceEntity> Listed(StateSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Data.RouterInterfaces
            .Where(r => r.ListedFrom is not { } from || from <= session.Now)
            .Concat(session.Data.ListedDeleted.Select(row => row.Entity));
    }

    private static List<KeyValuePair<string, HashSet<string>>> ParseFilters(ApiParameters parameters, int valueCap)
    {
        var keys = parameters.Indexed("Filter", ".Key");
        if (keys.Count > MaxFilters)
        {
            throw ApiErrors.InvalidParameter("Filter", $"At most {MaxFilters} filters.");
        }

        var filters = new List<KeyValuePair<string, HashSet<string>>>();
        foreach (var (index, key) in keys)
        {
            if (!s_filterFields.ContainsKey(key))
            {
                throw ApiErrors.InvalidParameter($"Filter.{index}.Key", $"Supported keys: {string.Join(", ", s_filterFields.Keys)}.");
            }

            var given = parameters.Indexed($"Filter.{index}.Value", "").Select(v => v.Value);
            var values = (valueCap > 0 ? given.Take(valueCap) : given).ToHashSet(StringComparer.Ordinal);
            if (values.Count == 0)
            {
                throw ApiErrors.MissingParameter($"Filter.{index}.Value.1");
            }

            filters.Add(new(key, values));
        }

        return filters;
    }
}
