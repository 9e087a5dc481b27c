namespace Alicloud.Vpc.Client.Models;

/// <summary>
/// What DescribeRouterInterfaces can narrow by (api sheet §1.2): at most 5 filters (key → values, values OR-ed, keys
/// AND-ed), a resource group, tags (every one must be on the interface) and whether to include renewal data.
/// </summary>
public sealed record RouterInterfaceQuery
{
    public const int MaxFilters = 5;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
    public string? ResourceGroupId { get; init; }
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
    public bool IncludeReservationData { get; init; }
}
