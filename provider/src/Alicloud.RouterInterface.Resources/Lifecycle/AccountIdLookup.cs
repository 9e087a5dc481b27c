using Alicloud.Vpc.Client;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// The caller's own account ID, which Connect needs as the opposite owner of a same-account pair (the real API answers
/// IncorrectOppositeInterfaceInfo.NotSet without it; Terraform fills it the same way). Looked up once per provider
/// process and configured client, through the VPC API itself: DescribeVpcs answers <c>OwnerId</c>, "the ID of the
/// Alibaba Cloud account to which the VPC belongs" (official SDK model DescribeVpcsResponseBody, e.g.
/// aliyun/alibabacloud-csharp-sdk vpc-20160428/core/Models/DescribeVpcsResponseBody.cs). A failed look-up is not cached.
/// </summary>
public sealed class AccountIdLookup
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IVpcClient? _client;
    private string? _accountId;

    /// <summary>The account of <paramref name="client"/>, from the VPC <paramref name="vpcId"/> (or any VPC) in <paramref name="regionId"/>.</summary>
    public async Task<string?> GetAsync(IVpcClient client, string regionId, string? vpcId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (ReferenceEquals(Volatile.Read(ref _client), client) && Volatile.Read(ref _accountId) is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (ReferenceEquals(_client, client) && _accountId is { } cached)
            {
                return cached;
            }

            var vpcs = await client.DescribeVpcsAsync(regionId, string.IsNullOrEmpty(vpcId) ? null : vpcId, cancellationToken).ConfigureAwait(false);
            var owner = vpcs.Select(v => v.OwnerId).FirstOrDefault(o => o.Length > 0);
            if (owner is not null)
            {
                _accountId = owner;
                Volatile.Write(ref _client, client);
            }

            return owner;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>For the pair of <paramref name="initiator"/>: its own VPC when it is on a vRouter, else the visible acceptor's.</summary>
    public Task<string?> GetForPairAsync(LifecycleServices services, InterfaceKey initiator, Vpc.Client.Models.RouterInterfaceInfo? initiatorInfo,
        Vpc.Client.Models.RouterInterfaceInfo? acceptorInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        return initiatorInfo is { VpcInstanceId.Length: > 0 } || acceptorInfo is null
            ? GetAsync(services.Client, initiator.RegionId, initiatorInfo?.VpcInstanceId, cancellationToken)
            : GetAsync(services.Client, acceptorInfo.RegionId, acceptorInfo.VpcInstanceId, cancellationToken);
    }
}
