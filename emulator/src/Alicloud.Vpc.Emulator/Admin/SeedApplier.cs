using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Admin;

/// <summary>Applies a seed body: new VBRs (with their route tables), resource groups, flags on interfaces and VPCs. All-or-nothing.</summary>
internal static class SeedApplier
{
    public static SeedResult Apply(SeedBody body, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(session);
        var data = session.Data;
        foreach (var vbr in body.Vbrs ?? [])
        {
            if (string.IsNullOrEmpty(vbr.AccountId) || !vbr.AccountId.All(char.IsAsciiDigit))
            {
                throw ApiErrors.InvalidParameter("vbrs.accountId", "Expected a numeric account id.");
            }

            if (!Regions.IsKnown(vbr.RegionId ?? ""))
            {
                throw ApiErrors.InvalidRegionIdNotFound();
            }

            if (vbr.VbrId is { } id && (!id.StartsWith("vbr-", StringComparison.Ordinal) || data.Vbrs.Any(v => v.VbrId == id)))
            {
                throw ApiErrors.InvalidParameter("vbrs.vbrId", "Must start with vbr- and be unused.");
            }
        }

        foreach (var group in body.ResourceGroups ?? [])
        {
            if (string.IsNullOrEmpty(group.AccountId) || !group.AccountId.All(char.IsAsciiDigit) || !(group.ResourceGroupId ?? "").StartsWith("rg-", StringComparison.Ordinal))
            {
                throw ApiErrors.InvalidParameter("resourceGroups", "Expected a numeric accountId and a resourceGroupId starting with rg-.");
            }
        }

        var interfaces = (body.RouterInterfaces ?? []).Select(s => (Seed: s, Entity: data.FindRouterInterfaceAnywhere(s.RouterInterfaceId ?? "") ?? throw ApiErrors.InvalidRouterInterfaceIdNotFound())).ToArray();
        var vpcs = (body.Vpcs ?? []).Select(s => (Seed: s, Entity: data.Vpcs.Find(v => v.VpcId == s.VpcId) ?? throw ApiErrors.InvalidVpcIdNotFound())).ToArray();

        var seeded = new List<SeededVbr>();
        foreach (var vbr in body.Vbrs ?? [])
        {
            var entity = new VbrEntity
            {
                VbrId = vbr.VbrId ?? IdGenerator.NewId("vbr"),
                AccountId = vbr.AccountId,
                RegionId = vbr.RegionId,
                AccessPointId = vbr.AccessPointId ?? $"ap-{vbr.RegionId}-emulator-a",
                RouteTableId = IdGenerator.NewId("vtb"),
                CreationTime = session.Now,
            };
            data.Vbrs.Add(entity);
            data.RouteTables.Add(new RouteTableEntity
            {
                RouteTableId = entity.RouteTableId,
                AccountId = entity.AccountId,
                RegionId = entity.RegionId,
                RouterId = entity.VbrId,
                RouterType = RouterTypes.Vbr,
                RouteTableType = "System",
                CreationTime = session.Now,
            });
            seeded.Add(new SeededVbr(entity.VbrId, entity.RouteTableId, entity.AccountId, entity.RegionId, entity.AccessPointId));
        }

        foreach (var (seed, entity) in interfaces)
        {
            entity.OperationLocked = seed.OperationLocked ?? entity.OperationLocked;
            entity.ClassicLinkRouteEntry = seed.ClassicLinkRouteEntry ?? entity.ClassicLinkRouteEntry;
        }

        foreach (var group in body.ResourceGroups ?? [])
        {
            if (!data.HasResourceGroup(group.AccountId, group.ResourceGroupId))
            {
                data.ResourceGroups.Add(new ResourceGroupEntity { AccountId = group.AccountId, ResourceGroupId = group.ResourceGroupId });
            }
        }

        foreach (var (seed, entity) in vpcs)
        {
            entity.NonSteady = seed.NonSteady ?? entity.NonSteady;
        }

        return new SeedResult(seeded);
    }
}
