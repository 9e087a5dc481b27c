using Alicloud.RouterInterface.Demo.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Monitor;
using Alicloud.Vpc.Client;
using Pulumirpc;
using Spectre.Console;

namespace Alicloud.RouterInterface.Demo.Programs;

/// <summary>
/// The example program (<c>examples/csharp</c> or <c>examples/typescript</c>, the same pair) run as a real program, the
/// harness serving its resource monitor and engine: <c>pulumi up</c>, a no-op up, an in-place update, a route through
/// the pair, <c>pulumi destroy</c>; then a prepaid stack of the same program whose destroy is refused; then a table of
/// those facts, exit 0 only when all hold. <c>prepare</c> readies the program (builds or locates it) once the emulator
/// runs and answers the engine options of a stack.
/// </summary>
internal sealed class PairProgramScenario(DemoOptions options, IAnsiConsole console, TimeProvider time)
{
    private const string InitiatorRegion = "cn-hangzhou";
    private const string AcceptorRegion = "cn-shanghai";

    public async Task<int> RunAsync(string title, Func<CancellationToken, Task<Func<string, ProgramEngineOptions>>> prepare, CancellationToken cancellationToken)
    {
        console.Write(new Rule($"[bold deepskyblue1]alicloud-routerinterface[/] · {Markup.Escape(title)}").LeftJustified());
        await using var emulator = await EmulatorProcess.StartAsync(
            new EmulatorStartOptions { BinaryPath = options.EmulatorBinary, Transitions = options.Transitions },
            cancellationToken);
        var endpoint = $"http://{emulator.Endpoint}";
        using var cloud = DemoCloud.CreateClient(InitiatorRegion, endpoint, time);
        var client = cloud.Client;
        var builder = new TopologyBuilder(client, options, time);
        var initiatorSite = await builder.CreateVpcAsync(InitiatorRegion, "demo-hangzhou", "10.1.0.0/16", cancellationToken);
        var acceptorSite = await builder.CreateVpcAsync(AcceptorRegion, "demo-shanghai", "10.2.0.0/16", cancellationToken);
        Done($"emulator {endpoint}; VPC {initiatorSite.VpcId} (vRouter {initiatorSite.VRouterId}) in {InitiatorRegion}, VPC {acceptorSite.VpcId} (vRouter {acceptorSite.VRouterId}) in {AcceptorRegion}");

        var engineOptions = await prepare(cancellationToken);
        console.WriteLine();

        var checks = new List<(string Fact, bool Holds)>();
        await using (var dev = await StartStackAsync(engineOptions, "dev", endpoint, initiatorSite, acceptorSite, cancellationToken))
        {
            var up = await PlayAsync("pulumi up", dev, dev.UpAsync, cancellationToken);
            var initiatorId = up.Resources.LastOrDefault(r => r.Name == "initiator")?.Id ?? "";
            var acceptorId = up.Resources.LastOrDefault(r => r.Name == "acceptor")?.Id ?? "";
            checks.Add(("up created both ends; the initiator points at the acceptor's ID",
                up.Succeeded && PropertyValues.GetString(up.Registrations.Last(r => r.Name == "initiator").Object, "oppositeInterfaceId") == acceptorId));
            WriteOutputs(dev);

            var same = await PlayAsync("pulumi up (no change)", dev, dev.UpAsync, cancellationToken);
            checks.Add(("a second up changes nothing", same.Succeeded && same.Resources.All(r => r.Step == StepKind.Same)));

            console.MarkupLine("[grey]$[/] [bold]pulumi config set initiatorSpec Small.1[/]");
            dev.Config[CSharpExample.Key("initiatorSpec")] = "Small.1";
            var update = await PlayAsync("pulumi up", dev, dev.UpAsync, cancellationToken);
            checks.Add(("the spec change updates the initiator in place", update.Succeeded && update.Resources.Any(r => r is { Name: "initiator", Step: StepKind.Update })));

            var route = await builder.AddRouteAsync(initiatorSite, acceptorSite.CidrBlock, initiatorId, cancellationToken);
            Done($"outside the stack: route entry {route.RouteEntryId} {route.DestinationCidrBlock} → {initiatorId} in {initiatorSite.RouteTableId}");
            console.WriteLine();

            var destroy = await PlayAsync("pulumi destroy", dev, dev.DestroyAsync, cancellationToken);
            var gone = await client.DescribeRouterInterfaceAsync(InitiatorRegion, initiatorId, cancellationToken) is null
                && await client.DescribeRouterInterfaceAsync(AcceptorRegion, acceptorId, cancellationToken) is null;
            checks.Add(("destroy removed the route (force) and both ends; the stack is empty", destroy.Succeeded && gone && dev.State.Resources.Count == 0));
            checks.Add(("the credentials never appear in clear: state, logs the CLI shows, plugin stderr", NoSecret(dev, up, same, update, destroy)));
        }

        await using (var prepaid = await StartStackAsync(engineOptions, "prepaid", endpoint, initiatorSite, acceptorSite, cancellationToken))
        {
            console.MarkupLine("[grey]$[/] [bold]pulumi stack select prepaid && pulumi config set instanceChargeType PrePaid[/]");
            prepaid.Config[CSharpExample.Key("instanceChargeType")] = "PrePaid";
            var up = await PlayAsync("pulumi up", prepaid, prepaid.UpAsync, cancellationToken);
            var destroy = await PlayAsync("pulumi destroy", prepaid, prepaid.DestroyAsync, cancellationToken);
            var initiatorId = up.Resources.LastOrDefault(r => r.Name == "initiator")?.Id ?? "";
            var untouched = await client.DescribeRouterInterfaceAsync(InitiatorRegion, initiatorId, cancellationToken) is { Status: "Active" };
            checks.Add(("the prepaid pair's destroy is refused; the pair stays Active and in the stack",
                up.Succeeded && !destroy.Succeeded && untouched && prepaid.State.Resources.Count == 2));
        }

        var table = new Table().AddColumn("check").AddColumn("holds");
        foreach (var (fact, holds) in checks)
        {
            table.AddRow(Markup.Escape(fact), holds ? "[green]✔[/]" : "[red]✘[/]");
        }

        console.Write(table);
        return checks.All(c => c.Holds) ? DemoRun.ExitSucceeded : DemoRun.ExitUnexpected;
    }

