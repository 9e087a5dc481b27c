using Alicloud.RouterInterface.Demo.Cloud;
using Alicloud.RouterInterface.Demo.Progress;
using Alicloud.RouterInterface.Demo.Report;
using Alicloud.RouterInterface.Demo.Stack;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client;
using Spectre.Console;

namespace Alicloud.RouterInterface.Demo;

/// <summary>
/// The demo from start to end: emulator, topology, <c>pulumi up</c>, changes made outside the stack, <c>pulumi destroy</c>,
/// summary and the check of the end state. Exit code 0 only when the end state is exactly the promised one.
/// </summary>
internal sealed class DemoRun(DemoOptions options, IAnsiConsole console, bool interactive, TimeProvider time)
{
    public const int ExitSucceeded = 0;
    public const int ExitUnexpected = 1;
    public const int ExitSetup = 2;

    private const string InitiatorRegion = "cn-hangzhou";
    private const string AcceptorRegion = "cn-shanghai";

    private CancellationToken _userInterrupt;
    private TimeSpan _runTimeout;

    public Task<int> RunAsync(CancellationToken interrupt) => GuardAsync(PlayAsync, options.RunTimeout, interrupt);

    /// <summary>The C# variant (<c>--csharp</c>): the example program through the Pulumi .NET SDK.</summary>
    public Task<int> RunCSharpAsync(CancellationToken interrupt) =>
        GuardAsync(new CSharp.CSharpDemoRun(options, console, time).RunAsync, options.CSharpRunTimeout, interrupt);

    /// <summary>The TypeScript variant (<c>--typescript</c>): the example program through the Node.js SDK.</summary>
    public Task<int> RunTypeScriptAsync(CancellationToken interrupt) =>
        GuardAsync(new TypeScript.TypeScriptDemoRun(options, console, time).RunAsync, options.CSharpRunTimeout, interrupt);

