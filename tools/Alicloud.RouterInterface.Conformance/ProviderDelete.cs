using Alicloud.RouterInterface.Resources;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;
using Alicloud.Vpc.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Conformance;

/// <summary>
/// The provider's own delete lifecycle (<see cref="RouterInterfaceDeleter"/>, as <c>pulumi destroy</c> runs it) for one
/// account: Force=true, so the route entries through an end go first, then both ends, waiting until they are gone.
/// </summary>
internal sealed class ProviderDelete : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly RouterInterfaceDeleter _deleter;
    private readonly string _region;

    public ProviderDelete(IVpcClient client, IVpcClient? opposite, string region, TimeProvider time, ILoggerFactory loggerFactory, ProgressLog progress)
    {
        _region = region;
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddLogging();
        services.AddSingleton(time);
        services.AddSingleton<IProviderContext>(new Context(client, opposite, region));
        services.AddSingleton<IResourceDiagnostics>(new Diagnostics(progress));
        services.AddRouterInterfaceResources();
        _services = services.BuildServiceProvider();
        _deleter = _services.GetRequiredService<RouterInterfaceDeleter>();
    }

    public Task DeleteAsync(string id, string? oppositeId, CancellationToken cancellationToken) =>
        _deleter.DeleteAsync(
            new DeleteTarget($"urn:pulumi:conformance::probe::alicloud-routerinterface:index/routerInterface:RouterInterface::{id}",
                new InterfaceKey(_region, id), string.IsNullOrEmpty(oppositeId) ? null : new InterfaceKey(_region, oppositeId), Force: true),
            TimeSpan.FromMinutes(20), cancellationToken);

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private sealed class Context(IVpcClient client, IVpcClient? opposite, string region) : IProviderContext
    {
        public bool IsConfigured => true;

        public string Region => region;

        public IVpcClient VpcClient => client;

        public IVpcClient? OppositeVpcClient => opposite;
    }

    private sealed class Diagnostics(ProgressLog progress) : IResourceDiagnostics
    {
        public Task InfoAsync(string urn, string message, CancellationToken cancellationToken) => Say(message);

        public Task WarningAsync(string urn, string message, CancellationToken cancellationToken) => Say("warning: " + message);

        public Task ErrorAsync(string urn, string message, CancellationToken cancellationToken) => Say("error: " + message);

        public Task StatusAsync(string urn, string message, CancellationToken cancellationToken) => Say(message);

        private Task Say(string message)
        {
            progress.Say("  delete: " + message);
            return Task.CompletedTask;
        }
    }
}
