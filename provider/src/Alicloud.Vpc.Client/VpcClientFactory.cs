using System.Net;
using Alicloud.Vpc.Client.Budget;
using Alicloud.Vpc.Client.Transport;
using Microsoft.Extensions.Logging;

namespace Alicloud.Vpc.Client;

/// <summary>
/// Creates VPC clients over one HttpClient per process (pooled SocketsHttpHandler, no redirects, no cookies) and the
/// call budget of their account (<see cref="VpcCallBudget"/>), which they share. Loopback endpoints (the emulator) get a second shared client that bypasses any proxy.
/// </summary>
public static class VpcClientFactory
{
    private static readonly Lock s_gate = new();
    private static HttpClient? s_httpClient;
    private static HttpClient? s_loopbackHttpClient;

    /// <summary>A client that spends <paramref name="budget"/> (see <see cref="CreateCallBudget"/>), per API and region.</summary>
    /// <exception cref="Errors.VpcClientConfigurationException">Credentials are missing or the endpoint is invalid.</exception>
    public static IVpcClient Create(
        ResolvedSettings settings,
        VpcClientOptions options,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        VpcCallBudget budget)
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
    /// The budget of the account <paramref name="settings"/> name: <see cref="VpcQuotaOptions.Account"/> across all
    /// APIs and regions, each API's quota per region from <paramref name="quotas"/>, adapting to throttling answers. With
    /// <see cref="VpcQuotaOptions.SharedDirectory"/> set, every process of this user with the same AccessKey and
    /// endpoint shares it through a file there (this process's own budget when the folder cannot be used, with a
    /// warning). The caller owns (disposes) it.
    /// </summary>
    public static VpcCallBudget CreateCallBudget(
        ResolvedSettings settings,
        VpcQuotaOptions quotas,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        IBudgetWarnings? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        quotas.Validate();
        var logger = loggerFactory.CreateLogger<VpcCallBudget>();
        var limits = GrantLogLimits.For(quotas.Account, quotas);
        var store = CreateStore(settings, quotas, limits, timeProvider, warnings ?? new LoggedBudgetWarnings(logger));
        return new VpcCallBudget(quotas.Account, quotas, store, timeProvider, logger);
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
