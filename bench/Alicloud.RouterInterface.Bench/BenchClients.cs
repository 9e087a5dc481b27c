using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Budget;

namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// VPC clients of the bench itself (seeding, the Terraform replay). They have no client-side budget to speak of, like
/// Terraform's SDK: only the emulator's limit applies, and its Throttling answers are retried.
/// </summary>
public sealed class BenchClients : IDisposable
{
    private static readonly VpcClientOptions Patient = VpcClientOptions.Default with
    {
        MaxRetries = 10,
        BaseDelay = TimeSpan.FromMilliseconds(200),
        MaxDelay = TimeSpan.FromSeconds(2),
    };

    private static readonly VpcQuotaOptions Unthrottled = EmulatorVpcClient.Quotas with { Account = new QuotaRule(10_000, TimeSpan.FromSeconds(1)) };

    private readonly EmulatorVpcClient _cloud;

    public BenchClients(EmulatorProcess emulator, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(time);
        Endpoint = emulator.BaseUri.ToString().TrimEnd('/');
        _cloud = new EmulatorVpcClient(Endpoint, FleetTopology.InitiatorRegion, time: time, options: Patient, quotas: Unthrottled);
    }

    public string Endpoint { get; }

    /// <summary>A client of the dev account (every call names its region).</summary>
    public IVpcClient Client => _cloud.Client;

    public void Dispose() => _cloud.Dispose();
}
