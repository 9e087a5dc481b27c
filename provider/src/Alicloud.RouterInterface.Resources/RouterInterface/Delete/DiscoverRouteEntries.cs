using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>Look up the custom route entries whose next hop is one of these ends.</summary>
public sealed record DiscoverRouteEntries(IReadOnlyList<EndObservation> Ends) : DeleteAction;
