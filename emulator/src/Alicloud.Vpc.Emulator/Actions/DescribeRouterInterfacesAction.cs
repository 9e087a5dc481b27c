using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>Filter.N.Key / Filter.N.Value.M: values of one key OR-ed, keys AND-ed; paged in creation order.</summary>
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
        var filters = ParseFilters(request.Parameters);

        var matching = session.Data.RouterInterfaces
            .Where(r => r.AccountId == request.AccountId && r.RegionId == regionId)
            .Where(r => filters.All(f => f.Value.Contains(s_filterFields[f.Key](r))))
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

    private static List<KeyValuePair<string, HashSet<string>>> ParseFilters(ApiParameters parameters)
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

            var values = parameters.Indexed($"Filter.{index}.Value", "").Select(v => v.Value).ToHashSet(StringComparer.Ordinal);
            if (values.Count == 0)
            {
                throw ApiErrors.MissingParameter($"Filter.{index}.Value.1");
            }

            filters.Add(new(key, values));
        }

        return filters;
    }
}
