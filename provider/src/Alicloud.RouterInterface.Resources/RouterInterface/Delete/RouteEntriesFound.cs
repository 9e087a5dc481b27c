using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>The custom route entries whose next hop is an end of the instance, and the route tables of its routers.</summary>
public sealed record RouteEntriesFound(IReadOnlyList<RouteEntryRef> Entries, IReadOnlyList<(string Region, string TableId)> Tables) : DeleteAnswer;
