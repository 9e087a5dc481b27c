namespace Alicloud.Vpc.Emulator.State;

internal sealed class VpcEntity : ITransitioning
{
    public string VpcId { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string RegionId { get; set; } = "";
    public string VpcName { get; set; } = "";
    public string Description { get; set; } = "";
    public string CidrBlock { get; set; } = "";
    public string VRouterId { get; set; } = "";
    public string RouteTableId { get; set; } = "";
    public DateTimeOffset CreationTime { get; set; }
    public string Status { get; set; } = StatusNames.Pending;
    public string? TargetStatus { get; set; }
    public DateTimeOffset? TransitionEndsAt { get; set; }

    /// <summary>Seeded flag: the VPC is not in a steady state (DeleteExpressConnect → IncorrectStatus.Vpc).</summary>
    public bool NonSteady { get; set; }
}

internal sealed class VbrEntity
{
    public string VbrId { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string RegionId { get; set; } = "";
    public string AccessPointId { get; set; } = "";
    public string RouteTableId { get; set; } = "";
    public DateTimeOffset CreationTime { get; set; }
}

internal sealed class RouteTableEntity
{
    public string RouteTableId { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string RegionId { get; set; } = "";
    public string RouterId { get; set; } = "";
    public string RouterType { get; set; } = RouterTypes.VRouter;
    public string VpcId { get; set; } = "";
    public string RouteTableType { get; set; } = "System";
    public string RouteTableName { get; set; } = "";
    public string Description { get; set; } = "";
    public DateTimeOffset CreationTime { get; set; }
}

internal sealed class NextHopEntity
{
    public string NextHopType { get; set; } = "";
    public string NextHopId { get; set; } = "";
    public int Weight { get; set; } = 100;
}

internal sealed class RouteEntryEntity : ITransitioning
{
    public string RouteEntryId { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string RegionId { get; set; } = "";
    public string RouteTableId { get; set; } = "";
    public string DestinationCidrBlock { get; set; } = "";
    public string Type { get; set; } = "Custom";
    public string RouteEntryName { get; set; } = "";
    public string Description { get; set; } = "";
    public List<NextHopEntity> NextHops { get; set; } = [];
    public DateTimeOffset CreationTime { get; set; }
    public DateTimeOffset ModifiedTime { get; set; }
    public string Status { get; set; } = StatusNames.Pending;
    public string? TargetStatus { get; set; }
    public DateTimeOffset? TransitionEndsAt { get; set; }

    public bool PointsTo(string routerInterfaceId) =>
        NextHops.Any(h => h.NextHopType == "RouterInterface" && h.NextHopId == routerInterfaceId);
}

internal sealed class RouterInterfaceEntity : ITransitioning
{
    public string RouterInterfaceId { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string RegionId { get; set; } = "";
    public string Role { get; set; } = "";
    public string RouterType { get; set; } = "";
    public string RouterId { get; set; } = "";
    public string VpcId { get; set; } = "";
    public string Spec { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string AccessPointId { get; set; } = "";
    public string OppositeRegionId { get; set; } = "";
    public string OppositeRouterType { get; set; } = "";
    public string OppositeRouterId { get; set; } = "";
    public string OppositeInterfaceId { get; set; } = "";
    public string OppositeInterfaceOwnerId { get; set; } = "";
    public string OppositeAccessPointId { get; set; } = "";
    public string HealthCheckSourceIp { get; set; } = "";
    public string HealthCheckTargetIp { get; set; } = "";
    public int HcRate { get; set; }
    public int HcThreshold { get; set; }
    public string ChargeType { get; set; } = ChargeTypes.AfterPay;
    public DateTimeOffset EndTime { get; set; }
    public DateTimeOffset CreationTime { get; set; }
    public DateTimeOffset ModifiedTime { get; set; }
    public DateTimeOffset? ConnectedTime { get; set; }
    public string Status { get; set; } = StatusNames.Idle;
    public string? TargetStatus { get; set; }
    public DateTimeOffset? TransitionEndsAt { get; set; }

    /// <summary>Seeded flag: locked for O&amp;M (OperationFailed.OperationLocked on every change).</summary>
    public bool OperationLocked { get; set; }

    /// <summary>Seeded flag: used by a cross-account ClassicLink (DependencyViolation.ClassicLinkEcsRouteEntry).</summary>
    public bool ClassicLinkRouteEntry { get; set; }

    /// <summary>Created with FastLinkMode=true: both ends at once, connected by the API itself.</summary>
    public bool FastLinkMode { get; set; }

    /// <summary>B5 listing lag: describes leave a new interface out until then (null: listed at once).</summary>
    public DateTimeOffset? ListedFrom { get; set; }

    /// <summary>Empty: the account's default group (DescribeRouterInterfaces reports it).</summary>
    public string ResourceGroupId { get; set; } = "";

    /// <summary>In the order they were added (a re-added key keeps its place and takes the new value).</summary>
    public List<TagEntity> Tags { get; set; } = [];

    public bool IsPrepaid => ChargeType == ChargeTypes.Prepaid;

    public bool IsInitiator => Role == Roles.InitiatingSide;
}

/// <summary>One tag of a resource (TagResourcesForExpressConnect; CreateRouterInterface Tags.N).</summary>
internal sealed class TagEntity
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}

/// <summary>A resource group added through the admin API; every account also has its default group.</summary>
internal sealed class ResourceGroupEntity
{
    public string AccountId { get; set; } = "";
    public string ResourceGroupId { get; set; } = "";
}

/// <summary>
/// A gone interface that describes still list (B4, B5): Status Deleting until <see cref="DeletingUntil"/>, then
/// Deleted until <see cref="ListedUntil"/>. No other action sees it.
/// </summary>
internal sealed class ListedDeletedRouterInterface
{
    public RouterInterfaceEntity Entity { get; set; } = new();
    public DateTimeOffset DeletingUntil { get; set; }
    public DateTimeOffset ListedUntil { get; set; }
}

/// <summary>The first successful answer to a ClientToken, replayed for identical repeats.</summary>
internal sealed class IdempotencyRecord
{
    public string Key { get; set; } = "";
    public string ParameterHash { get; set; } = "";
    public string ResponseBody { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
