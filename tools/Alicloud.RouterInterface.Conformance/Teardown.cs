using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client;

namespace Alicloud.RouterInterface.Conformance;

/// <summary>
/// Removes everything under the prefix in both accounts: the router interfaces (with the route entries through them)
/// through the provider's delete lifecycle, then the VPCs, retrying DeleteVpc through its dependency tail. Runs
/// first (a sweep of what an interrupted run left) and last; the same code either way.
/// </summary>
internal sealed class Teardown(ProbeSession s, ProviderDelete ownDelete, ProviderDelete? oppositeDelete)
{
    /// <summary>Everything under the prefix that is still there afterwards (empty when the sweep is complete).</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var left = new List<string>();
        await SweepAccountAsync(s.Own, ownDelete, left, cancellationToken);
        if (s.Opposite is { } opposite && oppositeDelete is not null)
        {
            await SweepAccountAsync(opposite, oppositeDelete, left, cancellationToken);
        }

        return left;
    }

    private async Task SweepAccountAsync(IVpcClient client, ProviderDelete delete, List<string> left, CancellationToken cancellationToken)
    {
        var vpcs = (await client.DescribeVpcsAsync(s.Region, null, cancellationToken)).Where(v => v.VpcName.StartsWith(s.Prefix, StringComparison.Ordinal)).ToList();
        var routers = vpcs.Select(v => v.VRouterId).ToHashSet(StringComparer.Ordinal);
        var interfaces = (await client.ListRouterInterfacesAsync(s.Region, new Dictionary<string, IReadOnlyList<string>>(), cancellationToken))
            .Where(i => (i.Name.StartsWith(s.Prefix, StringComparison.Ordinal) || routers.Contains(i.RouterId)) && i.Status != "Deleted")
            .ToList();
        foreach (var ri in interfaces)
        {
            s.Progress.Say($"cleanup: deleting router interface {ri.RouterInterfaceId} ({ri.Name}, {ri.Status}) through the provider's delete");
            try
            {
                await delete.DeleteAsync(ri.RouterInterfaceId, ri.OppositeInterfaceId, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                s.Progress.Say($"cleanup: {ri.RouterInterfaceId} not deleted: {ex.Message}");
                left.Add("router-interface " + ri.RouterInterfaceId);
            }
        }

        foreach (var vpc in vpcs)
        {
            if (!await DeleteVpcAsync(client, vpc.VpcId, vpc.VRouterId, cancellationToken))
            {
                left.Add("vpc " + vpc.VpcId);
            }
        }
    }

    private async Task<bool> DeleteVpcAsync(IVpcClient client, string vpcId, string routerId, CancellationToken cancellationToken)
    {
        await s.WaitUntilAsync($"the interfaces of {vpcId} to be gone", async ct =>
            (await client.ListRouterInterfacesAsync(s.Region, new Dictionary<string, IReadOnlyList<string>> { ["RouterId"] = [routerId] }, ct))
                .All(i => i.Status == "Deleted"), VpcDeletion.Limit, cancellationToken);
        s.Progress.Say($"cleanup: deleting VPC {vpcId} (retrying while it reports a dependency)");
        return await VpcDeletion.DeleteAsync(s, client, vpcId, cancellationToken);
    }
}
