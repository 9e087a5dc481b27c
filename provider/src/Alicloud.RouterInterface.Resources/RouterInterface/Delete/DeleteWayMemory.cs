using System.Collections.Concurrent;
using Alicloud.Vpc.Client;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// Which way the account's API deletes an Express Connect instance, remembered for the provider process per client
/// (account) and region: once DeleteExpressConnect was refused for this kind of instance (B1), every later delete goes
/// one end at a time at once, so a fleet pays the refusal once. Thread-safe; one per process.
/// </summary>
public sealed class DeleteWayMemory
{
    private readonly ConcurrentDictionary<(IVpcClient Client, string Region), bool> _perEnd = new();

    /// <summary>True once a delete in this account and region learnt that DeleteExpressConnect is refused.</summary>
    public bool TakesPerEnd(IVpcClient client, string regionId) => _perEnd.ContainsKey((client, regionId));

    public void RememberPerEnd(IVpcClient client, string regionId) => _perEnd[(client, regionId)] = true;
}
