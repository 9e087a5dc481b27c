using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>The per-end way, with force: remove this custom route entry (DeleteRouteEntry; one change per route table at a time).</summary>
public sealed record RemoveRouteEntry(RouteEntryRef Entry) : DeleteAction;
