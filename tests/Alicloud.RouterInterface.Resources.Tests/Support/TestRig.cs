using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;

namespace Alicloud.RouterInterface.Resources.Tests.Support;

/// <summary>The resource's components wired over a <see cref="ScriptedCloud"/>, fake time and recorded diagnostics.</summary>
internal sealed class TestRig : IDisposable
{
    private Simulation? _simulation;

    public const string Urn = "urn:pulumi:dev::net::alicloud-routerinterface:index:RouterInterface::initiator";

    public TestRig(LifecycleOptions? options = null, bool configured = true)
    {
        Options = options ?? new LifecycleOptions { JitterRatio = 0 };
        Cloud = new ScriptedCloud(Time);
        var context = new TestProviderContext(Cloud.Client, "cn-hangzhou", configured);
        Poller = new RouterInterfaceStatusPoller(context, Time, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<RouterInterfaceStatusPoller>.Instance);
        Services = new LifecycleServices(context, Poller, Diagnostics, Time, Microsoft.Extensions.Options.Options.Create(Options));
        var connector = new PairConnector(Services, NullLogger<PairConnector>.Instance);
        RouteTables = new RouteTableTurnLock(Microsoft.Extensions.Options.Options.Create(Options), Services.Transitions);
        Deleter = new RouterInterfaceDeleter(Services, DeleteWays, RouteTables, NullLogger<RouterInterfaceDeleter>.Instance);
        Handler = new RouterInterfaceHandler(
            Services,
            new RouterInterfaceCreator(Services, connector, NullLogger<RouterInterfaceCreator>.Instance),
            new RouterInterfaceReader(Services, NullLogger<RouterInterfaceReader>.Instance),
            new RouterInterfaceUpdater(Services, connector, NullLogger<RouterInterfaceUpdater>.Instance),
            Deleter);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>One simulation per rig: the shared poller's loop keeps running in it across operations.</summary>
    public Simulation Simulation => _simulation ??= new Simulation(Time);

    public LifecycleOptions Options { get; }

    /// <summary>Which way each account's API deletes (the deleter's process-wide memory).</summary>
    public DeleteWayMemory DeleteWays { get; } = new();

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

    public void Dispose() => Poller.Dispose();
}
