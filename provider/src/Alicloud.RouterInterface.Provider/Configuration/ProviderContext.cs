using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Transitions;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>The singleton <see cref="IProviderContext"/>: empty until Configure succeeds, then the region, clients and learnt transitions store.</summary>
internal sealed class ProviderContext : IProviderContext
{
    private volatile State? _state;

    public bool IsConfigured => _state is not null;

    public string Region => Current.Region;

    public IVpcClient VpcClient => Current.Client;

    public IVpcClient? OppositeVpcClient => Current.OppositeClient;

    public ILearntTransitionStore? LearntTransitions => _state?.Transitions;

    private State Current => _state ?? throw new InvalidOperationException("The provider is not configured yet (Configure has not succeeded).");

    public void Set(string region, IVpcClient client, IVpcClient? oppositeClient = null, ILearntTransitionStore? transitions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentNullException.ThrowIfNull(client);
        _state = new State(region, client, oppositeClient, transitions);
    }

    private sealed record State(string Region, IVpcClient Client, IVpcClient? OppositeClient, ILearntTransitionStore? Transitions);
}
