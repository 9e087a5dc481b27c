using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Budget;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.RouterInterface.Testing.Emulator;

/// <summary>
/// A VPC client of an emulator account for arranging the cloud out of band (what a colleague does in the console),
/// built as the provider builds its clients: the product's factory and a call budget of its own, which this owns.
/// </summary>
public sealed class EmulatorVpcClient : IDisposable
{
    private readonly VpcCallBudget _budget;

    /// <param name="endpoint">The emulator's endpoint (<see cref="EmulatorProcess.Endpoint"/>).</param>
    /// <param name="credential">The account; <see cref="EmulatorCredentials.Dev"/> when null.</param>
    public EmulatorVpcClient(
        string endpoint, string region, EmulatorCredential? credential = null, TimeProvider? time = null, VpcClientOptions? options = null, VpcQuotaOptions? quotas = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        credential ??= EmulatorCredentials.Dev;
        time ??= TimeProvider.System;
        var settings = new ResolvedSettings
        {
            Region = region,
            AccessKeyId = credential.AccessKeyId,
            AccessKeySecret = credential.AccessKeySecret,
            Endpoint = endpoint,
        };
        _budget = VpcClientFactory.CreateCallBudget(settings, quotas ?? Quotas, time, NullLoggerFactory.Instance);
        Client = VpcClientFactory.Create(settings, options ?? Options, time, NullLoggerFactory.Instance, _budget);
    }

    /// <summary>Retries a little faster than the provider's default: arranging should not dawdle.</summary>
    public static VpcClientOptions Options { get; } = VpcClientOptions.Default with { BaseDelay = TimeSpan.FromMilliseconds(100) };

    /// <summary>
    /// Generous and fixed (no per-API quotas, no slowing down on throttling answers, which are only retried):
    /// arranging must not wait on the provider's budget.
    /// </summary>
    public static VpcQuotaOptions Quotas { get; } = VpcQuotaOptions.Default with
    {
        Account = new QuotaRule(200, TimeSpan.FromSeconds(1)),
        PerApi = new Dictionary<string, QuotaRule>(),
        RateSignalMinimum = int.MaxValue,
    };

    public IVpcClient Client { get; }

    public void Dispose() => _budget.Dispose();
}