    private static async Task<ProgramEngine> StartStackAsync(Func<string, ProgramEngineOptions> engineOptions, string stack, string endpoint, RegionSite initiator, RegionSite acceptor, CancellationToken cancellationToken)
    {
        var engine = await ProgramEngine.StartAsync(engineOptions(stack), cancellationToken);
        CSharpExample.Configure(engine, (initiator.RegionId, initiator.VRouterId), (acceptor.RegionId, acceptor.VRouterId), endpoint, EmulatorCredentials.Dev);
        return engine;
    }

    private async Task<ProgramRunResult> PlayAsync(string command, ProgramEngine engine, Func<CancellationToken, Task<ProgramRunResult>> operation, CancellationToken cancellationToken)
    {
        console.MarkupLine($"[grey]$[/] [bold]{Markup.Escape(command)}[/] [grey](stack {Markup.Escape(engine.State.Stack)})[/]");
        var result = await operation(cancellationToken);
        var table = new Table().Border(TableBorder.Simple).AddColumn("Type").AddColumn("Name").AddColumn("Step").AddColumn("Status").AddColumn(new TableColumn("Duration").RightAligned());
        foreach (var outcome in result.Resources)
        {
            var status = outcome.Status switch
            {
                OutcomeStatus.Failed => "[red]failed[/]",
                OutcomeStatus.Skipped => "[yellow]skipped[/]",
                _ => "[green]ok[/]",
            };
            table.AddRow(Markup.Escape(outcome.Type), Markup.Escape(outcome.Name), outcome.Step.ToString(), status, $"{outcome.Duration.TotalSeconds:0.0}s");
        }

        console.Write(table);
        var diagnostics = result.Logs.Where(l => !l.Ephemeral && l.Severity >= LogSeverity.Info).ToList();
        foreach (var failure in result.Failed)
        {
            console.MarkupLine($"  [red]error:[/] {Markup.Escape(failure.Name)}: {Markup.Escape(failure.Error ?? "")}");
        }

        foreach (var log in diagnostics.Where(l => l.Severity == LogSeverity.Warning))
        {
            console.MarkupLine($"  [yellow]warning:[/] {Markup.Escape(Urns.NameOf(log.Urn))}: {Markup.Escape(log.Message)}");
        }

        foreach (var error in result.Errors)
        {
            console.MarkupLine($"  [red]error:[/] {Markup.Escape(error)}");
        }

        console.MarkupLine($"  [grey]{result.Registrations.Count} registrations from the program, {result.PluginProcesses} plugin processes, {result.Duration.TotalSeconds:0.0} s[/]");
        console.WriteLine();
        return result;
    }

    private void WriteOutputs(ProgramEngine engine)
    {
        console.MarkupLine("[bold]Outputs:[/]");
        foreach (var (key, value) in engine.State.StackOutputs.Fields.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            console.MarkupLine($"    {Markup.Escape(key)}: {Markup.Escape(PropertyValues.ToJson(PropertyValues.Unwrap(value)))}");
        }

        console.WriteLine();
    }

    /// <summary>
    /// No credential in the checkpoint, the plugins' stderr, the program's stdout or the logs the CLI shows without
    /// <c>--debug</c>. Debug logs are left out: the Node.js SDK itself logs each RegisterResource answer at debug
    /// severity (@pulumi/pulumi runtime/resource.ts, "RegisterResource RPC finished"), a provider's secret inputs included.
    /// </summary>
    private static bool NoSecret(ProgramEngine engine, params ProgramRunResult[] results)
    {
        var secret = EmulatorCredentials.Dev.AccessKeySecret;
        return !engine.Checkpoint.Write(engine.State).Contains(secret, StringComparison.Ordinal)
            && results.All(r => !r.PluginStandardError.Contains(secret, StringComparison.Ordinal)
                && !r.ProgramStandardOutput.Contains(secret, StringComparison.Ordinal)
                && r.Logs.All(l => l.Severity == LogSeverity.Debug || !l.Message.Contains(secret, StringComparison.Ordinal)));
    }

    public void Done(string text) => console.MarkupLine($"  [green]✔[/] {Markup.Escape(text)}");
}
