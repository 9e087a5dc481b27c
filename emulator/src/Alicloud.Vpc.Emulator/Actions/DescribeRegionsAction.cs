using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

internal sealed class DescribeRegionsAction : IApiAction
{
    public string Name => "DescribeRegions";

    public bool IsMutating => false;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Parameters.Optional("RegionId") is { } regionId && !Regions.IsKnown(regionId))
        {
            throw ApiErrors.InvalidRegionIdNotFound();
        }

        var regions = Regions.All.Select(r => new { r.RegionId, r.LocalName, RegionEndpoint = r.Endpoint }).ToArray();
        return new { request.RequestId, Regions = new { Region = regions } };
    }
}
