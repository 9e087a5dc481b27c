using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Conformance;

/// <summary>A connected pair of one run: initiator on router A, acceptor on router B.</summary>
internal sealed record ProbePair(string InitiatorId, string AcceptorId, IVpcClient InitiatorClient, IVpcClient AcceptorClient);

/// <summary>A VPC of one run with the account that owns it.</summary>
internal sealed record ProbeVpc(CreateVpcResult Vpc, string OwnerId, IVpcClient Client);

/// <summary>
/// Creates the run's resources, all named with the prefix, the cheapest the API takes: VPCs, pay-as-you-go interfaces
/// of the smallest spec (Mini.2, acceptors Negative), and route entries. Remembers what it created for the report.
/// </summary>
internal sealed class ProbeFixture(ProbeSession s)
{
    public const string InitiatorSpec = "Mini.2";

    public List<string> Created { get; } = [];

    /// <summary>Seconds the first created interface took to be listed (B5, create), measured from before the create call.</summary>
    public double? FirstListingLag { get; private set; }

    /// <summary>The calls of that first create and the listings that waited for it (B5's evidence).</summary>
    public IReadOnlyList<RecordedCall> FirstListingCalls { get; private set; } = [];

    public async Task<ProbeVpc> CreateVpcAsync(IVpcClient client, string suffix, string cidr, CancellationToken cancellationToken)
    {
        s.Progress.Say($"creating VPC {s.Prefix}{suffix} ({cidr})");
        var vpc = await client.CreateVpcAsync(new CreateVpcRequest { RegionId = s.Region, CidrBlock = cidr, VpcName = s.Prefix + suffix, ClientToken = s.NewToken() }, cancellationToken);
        Created.Add("vpc " + vpc.VpcId);
        VpcInfo? info = null;
        await s.WaitUntilAsync($"VPC {vpc.VpcId} Available", async ct =>
        {
            info = (await client.DescribeVpcsAsync(s.Region, vpc.VpcId, ct)).FirstOrDefault();
            return info?.Status == "Available";
        }, ProbeSession.SteadyTimeout, cancellationToken);
        return new ProbeVpc(vpc, info?.OwnerId ?? "", client);
    }

    /// <summary>Creates a pair (acceptor first, so the initiator names it), connects it and waits until both ends are Active.</summary>
    public async Task<ProbePair> CreateConnectedPairAsync(ProbeVpc a, ProbeVpc b, string name, CancellationToken cancellationToken)
    {
        var acceptor = await CreateInterfaceAsync(b.Client, new CreateRouterInterfaceRequest
        {
            RegionId = s.Region, Role = "AcceptingSide", RouterType = "VRouter", RouterId = b.Vpc.VRouterId, Spec = "Negative",
            OppositeRegionId = s.Region, OppositeRouterType = "VRouter", OppositeRouterId = a.Vpc.VRouterId, OppositeInterfaceOwnerId = a.OwnerId,
            Name = $"{s.Prefix}{name}-acceptor", InstanceChargeType = "PostPaid", ClientToken = s.NewToken(),
        }, cancellationToken);
        var initiator = await CreateInitiatorAsync(a, b, $"{name}-initiator", acceptor, cancellationToken);
        await b.Client.ModifyRouterInterfaceAttributeAsync(new ModifyRouterInterfaceAttributeRequest
        {
            RegionId = s.Region, RouterInterfaceId = acceptor, OppositeInterfaceId = initiator, OppositeRouterId = a.Vpc.VRouterId,
            OppositeRouterType = "VRouter", OppositeInterfaceOwnerId = a.OwnerId,
        }, cancellationToken);
        s.Progress.Say($"connecting {initiator} to {acceptor}");
        await a.Client.ConnectRouterInterfaceAsync(s.Region, initiator, cancellationToken);
        var pair = new ProbePair(initiator, acceptor, a.Client, b.Client);
        if (!await s.WaitForStatusAsync(a.Client, initiator, "Active", cancellationToken) || !await s.WaitForStatusAsync(b.Client, acceptor, "Active", cancellationToken))
        {
            throw new ProbeException($"the pair {initiator}/{acceptor} did not become Active within {ProbeSession.SteadyTimeout.TotalMinutes:0} minutes");
        }

        return pair;
    }

    /// <summary>An initiator on A toward B's router; <paramref name="acceptor"/> null leaves it Idle and unconnected.</summary>
    public Task<string> CreateInitiatorAsync(ProbeVpc a, ProbeVpc b, string name, string? acceptor, CancellationToken cancellationToken) =>
        CreateInterfaceAsync(a.Client, new CreateRouterInterfaceRequest
        {
            RegionId = s.Region, Role = "InitiatingSide", RouterType = "VRouter", RouterId = a.Vpc.VRouterId, Spec = InitiatorSpec,
            OppositeRegionId = s.Region, OppositeRouterType = "VRouter", OppositeRouterId = b.Vpc.VRouterId, OppositeInterfaceId = acceptor,
            OppositeInterfaceOwnerId = b.OwnerId, Name = s.Prefix + name, InstanceChargeType = "PostPaid", ClientToken = s.NewToken(),
        }, cancellationToken);

    private async Task<string> CreateInterfaceAsync(IVpcClient client, CreateRouterInterfaceRequest request, CancellationToken cancellationToken)
    {
        s.Progress.Say($"creating router interface {request.Name} ({request.Role}, {request.Spec}, pay-as-you-go)");
        var start = s.Now();
        var mark = s.Calls.Count;
        var id = await client.CreateRouterInterfaceAsync(request, cancellationToken);
        Created.Add("router-interface " + id);
        if (!await s.WaitUntilAsync($"{id} to be listed", async ct => await s.ListedAsync(client, id, ct) is not null, ProbeSession.SteadyTimeout, cancellationToken))
        {
            throw new ProbeException($"{id} was not listed within {ProbeSession.SteadyTimeout.TotalMinutes:0} minutes of its create");
        }

        if (FirstListingLag is null)
        {
            FirstListingLag = s.SecondsSince(start);
            FirstListingCalls = s.Calls.Since(mark);
        }

        return id;
    }
}

/// <summary>A run that cannot go on (a resource it needs did not come up); the questions so far stay in the report.</summary>
internal sealed class ProbeException(string message) : Exception(message);
