using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client;

namespace Alicloud.RouterInterface.Resources.Tests.Support;

internal sealed class TestProviderContext(IVpcClient client, string region, bool configured = true) : IProviderContext
{
    public bool IsConfigured => configured;

    public string Region => region;

    public IVpcClient VpcClient => client;
}
