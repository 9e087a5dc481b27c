using System.Threading.RateLimiting;
using Alicloud.RouterInterface.Testing.Emulator;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.Vpc.Client.Tests.Contract;

/// <summary>Clients built the way the provider builds them (resolver + factory), pointed at an emulator process.</summary>
internal static class EmulatorClients
{
    public static IVpcClient Create(EmulatorProcess emulator, EmulatorCredential credential, VpcClientOptions options, RateLimiter limiter, string? signatureAlgorithm = null) =>
        Create(emulator.Endpoint, credential.AccessKeyId, credential.AccessKeySecret, options, limiter, signatureAlgorithm);

    /// <param name="signatureAlgorithm">The setting as a user gives it; null is the default (ACS3-HMAC-SHA256).</param>
    public static IVpcClient Create(string endpoint, string accessKeyId, string accessKeySecret, VpcClientOptions options, RateLimiter limiter, string? signatureAlgorithm = null) =>
        VpcClientFactory.Create(
            new VpcClientSettingsResolver(_ => null, homeDirectory: null).Resolve(new VpcClientSettings
            {
                Region = ContractRegions.Initiator,
                AccessKeyId = accessKeyId,
                AccessKeySecret = accessKeySecret,
                Endpoint = endpoint,
                SignatureAlgorithm = signatureAlgorithm,
            }),
            options,
            TimeProvider.System,
            NullLoggerFactory.Instance,
            limiter);

    /// <summary>A limiter generous enough not to shape contract tests that are not about rate limiting.</summary>
    public static RateLimiter GenerousLimiter() =>
        VpcClientFactory.CreateRateLimiter(EmulatorFixture.ContractOptions with { RequestsPerSecond = 1_000, Burst = 200 }, TimeProvider.System);
}
