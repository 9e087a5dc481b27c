using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Properties;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// Refuses in Diff (so in preview, before anything changes) a change of an input the API takes only at create:
/// <c>autoRenew</c> is a CreateRouterInterface parameter, and no VPC API changes the renewal of an existing interface
/// (Terraform sends it at create only, resource_alicloud_express_connect_router_interface.go). Replacing a subscription
/// for it would be worse than asking, so the message says what to do instead.
/// </summary>
internal static class CreateOnlyChanges
{
    public static void EnsureNone(string id, PropertyMap olds, DiffResult diff)
    {
        var changed = RouterInterfaceFields.Inputs
            .Where(f => f.OnChange == ChangeBehaviour.CreateOnly && diff.DetailedDiff.ContainsKey(f.Name))
            .Select(f => f.Name)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var was = string.Join(", ", changed.Select(name => $"{name} {(olds.TryGetValue(name, out var old) ? old.ToString() : "unset")}"));
        throw new ResourceOperationException(DiagnosticCodes.CreateOnlyChange,
            $"{DiagnosticCodes.CreateOnlyChange}: {string.Join(", ", changed)} of {id} changed, but CreateRouterInterface is the only VPC API that takes it, so it cannot be applied to an existing interface. " +
            $"Nothing was changed. Set it back (was: {was}) or add it to ignoreChanges, and change the renewal of a subscription in the Alibaba Cloud console (Billing, Renewal Management).");
    }
}
