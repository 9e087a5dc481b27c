using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// Deactivate these Active ends. <see cref="ThenDeleteInstance"/>: nothing else stands in the way, so once they are
/// deactivated the delete is due when their Deactivating is expected to end (no look first).
/// </summary>
public sealed record DeactivateEnds(IReadOnlyList<EndObservation> Ends) : DeleteAction
{
    public bool ThenDeleteInstance { get; init; }
}
