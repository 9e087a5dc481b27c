using System.Net;
using System.Threading.RateLimiting;
using Alicloud.Vpc.Client.Resilience;
using Alicloud.Vpc.Client.Transport;
using Microsoft.Extensions.Logging;

namespace Alicloud.Vpc.Client;

/// <summary>
/// Creates VPC clients over one HttpClient per process (pooled SocketsHttpHandler, no redirects, no cookies) and the
/// process-wide token bucket. Loopback endpoints (the emulator) get a second shared client that bypasses any proxy.
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
        RateLimiter? sharedLimiter = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        options.Validate();
        var loopback = VpcEndpoint.ParseOverride(settings.Endpoint) is { } endpoint && VpcEndpoint.IsLoopback(endpoint.Host);
        return new VpcClient(
            SharedHttpClient(options, loopback),
            settings,
            options,
            timeProvider,
            loggerFactory.CreateLogger<VpcClient>(),
            sharedLimiter ?? DefaultLimiter(options, timeProvider));
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
