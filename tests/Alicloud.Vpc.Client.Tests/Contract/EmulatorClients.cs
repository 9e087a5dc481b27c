using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client.Budget;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.Vpc.Client.Tests.Contract;

/// <summary>Clients built the way the provider builds them (resolver + factory + budget), pointed at an emulator process.</summary>
internal static class EmulatorClients
{
    public static IVpcClient Create(EmulatorProcess emulator, EmulatorCredential credential, VpcClientOptions options, VpcCallBudget budget, string? signatureAlgorithm = null) =>
        Create(emulator.Endpoint, credential.AccessKeyId, credential.AccessKeySecret, options, budget, signatureAlgorithm);

    /// <param name="signatureAlgorithm">The setting as a user gives it; null is the default (ACS3-HMAC-SHA256).</param>
    public static IVpcClient Create(string endpoint, string accessKeyId, string accessKeySecret, VpcClientOptions options, VpcCallBudget budget, string? signatureAlgorithm = null) =>
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
            budget);

    /// <summary>A budget of <paramref name="quotas"/> on the system clock, as the provider makes one.</summary>
    public static VpcCallBudget Budget(VpcQuotaOptions quotas) =>
        VpcClientFactory.CreateCallBudget(new ResolvedSettings(), quotas, TimeProvider.System, NullLoggerFactory.Instance);

    /// <summary>A budget generous enough not to shape contract tests that are not about the budget (1 000 calls a second, no adaptation).</summary>
    public static VpcCallBudget GenerousBudget() =>
        Budget(EmulatorVpcClient.Quotas with { Account = new QuotaRule(200, TimeSpan.FromMilliseconds(200)) });
}
