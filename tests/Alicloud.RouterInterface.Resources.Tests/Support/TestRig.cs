using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;
using Alicloud.Vpc.Client.Transitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.RouterInterface.Resources.Tests.Support;

/// <summary>The resource's components wired over a <see cref="ScriptedCloud"/>, fake time and recorded diagnostics.</summary>
internal sealed class TestRig : IDisposable
{
    private readonly ServiceProvider _provider;
    private Simulation? _simulation;

    public const string Urn = "urn:pulumi:dev::net::alicloud-routerinterface:index:RouterInterface::initiator";

    public TestRig(LifecycleOptions? options = null, bool configured = true, ILearntTransitionStore? transitions = null)
    {
        Options = options ?? new LifecycleOptions { JitterRatio = 0 };
        Cloud = new ScriptedCloud(Time);
        // Wired as the provider wires them (one construction path), over the scripted cloud, fake time and recorded diagnostics.
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(Options));
        services.AddSingleton<IProviderContext>(new TestProviderContext(Cloud.Client, "cn-hangzhou", configured, transitions));
        services.AddSingleton<IResourceDiagnostics>(Diagnostics);
        services.AddRouterInterfaceResources();
        _provider = services.BuildServiceProvider();
        Poller = _provider.GetRequiredService<RouterInterfaceStatusPoller>();
        Services = _provider.GetRequiredService<LifecycleServices>();
        Deleter = _provider.GetRequiredService<RouterInterfaceDeleter>();
        DeleteWays = _provider.GetRequiredService<DeleteWayMemory>();
        RouteTables = _provider.GetRequiredService<RouteTableTurnLock>();
        Handler = _provider.GetServices<IResourceHandler>().OfType<RouterInterfaceHandler>().Single();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>One simulation per rig: the shared poller's loop keeps running in it across operations.</summary>
    public Simulation Simulation => _simulation ??= new Simulation(Time);

    public LifecycleOptions Options { get; }

    /// <summary>Which way each account's API deletes (the deleter's memory, one per process).</summary>
    public DeleteWayMemory DeleteWays { get; }

    /// <summary>The route tables' turns of the deletes in this rig.</summary>
    public RouteTableTurnLock RouteTables { get; }

    public ScriptedCloud Cloud { get; }

    public RecordingDiagnostics Diagnostics { get; } = new();

    public RouterInterfaceStatusPoller Poller { get; }

    public LifecycleServices Services { get; }

    public RouterInterfaceDeleter Deleter { get; }

    public RouterInterfaceHandler Handler { get; }

    /// <summary>Starts an operation and drives fake time until it completes.</summary>
    public Task RunAsync(Func<Task> operation) => Simulation.RunUntilDone(Simulation.Start(operation));

    public Task<T> RunAsync<T>(Func<Task<T>> operation) => Simulation.RunUntilDone(Simulation.Start(operation));

    public void Dispose() => _provider.Dispose();
}
