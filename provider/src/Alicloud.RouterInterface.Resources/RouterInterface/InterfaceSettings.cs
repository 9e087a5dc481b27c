using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Models;
using V = Alicloud.RouterInterface.Resources.RouterInterface.RouterInterfaceValues;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// The settings an Update (and, for status, a create) applies beside ModifyRouterInterfaceAttribute: the status through
/// Activate/DeactivateRouterInterface and a wait until it is reached (Terraform does the same and waits for the target,
/// resource_alicloud_express_connect_router_interface.go), the resource group through ChangeResourceGroup, and the tags
/// with at most one TagResourcesForExpressConnect (keys new or with another value) and one
/// UntagResourcesForExpressConnect (keys no longer wanted).
/// </summary>
public sealed class InterfaceSettings(LifecycleServices services)
{
    /// <summary>Brings the live status to <paramref name="desired"/>; returns what was done, or null when it already was.</summary>
    public async Task<string?> ApplyStatusAsync(InterfaceKey key, string desired, InterfaceWaiter waiter, WaitStatusReporter status, OperationDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(waiter);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(deadline);
        var live = (await waiter.WaitAsync([key], s => InterfaceWaiter.UntilStable(s, key), TimeSpan.Zero)).Find(key)!;
        if (RouterInterfaceStatuses.Is(live.Status, desired))
        {
            return null;
        }

        var activate = RouterInterfaceStatuses.Is(desired, V.ManagedStatuses[0]);
        var from = activate ? RouterInterfaceStatuses.Inactive : RouterInterfaceStatuses.Active;
        if (!RouterInterfaceStatuses.Is(live.Status, from))
        {
            // Activate works only from Inactive, Deactivate only from Active (IncorrectRIStatus otherwise)
            throw new ResourceOperationException(DiagnosticCodes.UpdateFailed,
                $"{DiagnosticCodes.UpdateFailed}: status {desired} was asked for {key}, but it is {live.Status}: only a connected interface is activated (from Inactive) or deactivated (from Active). " +
                "Connect the pair first (connect: true on the initiator), or leave status unset until it is connected.", FailureKind.Refused);
        }

        await status.ShowAsync(activate ? "activating" : "deactivating", deadline.Token);
        if (activate)
        {
            await services.Client.ActivateRouterInterfaceAsync(key.RegionId, key.Id, deadline.Token);
        }
        else
        {
            await services.Client.DeactivateRouterInterfaceAsync(key.RegionId, key.Id, deadline.Token);
        }

        await waiter.WaitAsync([key], s => InterfaceWaiter.UntilStatus(s, key, desired), services.Options.FirstPollDelay);
        return "status " + desired;
    }

    /// <summary>
    /// The health-check rate and threshold after a create: CreateRouterInterface has no such parameters (SDK model), so
    /// ModifyRouterInterfaceAttribute sets them, as Terraform's create does through its update.
    /// </summary>
    public async Task<bool> ApplyHealthCheckTuningAsync(InterfaceKey key, RouterInterfaceArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.HcRate is null && args.HcThreshold is null)
        {
            return false;
        }

        await services.Client.ModifyRouterInterfaceAttributeAsync(
            new ModifyRouterInterfaceAttributeRequest { RegionId = key.RegionId, RouterInterfaceId = key.Id, HcRate = args.HcRate, HcThreshold = args.HcThreshold },
            cancellationToken);
        return true;
    }

    /// <summary>Moves the interface to <paramref name="desired"/> unless it is there; returns what was done, or null.</summary>
    public async Task<string?> ApplyResourceGroupAsync(InterfaceKey key, string desired, RouterInterfaceInfo? live, CancellationToken cancellationToken)
    {
        if (live is not null && string.Equals(live.ResourceGroupId, desired, StringComparison.Ordinal))
        {
            return null;
        }

        await services.Client.ChangeResourceGroupAsync(key.RegionId, key.Id, desired, cancellationToken);
        return "resource group " + desired;
    }

    /// <summary>Makes the live tags equal <paramref name="desired"/> with the fewest calls; returns what was done, or null.</summary>
    public async Task<string?> ApplyTagsAsync(InterfaceKey key, TagMap desired, TagMap live, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desired);
        var (set, remove) = desired.ChangesFrom(live);
        if (set.Count > 0)
        {
            await services.Client.TagRouterInterfaceAsync(key.RegionId, key.Id, set, cancellationToken);
        }

        if (remove.Count > 0)
        {
            await services.Client.UntagRouterInterfaceAsync(key.RegionId, key.Id, remove, cancellationToken);
        }

        return set.Count + remove.Count == 0 ? null : $"tags (+{set.Count}, -{remove.Count})";
    }
}
