using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// Look up the custom route entries whose next hop is one of these ends. <see cref="WhileDeactivating"/>: a forced
/// delete looks them up while its own deactivation runs (force removes them, so they cannot refuse the delete), and then
/// the delete is due when the deactivation is expected to end (<see cref="ThenDeleteInstance"/>) or a look at its cadence.
/// </summary>
public sealed record DiscoverRouteEntries(IReadOnlyList<EndObservation> Ends) : DeleteAction
{
    public bool WhileDeactivating { get; init; }

    public bool ThenDeleteInstance { get; init; }
}
