using Alicloud.Vpc.Client.Budget;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.Vpc.Client.Tests.Support;

/// <summary>Builds clients over a stub handler with test credentials.</summary>
internal static class TestClients
{
    public const string AccessKeyId = "test-key-id";
    public const string AccessKeySecret = "test-secret-value-DO-NOT-LOG";
    public const string Region = "cn-hangzhou";

    /// <summary>Options with no jitter and round numbers so delays are predictable.</summary>
    public static VpcClientOptions Options { get; } = new()
    {
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(8),
        UseJitter = false,
        AttemptTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Signed with V2 unless told otherwise: most stub tests read the call's parameters, which V2 puts in the query.</summary>
    public static ResolvedSettings Settings(string? endpoint = null, string? securityToken = null, VpcSignatureVersion signature = VpcSignatureVersion.RpcHmacSha1) => new()
    {
        Region = Region,
        AccessKeyId = AccessKeyId,
        AccessKeySecret = AccessKeySecret,
        SecurityToken = securityToken,
        Endpoint = endpoint,
        SignatureVersion = signature,
    };

    /// <summary>Quotas no test reaches (no per-API quota, no slowing down), for tests that are not about the budget.</summary>
    public static VpcQuotaOptions Unlimited { get; } = VpcQuotaOptions.Default with
    {
        Account = new QuotaRule(10_000, TimeSpan.FromSeconds(1)),
        PerApi = new Dictionary<string, QuotaRule>(),
        RateSignalMinimum = int.MaxValue,
    };

    /// <summary>A budget of <paramref name="quotas"/> (default <see cref="Unlimited"/>) on <paramref name="time"/>, as the provider makes one.</summary>
    public static VpcCallBudget Budget(TimeProvider time, VpcQuotaOptions? quotas = null) =>
        VpcClientFactory.CreateCallBudget(Settings(), quotas ?? Unlimited, time, NullLoggerFactory.Instance);

    public static VpcClient Create(
        HttpMessageHandler handler,
        TimeProvider timeProvider,
        VpcClientOptions? options = null,
        ResolvedSettings? settings = null,
        ILogger? logger = null,
        VpcCallBudget? budget = null) =>
        new(
            new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan },
            settings ?? Settings(),
            options ?? Options,
            timeProvider,
            logger ?? NullLogger.Instance,
            budget ?? Budget(timeProvider));
}
