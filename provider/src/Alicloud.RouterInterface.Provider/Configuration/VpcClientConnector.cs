using System.Threading.RateLimiting;
using Alicloud.Vpc.Client;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>
/// Creates VPC clients for resolved settings. One rate limiter is shared by every client of the process, so a
/// re-Configure does not reset the client-side request budget.
/// </summary>
internal sealed class VpcClientConnector(VpcClientOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory) : IDisposable
{
    private readonly RateLimiter _sharedLimiter = VpcClientFactory.CreateRateLimiter(options, timeProvider);

    public IVpcClient Create(ResolvedSettings settings) =>
        VpcClientFactory.Create(settings, options, timeProvider, loggerFactory, _sharedLimiter);

    public void Dispose() => _sharedLimiter.Dispose();
}
