using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Tests.Support;

/// <summary>One real plugin shared by the tests of a class whose calls do not depend on each other.</summary>
public sealed class SharedPluginFixture : IAsyncLifetime
{
    private PluginUnderTest? _plugin;

    internal PluginUnderTest Plugin => _plugin ?? throw new InvalidOperationException("Not started.");

    public ResourceProvider.ResourceProviderClient Client => Plugin.Client;

    public async Task InitializeAsync()
    {
        using var deadline = TestBounds.Start();
        _plugin = await PluginUnderTest.StartAsync(deadline.Token);
    }

    public async Task DisposeAsync()
    {
        if (_plugin is not null)
        {
            await _plugin.DisposeAsync();
        }
    }
}
