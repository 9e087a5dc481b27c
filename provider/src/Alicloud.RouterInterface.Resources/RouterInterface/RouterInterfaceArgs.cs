using System.Collections.Immutable;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// The inputs of a RouterInterface. A null value is absent (or unknown: see <see cref="Unknowns"/>);
/// <see cref="Secrets"/> names the inputs that arrived as secrets, so they leave as secrets too.
/// </summary>
public sealed record RouterInterfaceArgs
{
    public string? RouterId { get; init; }
    public string? RouterType { get; init; }
    public string? Role { get; init; }
    public string? Spec { get; init; }
    public string? OppositeRegionId { get; init; }
    public string? OppositeRouterId { get; init; }
    public string? OppositeRouterType { get; init; }
    public string? OppositeInterfaceId { get; init; }
    public string? OppositeInterfaceOwnerId { get; init; }
    public string? AccessPointId { get; init; }
    public string? OppositeAccessPointId { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? HealthCheckSourceIp { get; init; }
    public string? HealthCheckTargetIp { get; init; }
    public string? InstanceChargeType { get; init; }
    public int? Period { get; init; }
    public string? PricingCycle { get; init; }
    public bool? AutoPay { get; init; }
    public bool? Force { get; init; }
    public bool? Connect { get; init; }

    /// <summary>A VBR initiator created in fast-link mode: one create makes both ends, connected; this resource is the whole instance.</summary>
    public bool? FastLinkMode { get; init; }

    /// <summary>Absent: the interface's tags are not managed.</summary>
    public TagMap? Tags { get; init; }

    /// <summary>Absent: not managed (the interface stays in the group it is in; created in the account's default group).</summary>
    public string? ResourceGroupId { get; init; }

    /// <summary>Desired <c>Active</c> or <c>Inactive</c> of a connected interface; absent: not managed.</summary>
    public string? Status { get; init; }

    public int? HcRate { get; init; }
    public int? HcThreshold { get; init; }

    /// <summary>Renew a subscription automatically; sent only at create.</summary>
    public bool? AutoRenew { get; init; }

    /// <summary>Inputs whose value is not known yet (previews only); they are not validated and are carried through.</summary>
    public ImmutableHashSet<string> Unknowns { get; init; } = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    /// <summary>Inputs that arrived as secrets.</summary>
    public ImmutableHashSet<string> Secrets { get; init; } = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    public bool IsInitiator => string.Equals(Role, RouterInterfaceValues.InitiatingSide, StringComparison.Ordinal);

    public bool IsFastLink => FastLinkMode == true;

    public bool IsUnknown(string property) => Unknowns.Contains(property);

    /// <summary>True when any input is unknown.</summary>
    public bool HasUnknowns => !Unknowns.IsEmpty;
}
