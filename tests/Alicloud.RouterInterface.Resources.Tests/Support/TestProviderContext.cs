using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Transitions;

namespace Alicloud.RouterInterface.Resources.Tests.Support;

internal sealed class TestProviderContext(IVpcClient client, string region, bool configured = true, ILearntTransitionStore? transitions = null) : IProviderContext
{
    public bool IsConfigured => configured;

    public string Region => region;

    public IVpcClient VpcClient => client;

    public ILearntTransitionStore? LearntTransitions => transitions;
}
