namespace Alicloud.Vpc.Client.Models;

/// <summary>Parameters of CreateRouterInterface; null values are not sent.</summary>
public sealed record CreateRouterInterfaceRequest
{
    public required string RegionId { get; init; }
    public required string Role { get; init; }
    public required string RouterType { get; init; }
    public required string RouterId { get; init; }
    public required string Spec { get; init; }
    public required string OppositeRegionId { get; init; }
    public string? OppositeRouterType { get; init; }
    public string? OppositeRouterId { get; init; }
    public string? OppositeInterfaceId { get; init; }
    public string? OppositeInterfaceOwnerId { get; init; }
    public string? AccessPointId { get; init; }
    public string? OppositeAccessPointId { get; init; }
    public string? HealthCheckSourceIp { get; init; }
    public string? HealthCheckTargetIp { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }

    /// <summary><c>PrePaid</c> or <c>PostPaid</c>.</summary>
    public string? InstanceChargeType { get; init; }
    public int? Period { get; init; }
    public string? PricingCycle { get; init; }
    public bool? AutoPay { get; init; }

    /// <summary>Renews a subscription automatically (CreateRouterInterface <c>AutoRenew</c>).</summary>
    public bool? AutoRenew { get; init; }

    /// <summary>Absent: the account's default resource group.</summary>
    public string? ResourceGroupId { get; init; }

    /// <summary>Sent as <c>Tags.N.Key</c>/<c>Tags.N.Value</c> (the SDK model's wire name), in key order.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>
    /// A VBR initiator whose acceptor the API creates on the opposite vRouter and connects (official SDK model
    /// CreateRouterInterfaceRequest <c>FastLinkMode</c>: needs AccessPointId, OppositeRouterType, OppositeRouterId and
    /// OppositeInterfaceOwnerId).
    /// </summary>
    public bool? FastLinkMode { get; init; }
    public string? ClientToken { get; init; }
}
