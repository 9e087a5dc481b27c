using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>The per-end way: DeleteRouterInterface for each of these Idle/Inactive ends, each in its own region (the opposite first).</summary>
public sealed record DeleteEnds(IReadOnlyList<EndObservation> Ends) : DeleteAction;
