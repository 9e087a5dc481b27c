using System.Threading.RateLimiting;
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

    /// <summary>A limiter that never waits (no timers), for tests that are not about rate limiting.</summary>
    public static RateLimiter Unlimited() =>
        new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 10_000, QueueLimit = 0 });

    public static VpcClient Create(
        HttpMessageHandler handler,
        TimeProvider timeProvider,
        VpcClientOptions? options = null,
        ResolvedSettings? settings = null,
        RateLimiter? limiter = null,
        ILogger? logger = null,
        VpcCallBudget? budget = null) =>
        new(
            new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan },
            settings ?? Settings(),
            options ?? Options,
            timeProvider,
            logger ?? NullLogger.Instance,
            budget ?? (ICallBudget)new LimiterCallBudget(limiter ?? Unlimited()));
}