    /// <summary>Checks the binaries, bounds the run, and turns interrupts and setup errors into exit codes.</summary>
    private async Task<int> GuardAsync(Func<CancellationToken, Task<int>> play, TimeSpan runTimeout, CancellationToken interrupt)
    {
        _userInterrupt = interrupt;
        _runTimeout = runTimeout;
        foreach (var binary in new[] { options.PluginBinary, options.EmulatorBinary })
        {
            if (!File.Exists(binary))
            {
                console.MarkupLine($"[red]error:[/] {Markup.Escape(binary)} not found; run `make build` (or pass --bin).");
                return ExitSetup;
            }
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        bounded.CancelAfter(runTimeout);
        try
        {
            return await play(bounded.Token);
        }
        catch (OperationCanceledException) when (bounded.IsCancellationRequested)
        {
            return Interrupted();
        }
        catch (Exception error) when (error is TimeoutException or InvalidOperationException or HttpRequestException or EmulatorAdminException or Vpc.Client.Errors.AlibabaCloudException)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(error.Message)}");
            return ExitUnexpected;
        }
    }

    private async Task<int> PlayAsync(CancellationToken cancellationToken)
    {
        console.Write(new Rule("[bold deepskyblue1]alicloud-routerinterface[/] · a safe, predictable [bold]pulumi destroy[/]").LeftJustified());
        await using var emulator = await EmulatorProcess.StartAsync(
            new EmulatorStartOptions { BinaryPath = options.EmulatorBinary, Transitions = options.Transitions },
            cancellationToken);
        var endpoint = $"http://{emulator.Endpoint}";
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow("[grey]emulator[/]", $"{Markup.Escape(endpoint)} [grey](pid {emulator.ProcessId}, fresh state)[/]");
        grid.AddRow("[grey]transitions[/]", Markup.Escape(string.Join(", ", options.Transitions.Select(t => $"{t.Key} {t.Value}s"))));
        grid.AddRow("[grey]plugin[/]", Markup.Escape(options.PluginBinary));
        grid.AddRow("[grey]credentials[/]", "emulator-dev [grey](accessKey and secretKey set as secrets)[/]");
        console.Write(grid);
        console.WriteLine();

        using var cloud = DemoCloud.CreateClient(InitiatorRegion, endpoint, time);
        var client = cloud.Client;
        var calls = new ApiCallLog(emulator.Admin);
        var builder = new TopologyBuilder(client, options, time);
        var parts = new List<RunPart>();

        // 1. The network the stack plugs into, made outside it.
        // One initiator VPC per pair: the API allows only one connection between two routers (Forbidden.OnlyOneConnection).
        Section("1", "VPCs in two regions", "created with the VPC client, as another tool would; one initiator VPC per pair (one connection per two routers)");
        var ((initiatorSites, acceptorSite), setup) = await MeasureAsync(calls, async () =>
        {
            var sites = new Dictionary<string, RegionSite>(StringComparer.Ordinal);
            foreach (var (pair, index) in PairPlan.All.Select((p, i) => (p, i)))
            {
                var name = index == 0 ? "demo-hangzhou" : $"demo-hangzhou-{pair.Key}";
                var cidr = index == 0 ? "10.1.0.0/16" : FormattableString.Invariant($"10.{index + 2}.0.0/16");
                var hangzhou = await builder.CreateVpcAsync(InitiatorRegion, name, cidr, cancellationToken);
                Done($"VPC {hangzhou.VpcId} in {hangzhou.RegionId} ({hangzhou.CidrBlock}), vRouter {hangzhou.VRouterId}, route table {hangzhou.RouteTableId}");
                sites[pair.Key] = hangzhou;
            }

            var shanghai = await builder.CreateVpcAsync(AcceptorRegion, "demo-shanghai", "10.2.0.0/16", cancellationToken);
            Done($"VPC {shanghai.VpcId} in {shanghai.RegionId} ({shanghai.CidrBlock}), vRouter {shanghai.VRouterId}, route table {shanghai.RouteTableId}");
            return ((IReadOnlyDictionary<string, RegionSite>)sites, shanghai);
        }, cancellationToken);
        parts.Add(new RunPart("VPCs", setup.Duration, setup.Calls));
        console.WriteLine();

        await using var stack = await DemoStack.StartAsync(options, endpoint, initiatorSites, acceptorSite, cancellationToken);
        var view = new OperationView(console, interactive, options, time);

        // 2. pulumi up.
        Section("2", "pulumi up", $"three connected pairs: acceptors in {AcceptorRegion}, initiators in {InitiatorRegion} (one provider per region)");
        foreach (var pair in PairPlan.All)
        {
            console.MarkupLine($"  [bold]{pair.Key}[/] [grey]{Markup.Escape(pair.Story)}[/]");
        }

        console.WriteLine();
        var up = await PlayOperationAsync(OperationVerb.Create, stack, view, calls, stack.UpAsync, cancellationToken);
        parts.Add(new RunPart("pulumi up", up.Tracker.Elapsed, up.Calls));
        if (cancellationToken.IsCancellationRequested)
        {
            return Interrupted();
        }

        if (up.Tracker.Rows.Any(r => r.State != RowState.Succeeded))
        {
            console.MarkupLine("[red]✘ pulumi up did not create every resource; see the diagnostics above.[/]");
            return ExitUnexpected;
        }

        await StackOutputs.WriteAsync(console, stack, client, cancellationToken);
        var ids = stack.Members.ToDictionary(r => r.Name, r => stack.IdOf(r.Name)!, StringComparer.Ordinal);

        // 3. Other tools act on the pairs between up and destroy.
        Section("3", "Meanwhile, outside the stack", "route entries through the routed pair; the draining pair deactivated just before the destroy");
        var routed = PairPlan.All.Single(p => p.Role == PairRole.Routed);
        var draining = PairPlan.All.Single(p => p.Role == PairRole.Draining);
        var (_, outside) = await MeasureAsync<bool>(calls, async () =>
        {
            var toShanghai = await builder.AddRouteAsync(initiatorSites[routed.Key], acceptorSite.CidrBlock, ids[routed.InitiatorName], cancellationToken);
            Done($"route entry {toShanghai.RouteEntryId}: {toShanghai.DestinationCidrBlock} → {toShanghai.NextHopId} ({routed.InitiatorName}) in {initiatorSites[routed.Key].RouteTableId}");
            var toHangzhou = await builder.AddRouteAsync(acceptorSite, initiatorSites[routed.Key].CidrBlock, ids[routed.AcceptorName], cancellationToken);
            Done($"route entry {toHangzhou.RouteEntryId}: {toHangzhou.DestinationCidrBlock} → {toHangzhou.NextHopId} ({routed.AcceptorName}) in {acceptorSite.RouteTableId}");
            // Only this deactivation is slow, so the destroy surely meets it; the provider's own ones keep the normal duration.
            var deactivation = options.DrainingDeactivationFor(up.Tracker.ProviderStartup);
            var slow = new Dictionary<string, double> { [EmulatorTransitions.Deactivating] = deactivation.TotalSeconds };
            await emulator.Admin.SetTransitionsAsync(slow, cancellationToken);
            var status = await builder.DeactivateAsync(initiatorSites[draining.Key].RegionId, ids[draining.InitiatorName], cancellationToken);
            await emulator.Admin.SetTransitionsAsync(options.Transitions, cancellationToken);
            Done($"DeactivateRouterInterface {ids[draining.InitiatorName]} ({draining.InitiatorName}): now {status} "
                + $"(the emulator makes this one last {deactivation.TotalSeconds:0} s)");
            return true;
        }, cancellationToken);
        parts.Add(new RunPart("outside the stack", outside.Duration, outside.Calls));
        console.WriteLine();

        // 4. pulumi destroy.
        Section("4", "pulumi destroy", "initiators first (they reference the acceptors), every delete of a level in parallel");
        var destroy = await PlayOperationAsync(OperationVerb.Delete, stack, view, calls, stack.DestroyAsync, cancellationToken);
        parts.Add(new RunPart("pulumi destroy", destroy.Tracker.Elapsed, destroy.Calls));
        if (cancellationToken.IsCancellationRequested)
        {
            return Interrupted();
        }

        // 5. Summary and the end state.
        Section("5", "Summary", "timings and OpenAPI calls per action");
        RunSummary.Write(console, parts);
        var facts = await new OutcomeCheck(client).RunAsync(stack, destroy.Tracker, ids, cancellationToken);
        OutcomeCheck.Write(console, facts);
        var prepaid = PairPlan.All.Single(p => p.Role == PairRole.Prepaid);
        if (facts.All(f => f.Holds))
        {
            console.Write(new Panel(
                    $"[green bold]✔ Everything was deleted except the prepaid pair[/] ({prepaid.InitiatorName} {ids[prepaid.InitiatorName]}, "
                    + $"{prepaid.AcceptorName} {ids[prepaid.AcceptorName]}).\n"
                    + "The provider refused it before changing anything: a subscription is released when it ends or is refunded.\n"
                    + $"To drop it from the stack: [bold]pulumi state delete[/] its URNs, or set [bold]retainOnDelete: true[/] and run [bold]pulumi up[/].")
                .Header("result")
                .BorderColor(Color.Green));
            return ExitSucceeded;
        }

        console.Write(new Panel("[red bold]✘ The end state is not the expected one[/] (see the failed checks above).").Header("result").BorderColor(Color.Red));
        return ExitUnexpected;
    }

    private async Task<(OperationTracker Tracker, ApiCalls Calls)> PlayOperationAsync(
        OperationVerb verb,
        DemoStack stack,
        OperationView view,
        ApiCallLog calls,
        Func<OperationTracker, CancellationToken, Task> operation,
        CancellationToken cancellationToken)
    {
        console.MarkupLine($"[grey]$[/] [bold]{Markup.Escape(verb.Command)}[/]");
        var mark = await calls.MarkAsync(cancellationToken);
        var tracker = new OperationTracker(verb, stack.Members, time, options.RecentStatusLines);
        await view.RunAsync(tracker, stack.StackName, () => operation(tracker, cancellationToken));
        CliSections.Write(console, interactive, tracker, stack.StackName);
        return (tracker, await calls.SinceAsync(mark, CancellationToken.None));
    }

    private async Task<(T Result, RunPart Part)> MeasureAsync<T>(ApiCallLog calls, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var mark = await calls.MarkAsync(cancellationToken);
        var started = time.GetTimestamp();
        var result = await work();
        var elapsed = time.GetElapsedTime(started);
        return (result, new RunPart("", elapsed, await calls.SinceAsync(mark, cancellationToken)));
    }

    private void Section(string number, string title, string subtitle)
    {
        console.Write(new Rule($"[bold]{number} · {Markup.Escape(title)}[/]").LeftJustified().RuleStyle("grey"));
        console.MarkupLine($"[grey]{Markup.Escape(subtitle)}[/]");
        console.WriteLine();
    }

    private void Done(string text) => console.MarkupLine($"  [green]✔[/] {Markup.Escape(text)}");

    /// <summary>Ctrl-C (exit 130) or the run's own time bound (exit 1).</summary>
    private int Interrupted()
    {
        var byUser = _userInterrupt.IsCancellationRequested;
        console.MarkupLine(byUser
            ? "[yellow]Interrupted: the running operation was cancelled; the emulator and the plugins are being shut down.[/]"
            : $"[red]error:[/] the demo did not finish within {_runTimeout.TotalMinutes:0} minutes; stopped.");
        return byUser ? DemoCommandLine.ExitInterrupted : ExitUnexpected;
    }
}
