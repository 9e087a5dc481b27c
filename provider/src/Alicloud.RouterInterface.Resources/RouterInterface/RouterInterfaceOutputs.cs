using System.Collections.Immutable;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>The computed outputs of a RouterInterface (what the cloud reports), beyond the inputs.</summary>
public sealed record RouterInterfaceOutputs
{
    public string? RouterInterfaceId { get; init; }
    public string? RegionId { get; init; }
    public string? Status { get; init; }
    public string? BusinessStatus { get; init; }
    public string? ChargeType { get; init; }
    public string? OppositeInterfaceStatus { get; init; }
    public int? Bandwidth { get; init; }
    public string? CreationTime { get; init; }
    public string? EndTime { get; init; }
    public string? VpcInstanceId { get; init; }
    public string? ConnectedTime { get; init; }
    public bool? CrossBorder { get; init; }
    public string? HasReservationData { get; init; }
    public int? HcRate { get; init; }
    public int? HcThreshold { get; init; }
    public int? OppositeBandwidth { get; init; }
    public string? OppositeInterfaceBusinessStatus { get; init; }
    public string? OppositeInterfaceSpec { get; init; }
    public string? OppositeVpcInstanceId { get; init; }
    public string? ReservationActiveTime { get; init; }
    public string? ReservationBandwidth { get; init; }
    public string? ReservationInternetChargeType { get; init; }
    public string? ReservationOrderType { get; init; }
    public string? ResourceGroupId { get; init; }
    public TagMap? Tags { get; init; }

    /// <summary>
    /// The opposite end as the cloud reports it. Not in the output table: <c>oppositeInterfaceId</c> is an input, and
    /// the state carries this value under that name only for a fast-link initiator, whose acceptor the cloud creates
    /// (<see cref="RouterInterfaceMapper.WriteState"/>).
    /// </summary>
    public string? OppositeInterfaceId { get; init; }

    /// <summary>Outputs not known yet (previews).</summary>
    public ImmutableHashSet<string> Unknowns { get; init; } = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    public static RouterInterfaceOutputs FromCloud(RouterInterfaceInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new RouterInterfaceOutputs
        {
            RouterInterfaceId = info.RouterInterfaceId,
            RegionId = info.RegionId,
            Status = NullIfEmpty(info.Status),
            BusinessStatus = NullIfEmpty(info.BusinessStatus),
            ChargeType = NullIfEmpty(info.ChargeType),
            OppositeInterfaceStatus = NullIfEmpty(info.OppositeInterfaceStatus),
            Bandwidth = info.Bandwidth,
            CreationTime = NullIfEmpty(info.CreationTime),
            EndTime = NullIfEmpty(info.EndTime),
            VpcInstanceId = NullIfEmpty(info.VpcInstanceId),
            OppositeInterfaceId = NullIfEmpty(info.OppositeInterfaceId),
            ConnectedTime = NullIfEmpty(info.ConnectedTime),
            CrossBorder = info.CrossBorder,
            HasReservationData = NullIfEmpty(info.HasReservationData),
            HcRate = info.HcRate,
            HcThreshold = info.HcThreshold,
            OppositeBandwidth = info.OppositeBandwidth,
            OppositeInterfaceBusinessStatus = NullIfEmpty(info.OppositeInterfaceBusinessStatus),
            OppositeInterfaceSpec = NullIfEmpty(info.OppositeInterfaceSpec),
            OppositeVpcInstanceId = NullIfEmpty(info.OppositeVpcInstanceId),
            ReservationActiveTime = NullIfEmpty(info.ReservationActiveTime),
            ReservationBandwidth = NullIfEmpty(info.ReservationBandwidth),
            ReservationInternetChargeType = NullIfEmpty(info.ReservationInternetChargeType),
            ReservationOrderType = NullIfEmpty(info.ReservationOrderType),
            ResourceGroupId = NullIfEmpty(info.ResourceGroupId),
            Tags = TagMap.From(info.Tags),
        };
    }

    /// <summary>Every output unknown except the region, which is known when the provider is configured (a fast-link acceptor's ID too).</summary>
    public static RouterInterfaceOutputs Unknown(string? regionId) => new()
    {
        RegionId = regionId,
        Unknowns = RouterInterfaceFields.Outputs
            .Select(f => f.Name)
            .Where(n => regionId is null || !string.Equals(n, RouterInterfaceProperties.RegionId, StringComparison.Ordinal))
            .Append(RouterInterfaceProperties.OppositeInterfaceId)
            .ToImmutableHashSet(StringComparer.Ordinal),
    };

    internal static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
