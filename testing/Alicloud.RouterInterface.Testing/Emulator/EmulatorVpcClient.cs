using System.Threading.RateLimiting;
using Alicloud.Vpc.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.RouterInterface.Testing.Emulator;

/// <summary>A VPC client of the emulator's dev account, for arranging the cloud out of band (what a colleague does in the console).</summary>
public static class EmulatorVpcClient
{
    /// <summary>Generous limits: arranging must not wait on the provider's budget.</summary>
    public static VpcClientOptions Options { get; } = VpcClientOptions.Default with { RequestsPerSecond = 200, Burst = 200, BaseDelay = TimeSpan.FromMilliseconds(100) };

    /// <summary>The client; <paramref name="limiter"/> (from <see cref="VpcClientFactory.CreateRateLimiter"/> with <see cref="Options"/>) is the caller's to dispose.</summary>
    public static IVpcClient Create(EmulatorProcess emulator, string region, RateLimiter limiter)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return VpcClientFactory.Create(
            new ResolvedSettings
            {
                Region = region,
                AccessKeyId = EmulatorCredentials.Dev.AccessKeyId,
                AccessKeySecret = EmulatorCredentials.Dev.AccessKeySecret,
                Endpoint = emulator.Endpoint,
            },
            Options,
            TimeProvider.System,
            NullLoggerFactory.Instance,
            limiter);
    }
}
