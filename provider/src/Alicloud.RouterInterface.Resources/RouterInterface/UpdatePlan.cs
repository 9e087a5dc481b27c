using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// What an Update must send so that the cloud ends as the new inputs describe it. It compares the new inputs with the
/// live interface, not only with the old inputs: after a partial create the engine sends an Update whose olds equal its
/// news (pkg/resource/deploy/step_generator.go, "initialization errors"), and only the live state tells that the pair
/// never connected or that a spec never reached the cloud. Where the cloud does not report a field, the old inputs
/// decide. Without a live look (preview) the old inputs decide everything.
/// </summary>
public sealed record UpdatePlan(
    IReadOnlyList<PropertyField<RouterInterfaceArgs>> Changed,
    IReadOnlyList<PropertyField<RouterInterfaceArgs>> Attributes,
    bool Spec,
    bool Connect)
{
    public bool ChangesCloud => Attributes.Count > 0 || Spec || Connect;

    public static UpdatePlan For(RouterInterfaceArgs olds, RouterInterfaceArgs news, IReadOnlyCollection<string> ignoreChanges, RouterInterfaceInfo? live)
    {
        ArgumentNullException.ThrowIfNull(olds);
        ArgumentNullException.ThrowIfNull(news);
        ArgumentNullException.ThrowIfNull(ignoreChanges);
        var cloud = live is null ? null : CloudArgs.FromCloud(live);
        var considered = RouterInterfaceFields.Inputs.Where(f => !ignoreChanges.Contains(f.Name, StringComparer.Ordinal)).ToList();
        var changed = considered.Where(f => news.IsUnknown(f.Name) || !Equals(f.Get(olds), f.Get(news))).ToList();

        bool Differs(PropertyField<RouterInterfaceArgs> field) =>
            field.Get(news) is { } wanted && (cloud is not null && field.Get(cloud) is { } shown ? !Equals(shown, wanted) : changed.Contains(field));

        var attributes = considered.Where(f => f.OnChange == ChangeBehaviour.ModifyAttribute && Differs(f)).ToList();
        var spec = considered.Any(f => f.OnChange == ChangeBehaviour.ModifySpec && (news.IsUnknown(f.Name) || Differs(f)));
        var connectConsidered = considered.Any(f => f.OnChange == ChangeBehaviour.Connect);
        var connect = connectConsidered && news.Connect == true && (live is null
            ? olds.Connect != true
            : RouterInterfaceStatuses.Is(live.Status, RouterInterfaceStatuses.Idle));
        return new UpdatePlan(changed, attributes, spec, connect);
    }
}
