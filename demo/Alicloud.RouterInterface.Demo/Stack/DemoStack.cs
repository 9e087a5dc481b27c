using Alicloud.RouterInterface.Demo.Cloud;
using Alicloud.RouterInterface.Demo.Progress;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Demo.Stack;

/// <summary>
/// One stack with one provider per region, as the examples declare it (the acceptors' provider in the acceptor region,
/// the initiators' in the initiator region). The harness plays each provider instance as an engine of its own (each
/// a plugin process, as the CLI starts one per provider); this class applies the program's dependency, initiator →
/// acceptor (through <c>oppositeInterfaceId: acceptor.id</c>), across them: up creates acceptors first, destroy deletes
/// initiators first, and with <c>--continue-on-error</c> an acceptor whose initiator could not be deleted is skipped.
/// </summary>
internal sealed class DemoStack : IAsyncDisposable
{
    private readonly DemoOptions _options;

    private DemoStack(DemoOptions options, IReadOnlyDictionary<string, RegionSite> initiatorSites, RegionSite acceptorSite, PulumiEngine initiators, PulumiEngine acceptors)
    {
        _options = options;
        InitiatorSites = initiatorSites;
        InitiatorSite = initiatorSites[PairPlan.All[0].Key];
        AcceptorSite = acceptorSite;
        Initiators = initiators;
        Acceptors = acceptors;
        Members = [.. PairPlan.All.SelectMany(pair => new[]
        {
            new StackMember(pair.AcceptorName, PairPlan.ResourceType, UrnOf(pair.AcceptorName), acceptors),
            new StackMember(pair.InitiatorName, PairPlan.ResourceType, UrnOf(pair.InitiatorName), initiators),
        })];
    }

    /// <summary>The first pair's initiator VPC (every initiator VPC is in its region).</summary>
    public RegionSite InitiatorSite { get; }

    /// <summary>Each pair's initiator VPC by pair key: the API allows one connection between two routers.</summary>
    public IReadOnlyDictionary<string, RegionSite> InitiatorSites { get; }

    public RegionSite AcceptorSite { get; }

    /// <summary>The initiators' provider (initiator region).</summary>
    public PulumiEngine Initiators { get; }

    /// <summary>The acceptors' provider (acceptor region).</summary>
    public PulumiEngine Acceptors { get; }

    /// <summary>The program's resources in registration order (per pair: acceptor, initiator).</summary>
    public IReadOnlyList<StackMember> Members { get; }

    public string StackName => $"{_options.Project}-{_options.Stack}";

    public static async Task<DemoStack> StartAsync(DemoOptions options, string endpoint, IReadOnlyDictionary<string, RegionSite> initiatorSites, RegionSite acceptorSite, CancellationToken cancellationToken)
    {
        var engineOptions = new PulumiEngineOptions
        {
            Stack = options.Stack,
            Project = options.Project,
            PluginBinary = options.PluginBinary,
            ContinueOnError = true,
        };
        var initiators = await PulumiEngine.StartAsync(engineOptions, cancellationToken);
        try
        {
            var acceptors = await PulumiEngine.StartAsync(engineOptions, cancellationToken);
            Configure(initiators, initiatorSites[PairPlan.All[0].Key].RegionId, endpoint);
            Configure(acceptors, acceptorSite.RegionId, endpoint);
            return new DemoStack(options, initiatorSites, acceptorSite, initiators, acceptors);
        }
        catch
        {
            await initiators.DisposeAsync();
            throw;
        }
    }

    public string RegionOf(StackMember member) => ReferenceEquals(member?.Engine, Initiators) ? InitiatorSite.RegionId : AcceptorSite.RegionId;

    public string? IdOf(string name) => (Acceptors.State.Find(name) ?? Initiators.State.Find(name))?.Id;

    public StackResource? Find(string name) => Acceptors.State.Find(name) ?? Initiators.State.Find(name);

    /// <summary><c>pulumi up</c>: the acceptors, then the initiators that reference their IDs.</summary>
    public async Task UpAsync(OperationTracker tracker, CancellationToken cancellationToken)
    {
        var acceptors = PairPlan.All.Select(p => p.Acceptor(AcceptorSite, InitiatorSites[p.Key], _options)).ToList();
        tracker.Begin(acceptors.Select(a => a.Name));
        tracker.Complete(await Acceptors.UpAsync(new StackProgram(acceptors), cancellationToken: cancellationToken));

        var ready = PairPlan.All.Where(p => Acceptors.State.Find(p.AcceptorName) is not null).ToList();
        tracker.Skip(PairPlan.All.Except(ready).Select(p => p.InitiatorName), "not run: its acceptor was not created");
        if (cancellationToken.IsCancellationRequested)
        {
            tracker.Skip(ready.Select(p => p.InitiatorName), "not run: the operation was interrupted");
            return;
        }

        var initiators = ready.Select(p => p.Initiator(InitiatorSites[p.Key], AcceptorSite, IdOf(p.AcceptorName)!, _options)).ToList();
        tracker.Begin(initiators.Select(i => i.Name));
        tracker.Complete(await Initiators.UpAsync(new StackProgram(initiators), cancellationToken: cancellationToken));
    }

    /// <summary><c>pulumi destroy --continue-on-error</c>: the initiators in parallel, then the acceptors nothing left depends on.</summary>
    public async Task DestroyAsync(OperationTracker tracker, CancellationToken cancellationToken)
    {
        tracker.Begin(Initiators.State.Resources.Select(r => r.Name));
        tracker.Complete(await Initiators.DestroyAsync(cancellationToken: cancellationToken));

        if (cancellationToken.IsCancellationRequested)
        {
            tracker.Skip(Acceptors.State.Resources.Select(r => r.Name), "not run: the operation was interrupted");
            return;
        }

        var held = PairPlan.All
            .Where(p => Initiators.State.Find(p.InitiatorName) is not null)
            .Select(p => Acceptors.State.Find(p.AcceptorName))
            .OfType<StackResource>()
            .ToList();
        tracker.Skip(held.Select(r => r.Name), "not deleted: its initiator still depends on it");

        foreach (var resource in held)
        {
            Acceptors.State.Remove(resource);
        }

        try
        {
            tracker.Begin(Acceptors.State.Resources.Select(r => r.Name));
            tracker.Complete(await Acceptors.DestroyAsync(cancellationToken: cancellationToken));
        }
        finally
        {
            foreach (var resource in held)
            {
                Acceptors.State.Upsert(resource);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Initiators.DisposeAsync();
        await Acceptors.DisposeAsync();
    }

    private string UrnOf(string name) => Urns.Create(_options.Stack, _options.Project, PairPlan.ResourceType, name);

    private static void Configure(PulumiEngine engine, string regionId, string endpoint)
    {
        engine.Config["region"] = regionId;
        engine.Config["accessKey"] = ConfigValue.Secret(EmulatorCredentials.Dev.AccessKeyId);
        engine.Config["secretKey"] = ConfigValue.Secret(EmulatorCredentials.Dev.AccessKeySecret);
        engine.Config["endpoint"] = endpoint;
    }
}
