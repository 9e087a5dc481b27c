using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.RouterInterface.Demo.Cloud;

/// <summary>The VPC client the demo uses for what happens outside the stack (the dev account, against the emulator).</summary>
internal static class DemoCloud
{
    public static IVpcClient CreateClient(string regionId, string endpoint, TimeProvider time) =>
        VpcClientFactory.Create(
            new ResolvedSettings
            {
                Region = regionId,
                AccessKeyId = EmulatorCredentials.Dev.AccessKeyId,
                AccessKeySecret = EmulatorCredentials.Dev.AccessKeySecret,
                Endpoint = endpoint,
            },
            VpcClientOptions.Default,
            time,
            NullLoggerFactory.Instance);
}
