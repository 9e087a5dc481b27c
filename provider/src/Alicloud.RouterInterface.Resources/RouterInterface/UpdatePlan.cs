using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// What an Update must send so that the cloud ends as the new inputs describe it. It compares the new inputs with the
/// live interface, not only with the old inputs: after a partial create the engine sends an Update whose olds equal its
/// news (pkg/resource/deploy/step_generator.go, "initialization errors"), and only the live state tells that the pair
/// never connected or that a spec never reached the cloud. Where the cloud does not report a field, the old inputs
/// decide. Without a live look (preview) the old inputs decide everything. Inputs whose absence means "not managed"
/// are never changes when absent; health-check IPs that the old inputs had and the new ones drop are removed
/// (<c>DeleteHealthCheckIp</c>).
/// </summary>
public sealed record UpdatePlan(
    IReadOnlyList<PropertyField<RouterInterfaceArgs>> Changed,
    IReadOnlyList<PropertyField<RouterInterfaceArgs>> Attributes,
    bool Spec,
    bool Connect)
{
    /// <summary>Both health-check IPs are to be removed.</summary>
    public bool DeleteHealthCheck { get; init; }

    /// <summary>The status to reach (Activate/Deactivate), or null.</summary>
    public string? Status { get; init; }

    /// <summary>The resource group to move to, or null.</summary>
    public string? ResourceGroupId { get; init; }

    /// <summary>The tags wanted, when they differ from what the cloud (or, in preview, the old inputs) has.</summary>
    public TagMap? Tags { get; init; }

    public bool ModifiesAttributes => Attributes.Count > 0 || DeleteHealthCheck;

    public bool ChangesCloud => ModifiesAttributes || Spec || Connect || Status is not null || ResourceGroupId is not null || Tags is not null;

    public static UpdatePlan For(RouterInterfaceArgs olds, RouterInterfaceArgs news, IReadOnlyCollection<string> ignoreChanges, RouterInterfaceInfo? live)
    {
        ArgumentNullException.ThrowIfNull(olds);
        ArgumentNullException.ThrowIfNull(news);
        ArgumentNullException.ThrowIfNull(ignoreChanges);
        var cloud = live is null ? null : CloudArgs.FromCloud(live);
        var considered = RouterInterfaceFields.Inputs.Where(f => !ignoreChanges.Contains(f.Name, StringComparer.Ordinal)).ToList();
        var changed = considered
            .Where(f => !(f.AbsentIsUnmanaged && f.Get(news) is null && !news.IsUnknown(f.Name)))
            .Where(f => news.IsUnknown(f.Name) || !Equals(f.Get(olds), f.Get(news)))
            .ToList();

        bool Differs(PropertyField<RouterInterfaceArgs> field) =>
            field.Get(news) is { } wanted && (cloud is not null && field.Get(cloud) is { } shown ? !Equals(shown, wanted) : changed.Contains(field));

        var attributes = considered.Where(f => f.OnChange == ChangeBehaviour.ModifyAttribute && Differs(f)).ToList();
        var spec = considered.Any(f => f.OnChange == ChangeBehaviour.ModifySpec && (news.IsUnknown(f.Name) || Differs(f)));
        var connectConsidered = considered.Any(f => f.OnChange == ChangeBehaviour.Connect);
        var connect = connectConsidered && news.Connect == true && (live is null
            ? olds.Connect != true
            : RouterInterfaceStatuses.Is(live.Status, RouterInterfaceStatuses.Idle));
        string? Wanted(ChangeBehaviour behaviour) =>
            considered.FirstOrDefault(f => f.OnChange == behaviour) is { } field && Differs(field) ? (string?)field.Get(news) : null;
        var tagsField = considered.FirstOrDefault(f => f.OnChange == ChangeBehaviour.Tags);
        var hadHealthCheck = (olds.HealthCheckSourceIp ?? olds.HealthCheckTargetIp) is not null;
        var hasHealthCheck = (news.HealthCheckSourceIp ?? news.HealthCheckTargetIp) is not null
            || news.IsUnknown(RouterInterfaceProperties.HealthCheckSourceIp) || news.IsUnknown(RouterInterfaceProperties.HealthCheckTargetIp);
        var liveHealthCheck = live is null || live.HealthCheckSourceIp.Length > 0 || live.HealthCheckTargetIp.Length > 0;
        return new UpdatePlan(changed, attributes, spec, connect)
        {
            DeleteHealthCheck = hadHealthCheck && !hasHealthCheck && liveHealthCheck
                && considered.Any(f => f.Name == RouterInterfaceProperties.HealthCheckTargetIp),
            Status = Wanted(ChangeBehaviour.Status),
            ResourceGroupId = Wanted(ChangeBehaviour.ResourceGroup),
            Tags = tagsField is not null && Differs(tagsField) ? news.Tags : null,
        };
    }
}
