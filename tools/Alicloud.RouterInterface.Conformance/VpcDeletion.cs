using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Conformance;

/// <summary>DeleteVpc retried while it reports a dependency or a busy VPC (A12, B5), within ten minutes; true once it is gone.</summary>
internal static class VpcDeletion
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static Task<bool> DeleteAsync(ProbeSession s, IVpcClient client, string vpcId, CancellationToken cancellationToken) =>
        s.WaitUntilAsync($"DeleteVpc {vpcId} to succeed", async ct =>
        {
            try
            {
                await client.DeleteVpcAsync(s.Region, vpcId, ct);
                return true;
            }
            catch (AlibabaCloudException ex) when (ex.ErrorCode == "InvalidVpcId.NotFound")
            {
                return true;
            }
            catch (AlibabaCloudException ex) when (ex.ErrorCode.StartsWith("DependencyViolation", StringComparison.Ordinal) || ex.ErrorCode == "IncorrectVpcStatus")
            {
                return false;
            }
        }, Limit, cancellationToken);
}
