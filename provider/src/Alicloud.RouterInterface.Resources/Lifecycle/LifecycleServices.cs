using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client;
using Microsoft.Extensions.Options;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// What every resource operation works with: the configured client, the shared poller (status looks and route lookups
/// ride on it), the learnt transition times, the account ID, the user's diagnostics, the clock and the options. One per
/// process (a singleton), so what it learns is learnt once per process.
/// </summary>
public sealed class LifecycleServices
{
    public LifecycleServices(
        IProviderContext context,
        RouterInterfaceStatusPoller poller,
        IResourceDiagnostics diagnostics,
        TimeProvider time,
        IOptions<LifecycleOptions> options,
        TransitionLearner transitions,
        RouteEntryLookup routes,
        AccountIdLookup accounts,
        LearntTransitionKeeper keptTransitions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(keptTransitions);
        Context = context;
        Poller = poller;
        Diagnostics = diagnostics;
        Time = time;
        Options = options.Value;
        Transitions = transitions;
        Routes = routes;
        Accounts = accounts;
        KeptTransitions = keptTransitions;
    }

    /// <summary>How long transitions took so far in this process (shared by every operation).</summary>
    public TransitionLearner Transitions { get; }

    /// <summary>Where <see cref="Transitions"/> starts from and what it keeps for later processes (the account's store).</summary>
    public LearntTransitionKeeper KeptTransitions { get; }

    /// <summary>The configured account's ID (looked up once per process and client).</summary>
    public AccountIdLookup Accounts { get; }

    /// <summary>The route entry lookup (reads only, batched on the shared poller).</summary>
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
