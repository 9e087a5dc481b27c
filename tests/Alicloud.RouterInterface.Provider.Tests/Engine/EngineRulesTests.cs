using Alicloud.RouterInterface.Provider.Tests.Support;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Tests.Engine;

/// <summary>
/// One test per rule of the real engine that the harness follows (../shared/reference/engine-rules.md, read from
/// pulumi/pulumi at 1b5949891b), each against the real plugin and the real emulator. A test is named after the engine
/// behaviour it mirrors and cites the engine file the behaviour comes from.
/// </summary>
public sealed class EngineRulesTests(EmulatorStack stack) : IClassFixture<EmulatorStack>
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    /// <summary>A refused ConnectRouterInterface (not retried by the provider), once.</summary>
    private static readonly FaultRule ConnectRefused = new() { Action = "ConnectRouterInterface", Code = "Forbidden.FinancialLocked", Count = 1 };

    // pkg/resource/plugin/provider_plugin.go parseError + pkg/resource/deploy/step.go (create): a partial create is
    // stored with the detail's id and outputs, the checked inputs, and its reasons as init errors.
    [Fact]
    public async Task PartialCreate_IsStoredWithTheCheckedInputsAndItsInitErrors()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var engine = await stack.StartEngineAsync(deadline.Token);
        var (program, _, _) = await PairWithConnectRefusedAsync(engine, deadline.Token);

        var initiator = engine.State.Find("initiator")!;
        Assert.StartsWith("ri-", initiator.Id, StringComparison.Ordinal);
        Assert.NotEmpty(initiator.InitErrors);
        Assert.Equal("Idle", PropertyValues.GetString(initiator.Outputs, "status"));
        Assert.True(initiator.Inputs.Fields["connect"].BoolValue);
        Assert.Equal(program.Resources[1].Inputs.Fields["name"], initiator.Inputs.Fields["name"]);
    }

    // pkg/resource/deploy/step_generator.go ("If resource was unchanged, but there were initialization errors"):
    // the next up sends an Update even though Diff says DIFF_NONE; its success drops the init errors.
    [Fact]
    public async Task InitErrors_NextUpSendsAnUpdateEvenWhenDiffSaysNone_AndItsSuccessClearsThem()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var engine = await stack.StartEngineAsync(deadline.Token);
        var (program, _, _) = await PairWithConnectRefusedAsync(engine, deadline.Token);

        var again = await engine.UpAsync(program, cancellationToken: deadline.Token);

        Assert.True(again.Succeeded, again.ToString());
        Assert.Equal(StepKind.Update, again["initiator"].Step);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, again["initiator"].Diff!.Changes);
        Assert.Equal(StepKind.Same, again["acceptor"].Step);
        Assert.Empty(engine.State.Find("initiator")!.InitErrors);
    }

    // pkg/resource/deploy/step.go (refresh: s.new.InitErrors = the Read's init errors): a successful refresh drops them.
    [Fact]
    public async Task InitErrors_ClearedByASuccessfulRefresh()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var engine = await stack.StartEngineAsync(deadline.Token);
        await PairWithConnectRefusedAsync(engine, deadline.Token);

        var refresh = await engine.RefreshAsync(deadline.Token);

        Assert.True(refresh.Succeeded, refresh.ToString());
        Assert.All(engine.State.Resources, r => Assert.Empty(r.InitErrors));
    }

    // pkg/engine/update.go ("partially-failed update, saving old inputs") + provider_plugin.go (detail inputs ignored):
    // the state keeps the detail's outputs and the OLD inputs, so the next up diffs and re-runs the whole update.
    [Fact]
    public async Task PartialUpdate_KeepsTheOldInputs_SoTheNextUpRunsTheUpdateAgain()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var engine = await stack.StartEngineAsync(deadline.Token);
        var acceptorRouter = await stack.NewRouterAsync(deadline.Token);
        var acceptor = EmulatorStack.Acceptor("acceptor", acceptorRouter);
        Assert.True((await engine.UpAsync(new StackProgram(acceptor), cancellationToken: deadline.Token)).Succeeded);
        var acceptorId = engine.State.Find("acceptor")!.Id;
        var initiator = EmulatorStack.Initiator("initiator", await stack.NewRouterAsync(deadline.Token), acceptorId) with { DependsOn = ["acceptor"] };
        Assert.True((await engine.UpAsync(new StackProgram(acceptor, initiator), cancellationToken: deadline.Token)).Succeeded);
        var oldInputs = engine.State.Find("initiator")!.Inputs;
        var changed = initiator with { Inputs = With(initiator.Inputs, ("name", "renamed"), ("connect", true)) };
        var program = new StackProgram(acceptor, changed);
        await stack.Emulator.Admin.AddFaultAsync(ConnectRefused, deadline.Token);

        var partial = await engine.UpAsync(program, cancellationToken: deadline.Token);

        Assert.False(partial.Succeeded);
        Assert.Equal(StepKind.Update, partial["initiator"].Step);
        Assert.NotEmpty(partial["initiator"].InitErrors);
        var stored = engine.State.Find("initiator")!;
        Assert.Equal(oldInputs, stored.Inputs);
        Assert.Equal("renamed", PropertyValues.GetString(stored.Outputs, "name"));
        Assert.NotEmpty(stored.InitErrors);

        var again = await engine.UpAsync(program, cancellationToken: deadline.Token);

        Assert.True(again.Succeeded, again.ToString());
        Assert.Equal(StepKind.Update, again["initiator"].Step);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, again["initiator"].Diff!.Changes);
        Assert.Equal("Active", (await stack.DescribeAsync(stored.Id, deadline.Token))!.Status);
        Assert.Equal("Active", (await stack.DescribeAsync(acceptorId, deadline.Token))!.Status);
    }

    // pkg/resource/deploy/step_generator.go (replacement): without deleteBeforeReplace the replacement is created
    // first and the old resource deleted at the end.
    [Fact]
    public async Task Replacement_CreatesTheNewResourceBeforeDeletingTheOld()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var engine = await stack.StartEngineAsync(deadline.Token);
        var (program, oldId) = await LoneAcceptorAsync(engine, deleteBeforeReplace: false, deadline.Token);
        var start = (await stack.RequestsAsync(deadline.Token)).Count;

        var up = await engine.UpAsync(await MovedToANewRouterAsync(program, deadline.Token), cancellationToken: deadline.Token);

        Assert.True(up.Succeeded, up.ToString());
        Assert.Equal([StepKind.CreateReplacement, StepKind.DeleteReplaced], up.Resources.Select(r => r.Step));
        var actions = (await stack.RequestsAsync(deadline.Token)).Skip(start).Select(r => r.Action).Where(a => !a.StartsWith("Describe", StringComparison.Ordinal)).ToList();
        Assert.True(actions.IndexOf("CreateRouterInterface") < actions.FindIndex(a => a.StartsWith("Delete", StringComparison.Ordinal)), string.Join(", ", actions));
        Assert.NotEqual(oldId, engine.State.Find("acceptor")!.Id);
        Assert.Null(await stack.DescribeAsync(oldId, deadline.Token));
    }

    // pkg/resource/deploy/step_generator.go (deleteBeforeReplace from Diff or the resource option): delete, then create.
    [Fact]
    public async Task Replacement_WithDeleteBeforeReplace_DeletesTheOldResourceFirst()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var engine = await stack.StartEngineAsync(deadline.Token);
        var (program, oldId) = await LoneAcceptorAsync(engine, deleteBeforeReplace: true, deadline.Token);
        var start = (await stack.RequestsAsync(deadline.Token)).Count;

        var up = await engine.UpAsync(await MovedToANewRouterAsync(program, deadline.Token), cancellationToken: deadline.Token);

        Assert.True(up.Succeeded, up.ToString());
        Assert.Equal([StepKind.DeleteReplaced, StepKind.CreateReplacement], up.Resources.Select(r => r.Step));
        var actions = (await stack.RequestsAsync(deadline.Token)).Skip(start).Select(r => r.Action).Where(a => !a.StartsWith("Describe", StringComparison.Ordinal)).ToList();
        Assert.True(actions.FindIndex(a => a.StartsWith("Delete", StringComparison.Ordinal)) < actions.IndexOf("CreateRouterInterface"), string.Join(", ", actions));
        Assert.Null(await stack.DescribeAsync(oldId, deadline.Token));
    }

    // pkg/resource/plugin/provider_plugin.go (after a Handshake supportsPreview is true): preview calls Update with
    // preview = true, changes neither state nor cloud, and never calls Delete.
    [Fact]
    public async Task Preview_AfterAHandshake_CallsTheProviderWithPreviewAndChangesNothing()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var engine = await stack.StartEngineAsync(deadline.Token);
        var (program, _) = await LoneAcceptorAsync(engine, deleteBeforeReplace: false, deadline.Token);
        var before = engine.State.Resources.Single();
        var renamed = new StackProgram(program.Resources[0] with { Inputs = With(program.Resources[0].Inputs, ("name", "renamed")) });
        var start = (await stack.RequestsAsync(deadline.Token)).Count;

        var preview = await engine.PreviewAsync(renamed, deadline.Token);

        Assert.True(preview.Succeeded, preview.ToString());
        Assert.Equal(StepKind.Update, preview["acceptor"].Step);
        Assert.Equal("renamed", PropertyValues.GetString(preview["acceptor"].Outputs, "name"));
        Assert.Equal(before, engine.State.Resources.Single());
        Assert.DoesNotContain((await stack.RequestsAsync(deadline.Token)).Skip(start), r => !r.Action.StartsWith("Describe", StringComparison.Ordinal));
    }

    // pkg/resource/deploy/providers/registry.go (SetProviderVersion; CheckConfig keeps it): the provider's inputs,
    // and so its state, carry the version the program asked for.
    [Fact]
    public async Task ProviderConfig_CarriesTheVersionKey()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var engine = await stack.StartEngineAsync(deadline.Token);

        await LoneAcceptorAsync(engine, deleteBeforeReplace: false, deadline.Token);

        var version = PropertyValues.GetString(engine.State.Provider!.Inputs, "version");
        Assert.False(string.IsNullOrEmpty(version));
        await using var session = await engine.OpenSessionAsync(deadline.Token);
        Assert.Equal(session.PluginInfo.Version, version);
    }

    // pkg/host/host.go: one plugin process per provider instance, the default provider and each explicit one; each is
    // configured from its own arguments, and destroy loads both again from the state.
    [Fact]
    public async Task Providers_EachExplicitProviderGetsAPluginProcessOfItsOwn()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var engine = await stack.StartEngineAsync(deadline.Token);
        var secondConfig = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
        stack.Configure(secondConfig);
        var program = new StackProgram(
            EmulatorStack.Acceptor("onDefault", await stack.NewRouterAsync(deadline.Token)),
            EmulatorStack.Acceptor("onSecond", await stack.NewRouterAsync(deadline.Token)) with { Provider = "second" })
        {
            Providers = [new ProviderDeclaration("second", secondConfig)],
        };

        var up = await engine.UpAsync(program, cancellationToken: deadline.Token);

        Assert.True(up.Succeeded, up.ToString());
        Assert.Equal(2, up.PluginProcessIds.Distinct().Count());
        var secondUrn = Urns.Provider(engine.State.Stack, engine.State.Project, engine.Options.Package, "second");
        Assert.Equal(secondUrn, engine.State.Find("onSecond")!.Provider);
        Assert.Null(engine.State.Find("onDefault")!.Provider);
        Assert.Equal(secondUrn, Assert.Single(engine.State.ExplicitProviders).Urn);

        var destroy = await engine.DestroyAsync(cancellationToken: deadline.Token);

        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Equal(2, destroy.PluginProcessIds.Distinct().Count());
        Assert.Empty(engine.State.Resources);
        Assert.Empty(engine.State.ExplicitProviders);
    }

    // pkg/resource/deploy/step_generator.go issueCheckFailures + sdk/go/common/diag/errors.go (2003): a failure that
    // names a property is printed with that input's value beside the reason.
    [Fact]
    public async Task CheckFailure_NamingAProperty_IsPrintedWithTheInputsValue()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var engine = await stack.StartEngineAsync(deadline.Token);
        var bad = EmulatorStack.Acceptor("acceptor", "vrt-test0001", ("name", "9starts-with-a-digit"));

        var up = await engine.UpAsync(new StackProgram(bad), cancellationToken: deadline.Token);

        var error = Assert.Single(up.DiagnosticsOf("acceptor"));
        Assert.StartsWith($"{TestConfig.RouterInterfaceToken} resource 'acceptor': property name value {{9starts-with-a-digit}} has a problem: ", error, StringComparison.Ordinal);
    }

    // pkg/host/host_server.go (every Engine.Log is a diagnostic) + pkg/engine/update.go (the failed step's error is
    // printed too): under "Diagnostics:" a resource shows its logs and then its error, nothing de-duplicated.
    [Fact]
    public async Task Diagnostics_ShowTheLogsAndTheStepErrorOfAResource()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var engine = await stack.StartEngineAsync(deadline.Token);
        var (_, _, failed) = await PairWithConnectRefusedAsync(engine, deadline.Token);

        var lines = failed.Diagnostics.Where(d => d.Urn.EndsWith("::initiator", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(lines, d => d.Origin == DiagnosticOrigin.StepError);
        Assert.Equal(LogSeverity.Error, error.Severity);
        Assert.StartsWith("1 error occurred:\n\t* ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Forbidden.FinancialLocked", error.Message, StringComparison.Ordinal);
        Assert.Equal(failed.Logs.Count(l => !l.Ephemeral && l.Severity != LogSeverity.Debug && l.Urn == error.Urn), lines.Count(d => d.Origin == DiagnosticOrigin.Log));
    }

    [Fact]
    public void Diagnostics_ATextLoggedAndReturnedAsTheError_AppearsTwice()
    {
        var urn = TestConfig.Urn("a");
        var logs = new[]
        {
            new LogRequest { Severity = LogSeverity.Info, Urn = urn, Message = "waiting", Ephemeral = true },
            new LogRequest { Severity = LogSeverity.Error, Urn = urn, Message = "refused: prepaid" },
            new LogRequest { Severity = LogSeverity.Debug, Urn = urn, Message = "debug detail" },
        };
        var outcomes = new[] { new ResourceOutcome { Urn = urn, Name = "a", Type = TestConfig.RouterInterfaceToken, Step = StepKind.Delete, Status = OutcomeStatus.Failed, Error = "refused: prepaid" } };

        var shown = EngineDiagnostic.Collect(logs, outcomes, [], showDebug: false);
        var withDebug = EngineDiagnostic.Collect(logs, outcomes, [], showDebug: true);

        Assert.Equal(["refused: prepaid", "refused: prepaid"], shown.Select(d => d.Message));
        Assert.Equal([DiagnosticOrigin.Log, DiagnosticOrigin.StepError], shown.Select(d => d.Origin));
        Assert.Contains(withDebug, d => d.Message == "debug detail");
    }

    /// <summary>An acceptor, then an initiator with connect whose ConnectRouterInterface is refused once: a partial create.</summary>
    private async Task<(StackProgram Program, string AcceptorId, OperationResult Partial)> PairWithConnectRefusedAsync(PulumiEngine engine, CancellationToken cancellationToken)
    {
        var acceptor = EmulatorStack.Acceptor("acceptor", await stack.NewRouterAsync(cancellationToken));
        var first = await engine.UpAsync(new StackProgram(acceptor), cancellationToken: cancellationToken);
        Assert.True(first.Succeeded, first.ToString());
        var acceptorId = engine.State.Find("acceptor")!.Id;
        var initiator = EmulatorStack.Initiator("initiator", await stack.NewRouterAsync(cancellationToken), acceptorId, ("connect", true)) with { DependsOn = ["acceptor"] };
        var program = new StackProgram(acceptor, initiator);
        await stack.Emulator.Admin.AddFaultAsync(ConnectRefused, cancellationToken);

        var partial = await engine.UpAsync(program, cancellationToken: cancellationToken);

        Assert.False(partial.Succeeded);
        Assert.Equal(StepKind.Create, partial["initiator"].Step);
        Assert.NotEmpty(partial["initiator"].InitErrors);
        return (program, acceptorId, partial);
    }

    private async Task<(StackProgram Program, string Id)> LoneAcceptorAsync(PulumiEngine engine, bool deleteBeforeReplace, CancellationToken cancellationToken)
    {
        var program = new StackProgram(EmulatorStack.Acceptor("acceptor", await stack.NewRouterAsync(cancellationToken)) with { DeleteBeforeReplace = deleteBeforeReplace });
        var up = await engine.UpAsync(program, cancellationToken: cancellationToken);
        Assert.True(up.Succeeded, up.ToString());
        return (program, engine.State.Find("acceptor")!.Id);
    }

    private async Task<StackProgram> MovedToANewRouterAsync(StackProgram program, CancellationToken cancellationToken)
    {
        var router = await stack.NewRouterAsync(cancellationToken);
        return new StackProgram(program.Resources[0] with { Inputs = With(program.Resources[0].Inputs, ("routerId", router)) });
    }

    private static Struct With(Struct inputs, params (string Key, object? Value)[] changes)
    {
        var result = inputs.Clone();
        foreach (var (key, value) in changes)
        {
            result.Fields[key] = PropertyValues.ToValue(value);
        }

        return result;
    }
}
