using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.RouterInterface.Resources.Tests;

public sealed class RegistrationTests
{
    private static ServiceProvider Build(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IProviderContext>(new TestProviderContext(new ScriptedCloud(new FakeTimeProvider()).Client, "cn-hangzhou"));
        services.AddSingleton<IResourceDiagnostics>(new RecordingDiagnostics());
        configure?.Invoke(services);
        services.AddRouterInterfaceResources();
        services.AddRouterInterfaceResources();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddRouterInterfaceResources_RegistersOneHandlerForTheToken()
    {
        using var provider = Build();

        var handler = Assert.Single(provider.GetServices<IResourceHandler>());

        Assert.Equal(RouterInterfaceProperties.Token, handler.Token);
        Assert.Same(provider.GetRequiredService<RouterInterfaceStatusPoller>(), provider.GetRequiredService<LifecycleServices>().Poller);
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddRouterInterfaceResources_KeepsAnExistingTimeProvider()
    {
        var fake = new FakeTimeProvider();
        using var provider = Build(s => s.AddSingleton<TimeProvider>(fake));

        Assert.Same(fake, provider.GetRequiredService<LifecycleServices>().Time);
    }

    [Fact]
    public void AddRouterInterfaceResources_InvalidOptions_FailOnFirstUse()
    {
        using var provider = Build(s => s.Configure<LifecycleOptions>(o => o.BackoffFactor = 0));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LifecycleOptions>>().Value);
        Assert.Contains(nameof(LifecycleOptions.BackoffFactor), error.Message, StringComparison.Ordinal);
    }
}
