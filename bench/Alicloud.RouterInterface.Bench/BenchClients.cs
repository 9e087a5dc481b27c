using System.Threading.RateLimiting;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// VPC clients of the bench itself (seeding, the Terraform replay). They have no client-side budget to speak of, like
/// Terraform's SDK: only the emulator's limit applies, and its Throttling answers are retried.
/// </summary>
public sealed class BenchClients : IDisposable
{
    private static readonly VpcClientOptions Unthrottled = VpcClientOptions.Default with
    {
        RequestsPerSecond = 10_000,
        Burst = 10_000,
        MaxRetries = 10,
        BaseDelay = TimeSpan.FromMilliseconds(200),
        MaxDelay = TimeSpan.FromSeconds(2),
    };

    private readonly RateLimiter _limiter = VpcClientFactory.CreateRateLimiter(Unthrottled, TimeProvider.System);

    private readonly TimeProvider _time;

    public BenchClients(EmulatorProcess emulator, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        Endpoint = emulator.BaseUri.ToString().TrimEnd('/');
        Client = Create(FleetTopology.InitiatorRegion);
    }

    public string Endpoint { get; }

    /// <summary>A client of the dev account (every call names its region).</summary>
    public IVpcClient Client { get; }

    public void Dispose() => _limiter.Dispose();

    private IVpcClient Create(string region) => VpcClientFactory.Create(
        new ResolvedSettings
        {
            Region = region,
            AccessKeyId = EmulatorCredentials.Dev.AccessKeyId,
            AccessKeySecret = EmulatorCredentials.Dev.AccessKeySecret,
            Endpoint = Endpoint,
        },
        Unthrottled,
        _time,
        NullLoggerFactory.Instance,
        _limiter);
}
