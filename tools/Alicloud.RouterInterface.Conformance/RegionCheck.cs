using Alicloud.RouterInterface.Testing.Cloud;
namespace Alicloud.RouterInterface.Conformance;

/// <summary>The first call of every run (read only): the credentials work and <c>--region</c> is one of the account's regions.</summary>
internal static class RegionCheck
{
    public static async Task EnsureAsync(ProbeSession s, CancellationToken cancellationToken)
    {
        s.Progress.Say("checking the credentials and the region (DescribeRegions)");
        IReadOnlyList<RegionInfo> regions;
        try
        {
            regions = await s.Own.DescribeRegionsAsync(cancellationToken);
        }
        catch (Alicloud.Vpc.Client.Errors.AlibabaCloudException ex) when (ex.ErrorCode == "InvalidRegionId.NotFound")
        {
            throw new ProbeException($"--region {s.Region} is not a region of the VPC API ({ex.ErrorCode}, RequestId {ex.RequestId})");
        }

        if (!regions.Any(r => r.RegionId == s.Region))
        {
            throw new ProbeException($"--region {s.Region} is not among the account's regions ({string.Join(", ", regions.Select(r => r.RegionId))})");
        }
    }
}
