using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// The opposite end as this end's describe shows it: its <c>OppositeInterfaceStatus</c> is the opposite's status, so a
/// poll of this end's region alone follows both ends of a cross-region pair. Everything else about the opposite
/// (charge type, router) comes from the last time it was described directly.
/// </summary>
public static class OppositeEndInference
{
    /// <summary>
    /// Known = the answer can be trusted: Info is the opposite with the status this end reports, or null when this end
    /// reports it Deleted. Not known (describe the opposite's region) when this end is gone, names another opposite,
    /// reports no status, or the opposite was never described.
    /// </summary>
    public static (bool Known, RouterInterfaceInfo? Info) Infer(RouterInterfaceInfo? self, InterfaceKey opposite, RouterInterfaceInfo? lastOpposite)
    {
        if (self is null || lastOpposite is null
            || !string.Equals(self.OppositeInterfaceId, opposite.Id, StringComparison.Ordinal)
            || string.IsNullOrEmpty(self.OppositeInterfaceStatus))
        {
            return (false, null);
        }

        return RouterInterfaceStatuses.IsGone(self.OppositeInterfaceStatus)
            ? (true, null)
            : (true, lastOpposite with { Status = self.OppositeInterfaceStatus });
    }

    /// <summary>Whether a describe of this end can be expected to carry the opposite's status (so its region need not be polled).</summary>
    public static bool CanInfer(RouterInterfaceInfo? lastSelf, InterfaceKey opposite, RouterInterfaceInfo? lastOpposite) =>
        lastSelf is not null && lastOpposite is not null
        && string.Equals(lastSelf.OppositeInterfaceId, opposite.Id, StringComparison.Ordinal)
        && !string.IsNullOrEmpty(lastSelf.OppositeInterfaceStatus);
}
