namespace Alicloud.Vpc.Emulator.State;

/// <summary>
/// Everything the emulator remembers, in creation order (paging is stable). Every entity carries its account and
/// region; queries scope by them, and lookups by id across accounts/regions serve the opposite end of a pair.
/// Only touched under the <see cref="StateStore"/> lock.
/// </summary>
internal sealed class EmulatorState
{
    public List<VpcEntity> Vpcs { get; set; } = [];
    public List<VbrEntity> Vbrs { get; set; } = [];
    public List<RouteTableEntity> RouteTables { get; set; } = [];
    public List<RouteEntryEntity> RouteEntries { get; set; } = [];
    public List<RouterInterfaceEntity> RouterInterfaces { get; set; } = [];

    /// <summary>Interfaces that have disappeared, so a surviving peer reports OppositeInterfaceStatus=Deleted.</summary>
    public HashSet<string> DeletedRouterInterfaceIds { get; set; } = new(StringComparer.Ordinal);

    public List<IdempotencyRecord> IdempotencyRecords { get; set; } = [];

    /// <summary>Resource groups beyond each account's default one (admin seed).</summary>
    public List<ResourceGroupEntity> ResourceGroups { get; set; } = [];

    /// <summary>Gone interfaces still listed by describes (B4 Deleted rows, B5 delete lag).</summary>
    public List<ListedDeletedRouterInterface> ListedDeleted { get; set; } = [];

    /// <summary>When the last interface left each router (B5: DeleteVpc's tail).</summary>
    public Dictionary<string, DateTimeOffset> RouterReleasedAt { get; set; } = new(StringComparer.Ordinal);

    public VpcEntity? FindVpc(string accountId, string regionId, string vpcId) =>
        Vpcs.Find(v => v.VpcId == vpcId && v.AccountId == accountId && v.RegionId == regionId);

    public VpcEntity? FindVpcByRouter(string vRouterId) => Vpcs.Find(v => v.VRouterId == vRouterId);

    public VbrEntity? FindVbr(string accountId, string regionId, string vbrId) =>
        Vbrs.Find(v => v.VbrId == vbrId && v.AccountId == accountId && v.RegionId == regionId);

    public RouterInterfaceEntity? FindRouterInterface(string accountId, string regionId, string routerInterfaceId) =>
        RouterInterfaces.Find(r => r.RouterInterfaceId == routerInterfaceId && r.AccountId == accountId && r.RegionId == regionId);

    /// <summary>The opposite end may live in another region and another account.</summary>
    public RouterInterfaceEntity? FindRouterInterfaceAnywhere(string routerInterfaceId) =>
        routerInterfaceId.Length == 0 ? null : RouterInterfaces.Find(r => r.RouterInterfaceId == routerInterfaceId);

    public RouteTableEntity? FindRouteTable(string accountId, string regionId, string routeTableId) =>
        RouteTables.Find(t => t.RouteTableId == routeTableId && t.AccountId == accountId && t.RegionId == regionId);

    public IEnumerable<RouteTableEntity> RouteTablesOfRouter(string routerId) => RouteTables.Where(t => t.RouterId == routerId);

    public IEnumerable<RouteEntryEntity> RouteEntriesOfRouter(string routerId)
    {
        var tableIds = RouteTablesOfRouter(routerId).Select(t => t.RouteTableId).ToHashSet(StringComparer.Ordinal);
        return RouteEntries.Where(e => tableIds.Contains(e.RouteTableId));
    }

    public IEnumerable<RouteEntryEntity> RouteEntriesPointingTo(string routerInterfaceId) =>
        RouteEntries.Where(e => e.PointsTo(routerInterfaceId));

    public IEnumerable<RouterInterfaceEntity> RouterInterfacesOnRouter(string routerId) =>
        RouterInterfaces.Where(r => r.RouterId == routerId);

    /// <summary>The account's default group, or one the admin API added to it.</summary>
    public bool HasResourceGroup(string accountId, string resourceGroupId) =>
        resourceGroupId == DefaultResourceGroupOf(accountId)
        || ResourceGroups.Exists(g => g.AccountId == accountId && g.ResourceGroupId == resourceGroupId);

    /// <summary>Every account has one default group; the emulator names it after the account.</summary>
    public static string DefaultResourceGroupOf(string accountId) => "rg-acfm" + accountId;

    /// <summary>The status a peer reports for the interface with this id.</summary>
    public string StatusOf(string routerInterfaceId)
    {
        if (FindRouterInterfaceAnywhere(routerInterfaceId) is { } found)
        {
            return found.Status;
        }

        return DeletedRouterInterfaceIds.Contains(routerInterfaceId) ? StatusNames.Deleted : "";
    }
}
