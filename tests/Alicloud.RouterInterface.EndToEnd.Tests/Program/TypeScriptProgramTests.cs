using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Monitor;
using Grpc.Core;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Program;

/// <summary>
/// <c>examples/typescript</c> on the Node.js SDK (<c>sdk/nodejs</c>) and the real <c>@pulumi/pulumi</c>, started as the
/// Node.js language host starts a program (<see cref="NodejsProgramLauncher"/>) against the harness's resource monitor
/// and engine services, with the real plugin and the emulator: up (the acceptor's ID flows into the initiator), a
/// no-op up, an in-place update, a destroy through a forced route entry, and a prepaid stack whose destroy is refused.
/// </summary>
public sealed class TypeScriptProgramTests(FastEmulatorFixture fixture, TypeScriptExampleFixture build, ITestOutputHelper output)
    : IClassFixture<FastEmulatorFixture>, IClassFixture<TypeScriptExampleFixture>
{
    private const string Token = "alicloud-routerinterface:index:RouterInterface";
    private static readonly TimeSpan s_testBound = TimeSpan.FromMinutes(8);

    [FactRequiresTypeScriptExample]
    public async Task TypeScriptExample_Up_NoOpUp_InPlaceUpdate_ForcedDestroy_PairCreatedConnectedThenGone()
    {
        using var test = new CancellationTokenSource(s_testBound);
        await using var stack = await StartAsync("routed", test.Token);
        var (engine, initiatorRouter, acceptorRouter) = (stack.Engine, stack.Initiator, stack.Acceptor);

        var up = await RunAsync(engine.UpAsync(test.Token));
        Assert.True(up.Succeeded, Describe(up));
        Assert.Equal(0, up.ProgramExitCode);
        Assert.Equal(2, up.PluginProcesses);
        Assert.Equal(StepKind.Create, up["acceptor"].Step);
        Assert.Equal(StepKind.Create, up["initiator"].Step);
        var acceptorId = up["acceptor"].Id!;
        var initiatorId = up["initiator"].Id!;

        // What the Node.js SDK sent: the root stack first, then each end with the program's inputs and options.
        Assert.Equal(ComponentResource.RootStackType, up.Registrations[0].Type);
        var initiator = up.Registration("initiator");
        Assert.Equal(Token, initiator.Type);
        Assert.Equal(initiatorRouter.RouterId, PropertyValues.GetString(initiator.Object, "routerId"));
        Assert.Equal(acceptorId, PropertyValues.GetString(initiator.Object, "oppositeInterfaceId"));
        Assert.Equal(acceptorRouter.RouterId, PropertyValues.GetString(initiator.Object, "oppositeRouterId"));
        Assert.Contains(Urns.Create(engine.State.Stack, engine.State.Project, Token, "acceptor"), initiator.Dependencies);
        Assert.True(initiator.Object.Fields["connect"].BoolValue);
        Assert.Equal(engine.State.Providers.Single(p => p.Name == "initiator-region").Reference, initiator.Provider);
        Assert.Equal(600, engine.State.Find("initiator")!.CustomTimeouts!.DeleteSeconds);
        foreach (var name in new[] { "initiator-region", "acceptor-region" })
        {
            var provider = up.Registration(name);
            Assert.True(PropertyValues.IsSecretProperty(provider.Object, "secretKey"), $"{name}: secretKey is sent as a secret");
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "VERSION")).Trim(), provider.Version);
        }

        var cloud = await fixture.StateAsync(test.Token);
        CloudAssert.Status(cloud, "Active", acceptorId, initiatorId);
        Assert.Equal(acceptorId, cloud.Interface(initiatorId)!.OppositeInterfaceId);
        Assert.Equal(initiatorId, PropertyValues.GetString(engine.State.StackOutputs, "initiatorId"));
        Assert.Equal("Active", PropertyValues.GetString(engine.State.StackOutputs, "initiatorStatus"));
        Assert.Equal(acceptorId, PropertyValues.GetString(engine.State.StackOutputs, "acceptorId"));

        var requests = await fixture.MarkRequestsAsync(test.Token);
        var same = await RunAsync(engine.UpAsync(test.Token));
        Assert.True(same.Succeeded, Describe(same));
        Assert.All(same.Resources, r => Assert.Equal(StepKind.Same, r.Step));
        Assert.DoesNotContain(await requests.ReadAsync(test.Token), RequestLog.IsMutating);

        engine.Config[CSharpExample.Key("initiatorSpec")] = "Small.1";
        var update = await RunAsync(engine.UpAsync(test.Token));
        Assert.True(update.Succeeded, Describe(update));
        Assert.Equal(StepKind.Update, update["initiator"].Step);
        Assert.Equal(StepKind.Same, update["acceptor"].Step);
        Assert.Equal("Small.1", (await fixture.StateAsync(test.Token)).Interface(initiatorId)!.Spec);

        var route = await fixture.Cloud.CreateRouteToAsync(initiatorRouter, "172.16.0.0/12", initiatorId, test.Token);
        var destroy = await RunAsync(engine.DestroyAsync(test.Token));
        Assert.True(destroy.Succeeded, Describe(destroy));
        Assert.Equal(StepKind.Delete, destroy["initiator"].Step);
        Assert.Equal(StepKind.Delete, destroy["acceptor"].Step);
        Assert.Empty(engine.State.Resources);
        cloud = await fixture.StateAsync(test.Token);
        CloudAssert.Gone(cloud, acceptorId, initiatorId);
        Assert.Null(cloud.RouteEntry(route));
        AssertNoSecretLeaked(engine, up, same, update, destroy);
    }

    [FactRequiresTypeScriptExample]
    public async Task TypeScriptExample_PrepaidStack_DestroyIsRefused_PairUntouchedInCloudAndState()
    {
        using var test = new CancellationTokenSource(s_testBound);
        await using var stack = await StartAsync("prepaid", test.Token);
        var engine = stack.Engine;
        engine.Config[CSharpExample.Key("instanceChargeType")] = "PrePaid";

        var up = await RunAsync(engine.UpAsync(test.Token));
        Assert.True(up.Succeeded, Describe(up));
        Assert.Equal("Month", PropertyValues.GetString(up.Registration("initiator").Object, "pricingCycle"));
        var acceptorId = up["acceptor"].Id!;
        var initiatorId = up["initiator"].Id!;

        var requests = await fixture.MarkRequestsAsync(test.Token);
        var destroy = await RunAsync(engine.DestroyAsync(test.Token));
        Assert.False(destroy.Succeeded);
        var refused = Assert.Single(destroy.Failed);
        Assert.Equal("initiator", refused.Name);
        Assert.Equal(StatusCode.FailedPrecondition, refused.Code);
        Assert.StartsWith("PrepaidInstance:", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(await requests.ReadAsync(test.Token), RequestLog.IsMutating);
        CloudAssert.Status(await fixture.StateAsync(test.Token), "Active", acceptorId, initiatorId);
        Assert.Equal(2, engine.State.Resources.Count);
    }

    /// <summary>No secret in the plugins' output, the engine's logs, the program's output, the errors or the checkpoint.</summary>
    private static void AssertNoSecretLeaked(ProgramEngine engine, params ProgramRunResult[] results)
    {
        var secret = EmulatorCredentials.Dev.AccessKeySecret;
        foreach (var result in results)
        {
            Assert.DoesNotContain(secret, result.PluginStandardError, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, result.PluginStandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, result.ProgramStandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, result.ProgramStandardError, StringComparison.Ordinal);
            // @pulumi/pulumi itself logs every RegisterResource answer at debug severity (runtime/resource.ts,
            // "RegisterResource RPC finished: … resp: …"), and a provider's answer carries its secret inputs: shown only
            // with `pulumi up --debug`. Any other log with the secret fails here.
            var leaks = result.Logs
                .Where(l => l.Message.Contains(secret, StringComparison.Ordinal))
                .Where(l => !(l.Severity == LogSeverity.Debug && l.Message.StartsWith("RegisterResource RPC finished: resource:", StringComparison.Ordinal)
                    && l.Message.Contains("[pulumi:providers:alicloud-routerinterface]", StringComparison.Ordinal)))
                .Select(l => $"{l.Severity} {Urns.NameOf(l.Urn)}: {l.Message.Replace(secret, "<secret>", StringComparison.Ordinal)}");
            Assert.True(!leaks.Any(), $"the secret is in the engine's log of {result.Kind}:\n{string.Join('\n', leaks)}");
            Assert.DoesNotContain(secret, result.ToString(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(secret, engine.Checkpoint.Write(engine.State), StringComparison.Ordinal);
    }

    private Task<ExampleStack> StartAsync(string stack, CancellationToken cancellationToken) =>
        ExampleProgramStacks.StartAsync(fixture, build.Example.EngineOptions(stack, RepoPaths.PluginBinary), cancellationToken);

    private async Task<ProgramRunResult> RunAsync(Task<ProgramRunResult> operation)
    {
        var result = await operation;
        output.WriteLine(Describe(result));
        return result;
    }

    private static string Describe(ProgramRunResult result) => ExampleProgramStacks.Describe(result);
}
