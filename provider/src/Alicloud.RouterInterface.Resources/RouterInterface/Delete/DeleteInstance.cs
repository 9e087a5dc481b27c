using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// Call DeleteExpressConnect on this end. <see cref="WhenDeactivated"/>: the ends are still Deactivating from our own
/// Deactivate and nothing else stands in the way, so the call is made when that is expected to end, without another
/// poll first (a refusal with IncorrectStatus says no more than a poll would).
/// </summary>
public sealed record DeleteInstance(InterfaceKey Key, bool Force) : DeleteAction
{
    public bool WhenDeactivated { get; init; }

    /// <summary>Attempts already refused with IncorrectStatus while our Deactivating runs (<see cref="WhenDeactivated"/>).</summary>
    public int Attempt { get; init; }

    /// <summary>The route tables this forced delete empties: they count as busy from its turn (<see cref="Lifecycle.RouteTableTurnLock"/>).</summary>
    public IReadOnlyList<(string Region, string TableId)> Emptying { get; init; } = [];
}
