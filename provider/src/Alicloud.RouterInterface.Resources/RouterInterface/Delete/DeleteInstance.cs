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
}
