using System.Net;
using System.Threading.RateLimiting;
using Alicloud.Vpc.Client.Budget;
using Alicloud.Vpc.Client.Resilience;
using Alicloud.Vpc.Client.Transport;
using Microsoft.Extensions.Logging;

namespace Alicloud.Vpc.Client;

/// <summary>
/// Creates VPC clients over one HttpClient per process (pooled SocketsHttpHandler, no redirects, no cookies) and the
/// process-wide budget (or the account's <see cref="VpcCallBudget"/>). Loopback endpoints (the emulator) get a second shared client that bypasses any proxy.
/// </summary>
public static class VpcClientFactory
{
    private static readonly Lock s_gate = new();
    private static HttpClient? s_httpClient;
    private static HttpClient? s_loopbackHttpClient;
    private static RateLimiter? s_defaultLimiter;

    /// <param name="sharedLimiter">
    /// The limiter shared by every client of the process (see <see cref="CreateRateLimiter"/>); null uses a process-wide
    /// default created from the first <paramref name="options"/> seen.
    /// </param>
    /// <exception cref="Errors.VpcClientConfigurationException">Credentials are missing or the endpoint is invalid.</exception>
    public static IVpcClient Create(
        ResolvedSettings settings,
        VpcClientOptions options,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        RateLimiter? sharedLimiter = null) =>
        Create(settings, options, timeProvider, loggerFactory, new LimiterCallBudget(sharedLimiter ?? DefaultLimiter(options, timeProvider)));

    /// <summary>A client that spends <paramref name="budget"/> (see <see cref="CreateCallBudget"/>), per API and region.</summary>
    /// <exception cref="Errors.VpcClientConfigurationException">Credentials are missing or the endpoint is invalid.</exception>
    public static IVpcClient Create(
        ResolvedSettings settings,
        VpcClientOptions options,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        VpcCallBudget budget) =>
        Create(settings, options, timeProvider, loggerFactory, (ICallBudget)budget);

    /// <summary>
    /// The budget of the account <paramref name="settings"/> name: <see cref="VpcClientOptions.Burst"/> calls in any
    /// window of Burst / <see cref="VpcClientOptions.RequestsPerSecond"/> seconds across all APIs and regions, each
    /// API's quota per region from <paramref name="quotas"/>, adapting to throttling answers. With
    /// <see cref="VpcQuotaOptions.SharedDirectory"/> set, every process of this user with the same AccessKey and
    /// endpoint shares it through a file there (this process's own budget when the folder cannot be used, with a
    /// warning). The caller owns (disposes) it.
    /// </summary>
    public static VpcCallBudget CreateCallBudget(
        ResolvedSettings settings,
        VpcClientOptions options,
        VpcQuotaOptions quotas,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        IBudgetWarnings? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        options.Validate();
        quotas.Validate();
        var logger = loggerFactory.CreateLogger<VpcCallBudget>();
        var account = new QuotaRule(options.Burst, TimeSpan.FromSeconds(options.Burst / options.RequestsPerSecond));
        var limits = GrantLogLimits.For(account, quotas);
        var store = CreateStore(settings, quotas, limits, timeProvider, warnings ?? new LoggedBudgetWarnings(logger));
        return new VpcCallBudget(account, quotas, store, timeProvider, logger);
    }

    private static IGrantStore CreateStore(ResolvedSettings settings, VpcQuotaOptions quotas, GrantLogLimits limits, TimeProvider time, IBudgetWarnings warnings)
    {
        var own = new InProcessGrantStore(time, limits);
        if (quotas.SharedDirectory is not { } directory || settings.AccessKeyId is not { Length: > 0 } accessKeyId)
        {
            return own;
        }

        // Checked at the first call, whose warning then reaches the engine.
        return new SharedGrantStore(
            directory,
            () => new FileGrantStore(
                BudgetFolder.FileFor(directory, BudgetFolder.Prepare(directory, time), accessKeyId, settings.Endpoint),
                limits,
                time,
                quotas.LockRetryDelay,
                quotas.LockWait,
                warnings),
            own,
            warnings);
    }

    private static VpcClient Create(ResolvedSettings settings, VpcClientOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory, ICallBudget budget)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        ArgumentNullException.ThrowIfNull(budget);
        options.Validate();
        var loopback = VpcEndpoint.ParseOverride(settings.Endpoint) is { } endpoint && VpcEndpoint.IsLoopback(endpoint.Host);
        return new VpcClient(SharedHttpClient(options, loopback), settings, options, timeProvider, loggerFactory.CreateLogger<VpcClient>(), budget);
    }

    /// <summary>
    /// At most <see cref="VpcClientOptions.Burst"/> calls in any window of Burst / <see cref="VpcClientOptions.RequestsPerSecond"/>
    /// seconds, on <paramref name="time"/> (the composition root's clock). Create one per process and pass it to every
    /// <see cref="Create"/>; the caller owns (disposes) it.
    /// </summary>
    public static RateLimiter CreateRateLimiter(VpcClientOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return VpcRateLimiter.Create(options.RequestsPerSecond, options.Burst, options.RateLimitQueueLimit, time);
    }

    private static RateLimiter DefaultLimiter(VpcClientOptions options, TimeProvider time)
    {
        lock (s_gate)
        {
            return s_defaultLimiter ??= CreateRateLimiter(options, time);
        }
    }

    private static HttpClient SharedHttpClient(VpcClientOptions options, bool loopback)
    {
        lock (s_gate)
        {
            return loopback
                ? s_loopbackHttpClient ??= CreateHttpClient(options, useProxy: false)
                : s_httpClient ??= CreateHttpClient(options, useProxy: true);
        }
    }

    private static HttpClient CreateHttpClient(VpcClientOptions options, bool useProxy) =>
        new(CreateHandler(options, useProxy), disposeHandler: true)
        {
            // Attempts are bounded by the resilience pipeline and the caller's token, not here.
            Timeout = Timeout.InfiniteTimeSpan,
        };

    internal static SocketsHttpHandler CreateHandler(VpcClientOptions options, bool useProxy) => new()
    {
        PooledConnectionLifetime = options.PooledConnectionLifetime,
        ConnectTimeout = options.ConnectTimeout,
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = useProxy,
    };
}
