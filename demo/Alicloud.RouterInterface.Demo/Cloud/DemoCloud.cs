using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Budget;

namespace Alicloud.RouterInterface.Demo.Cloud;

/// <summary>The VPC client the demo uses for what happens outside the stack (the dev account, against the emulator).</summary>
internal static class DemoCloud
{
    /// <summary>The client, at the provider's default account quota; the caller disposes it (its call budget).</summary>
    public static EmulatorVpcClient CreateClient(string regionId, string endpoint, TimeProvider time) =>
        new(endpoint, regionId, time: time, options: VpcClientOptions.Default, quotas: EmulatorVpcClient.Quotas with { Account = VpcQuotaOptions.Default.Account });
}
