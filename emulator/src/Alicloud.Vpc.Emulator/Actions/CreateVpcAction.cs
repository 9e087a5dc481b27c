using System.Net;
using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>A VPC with its vRouter and system route table (holding the 100.64.0.0/10 system route); Pending → Available.</summary>
internal sealed class CreateVpcAction : IApiAction
{
    public const string DefaultCidrBlock = "172.16.0.0/12";

    public string Name => "CreateVpc";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var regionId = ActionSupport.RegionId(request);
        var parameters = request.Parameters;
        var cidr = parameters.Optional("CidrBlock") ?? DefaultCidrBlock;
        if (!IPNetwork.TryParse(cidr, out _))
        {
            throw ApiErrors.InvalidCidrBlockMalformed();
        }

        var name = parameters.Optional("VpcName");
        ActionSupport.ValidateName(name, "VpcName");
        var description = parameters.Optional("Description");
        ActionSupport.ValidateDescription(description);
        ActionSupport.EnsureNotDryRun(request);

        var vpc = new VpcEntity
        {
            VpcId = IdGenerator.NewId("vpc"),
            AccountId = request.AccountId,
            RegionId = regionId,
            VpcName = name ?? "",
            Description = description ?? "",
            CidrBlock = cidr,
            VRouterId = IdGenerator.NewId("vrt"),
            RouteTableId = IdGenerator.NewId("vtb"),
            CreationTime = session.Now,
        };
        session.Begin(vpc, StatusNames.Pending, StatusNames.Available, TransitionNames.VpcPending);
        session.Data.Vpcs.Add(vpc);
        session.Data.RouteTables.Add(new RouteTableEntity
        {
            RouteTableId = vpc.RouteTableId,
            AccountId = vpc.AccountId,
            RegionId = regionId,
            RouterId = vpc.VRouterId,
            RouterType = RouterTypes.VRouter,
            VpcId = vpc.VpcId,
            RouteTableType = "System",
            CreationTime = session.Now,
        });
        session.Data.RouteEntries.Add(new RouteEntryEntity
        {
            RouteEntryId = IdGenerator.NewId("rte"),
            AccountId = vpc.AccountId,
            RegionId = regionId,
            RouteTableId = vpc.RouteTableId,
            DestinationCidrBlock = "100.64.0.0/10",
            Type = "System",
            Status = StatusNames.Available,
            CreationTime = session.Now,
            ModifiedTime = session.Now,
        });

        return new
        {
            request.RequestId,
            vpc.VpcId,
            VRouterId = vpc.VRouterId,
            vpc.RouteTableId,
            ResourceGroupId = ActionSupport.ResourceGroupOf(vpc.AccountId),
        };
    }
}
