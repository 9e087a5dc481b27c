using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client;
using Microsoft.Extensions.Options;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// What every resource operation works with: the configured client, the shared poller and route lookup, the learnt
/// transition times, the user's diagnostics, the clock and the options.
/// </summary>
public sealed class LifecycleServices
{
    public LifecycleServices(
        IProviderContext context,
        RouterInterfaceStatusPoller poller,
        IResourceDiagnostics diagnostics,
        TimeProvider time,
        IOptions<LifecycleOptions> options,
        TransitionLearner? transitions = null,
        RouteEntryLookup? routes = null,
        OperationGauge? gauge = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Context = context;
        Poller = poller;
        Diagnostics = diagnostics;
        Time = time;
        Options = options.Value;
        Transitions = transitions ?? new TransitionLearner();
        Gauge = gauge ?? poller.Gauge;
        Routes = routes ?? new RouteEntryLookup(context, time, options, Gauge, Transitions);
    }

    /// <summary>How long transitions took so far in this process (shared by every operation).</summary>
    public TransitionLearner Transitions { get; }

    /// <summary>Operations in flight, and how late reads may be served for sharing.</summary>
    public OperationGauge Gauge { get; }

    /// <summary>Which way each account's API deletes an instance (learnt once per process).</summary>
    public DeleteWayMemory DeleteWays { get; } = new();

    /// <summary>The shared, batching route entry lookup.</summary>
    public RouteEntryLookup Routes { get; }

    public IProviderContext Context { get; }

    public RouterInterfaceStatusPoller Poller { get; }

    public IResourceDiagnostics Diagnostics { get; }

    public TimeProvider Time { get; }

    public LifecycleOptions Options { get; }

    /// <summary>The configured client; a clear diagnostic when Configure has not run.</summary>
    public IVpcClient Client => Context.IsConfigured
        ? Context.VpcClient
        : throw new ResourceOperationException(DiagnosticCodes.ProviderNotConfigured,
            $"{DiagnosticCodes.ProviderNotConfigured}: the provider is not configured (no region or credentials yet); cannot call the VPC API.");

    /// <summary>The status line of one operation on the resource <paramref name="urn"/>.</summary>
    public WaitStatusReporter StatusLine(string urn, Microsoft.Extensions.Logging.ILogger logger) => new(Diagnostics, Time, urn, logger, Options.StatusRepeatInterval);

    /// <summary>The provider's region, or null before Configure.</summary>
    public string? RegionOrNull => Context.IsConfigured ? Context.Region : null;
}
