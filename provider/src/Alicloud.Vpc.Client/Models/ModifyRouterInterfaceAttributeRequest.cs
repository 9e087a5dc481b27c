namespace Alicloud.Vpc.Client.Models;

/// <summary>Parameters of ModifyRouterInterfaceAttribute; null values are not sent.</summary>
public sealed record ModifyRouterInterfaceAttributeRequest
{
    public required string RegionId { get; init; }
    public required string RouterInterfaceId { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? OppositeInterfaceId { get; init; }
    public string? OppositeRouterId { get; init; }
    public string? OppositeRouterType { get; init; }
    public string? OppositeInterfaceOwnerId { get; init; }
    public string? HealthCheckSourceIp { get; init; }
    public string? HealthCheckTargetIp { get; init; }

    /// <summary>Health-check interval in milliseconds (the SDK recommends 2000).</summary>
    public int? HcRate { get; init; }

    /// <summary>Lost health-check packets before the link counts as down (the SDK recommends 8).</summary>
    public int? HcThreshold { get; init; }

    /// <summary>Removes both health-check IPs.</summary>
    public bool? DeleteHealthCheckIp { get; init; }
}
