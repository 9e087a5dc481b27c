using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client;

namespace Alicloud.RouterInterface.Conformance;

/// <summary>
/// Without consent: read calls only (DescribeRegions, DescribeVpcs, DescribeRouterInterfaces) to check the
/// credentials, the region and what an earlier run left under the prefix, then the plan on stdout.
/// </summary>
internal static class ProbePlan
{
    public static async Task WriteAsync(ProbeSession s, TextWriter stdout, CancellationToken cancellationToken)
    {
        await RegionCheck.EnsureAsync(s, cancellationToken);

        var leftVpcs = (await s.Own.DescribeVpcsAsync(s.Region, null, cancellationToken)).Count(v => v.VpcName.StartsWith(s.Prefix, StringComparison.Ordinal));
        var leftInterfaces = (await s.Own.ListRouterInterfacesAsync(s.Region, new Dictionary<string, IReadOnlyList<string>>(), cancellationToken))
            .Count(i => i.Name.StartsWith(s.Prefix, StringComparison.Ordinal) && i.Status != "Deleted");
        var cross = s.Opposite is not null;
        stdout.WriteLine($"""
            Nothing was created: this run made read calls only. With --create-billable-resources it would, in {s.Region}:

              create  {(cross ? 3 : 2)} VPCs named {s.Prefix}a, {s.Prefix}b{(cross ? $", {s.Prefix}c (in the opposite account)" : "")} (VPCs are free)
              create  {(cross ? 5 : 3)} router interfaces, pay-as-you-go (PostPaid), initiators of spec {ProbeFixture.InitiatorSpec}
                      (the smallest), acceptors Negative: a connected pair {s.Prefix}pair-initiator/-acceptor,
                      an unconnected initiator {s.Prefix}ecmp-hop{(cross ? $", and a cross-account pair {s.Prefix}cross-*" : "")}
              create  up to 4 route entries in {s.Prefix}a's route table (10.251.0.0/16 through two interfaces, 10.252.N.0/24)
              ask     B1 B2 B3 B4 B5 B6 {(cross ? "B7 " : "")}B8 B10 (B9, the quotas, is not probed{(cross ? "" : "; B7 needs the opposite* credentials")})
              delete  everything above through the provider's delete lifecycle, then the VPCs

            About 5 to 15 minutes (most of it waiting for statuses and for a Deleted row to go, up to {s.Options.DeletedRowWatch.TotalSeconds:0} s).
            Pay-as-you-go billing applies to the initiators while they exist ({(cross ? 3 : 2)} x {ProbeFixture.InitiatorSpec}, at the
            buy page's price for this region; acceptors, VPCs and route entries are free).
            Found under the prefix now (left by an earlier run; the next run sweeps them first): {leftVpcs} VPCs, {leftInterfaces} router interfaces.
            """);
    }
}
