using System.Text.Json;
using Alicloud.RouterInterface.EndToEnd.Tests.Support;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Monitor;
using Alicloud.RouterInterface.Testing;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Program;

/// <summary>
/// <c>examples/csharp</c>, compiled against the Pulumi .NET SDK, run as a process against the harness's resource
/// monitor and engine services, with the real plugin (one process per provider) and the emulator: what the real SDK
/// sends (types, inputs, secrets, custom timeouts, provider references, outputs flowing between resources) reaches the
/// plugin and comes back right, through up, a no-op up, an in-place update and destroy.
/// </summary>
public sealed class CSharpProgramTests(FastEmulatorFixture fixture, CSharpExampleFixture build, ITestOutputHelper output)
    : IClassFixture<FastEmulatorFixture>, IClassFixture<CSharpExampleFixture>
{
    private const string Token = "alicloud-routerinterface:index:RouterInterface";
    private const string ProviderType = "pulumi:providers:alicloud-routerinterface";
    private static readonly TimeSpan s_testBound = TimeSpan.FromMinutes(8);

    private static string Secret => EmulatorCredentials.Dev.AccessKeySecret;

    [FactRequiresPulumiFeed]
    public async Task CSharpExample_Preview_Up_NoOpUp_InPlaceUpdate_Destroy_PairCreatedConnectedThenGone_NoSecretInStateLogsOrStderr()
    {
        using var test = new CancellationTokenSource(s_testBound);
        await using var stack = await StartAsync("routed", test.Token);
        var (engine, initiatorRouter, acceptorRouter) = (stack.Engine, stack.Initiator, stack.Acceptor);

        // preview: the program runs with PULUMI_DRY_RUN=true; previews only, nothing in the cloud or the state.
        var previewRequests = await fixture.MarkRequestsAsync(test.Token);
        var preview = await RunAsync(engine.PreviewAsync(test.Token));
        Assert.True(preview.Succeeded, Describe(preview));
        Assert.Equal(StepKind.Create, preview["acceptor"].Step);
        Assert.Equal(StepKind.Create, preview["initiator"].Step);
        Assert.True(PropertyValues.IsUnknown(preview.Registration("initiator").Object.Fields["oppositeInterfaceId"]), "the acceptor's ID is unknown in a preview");
        Assert.DoesNotContain(await previewRequests.ReadAsync(test.Token), RequestLog.IsMutating);
        Assert.Empty(engine.State.Resources);
        Assert.Empty(engine.State.Providers);
        Assert.Empty(engine.State.Components);

        // up: the providers, then the acceptor, then the initiator once the acceptor's ID is known.
        var up = await RunAsync(engine.UpAsync(test.Token));
        Assert.True(up.Succeeded, Describe(up));
        Assert.Equal(0, up.ProgramExitCode);
        Assert.Equal(2, up.PluginProcesses);
        Assert.Equal(StepKind.Create, up["acceptor"].Step);
        Assert.Equal(StepKind.Create, up["initiator"].Step);
        var acceptorId = up["acceptor"].Id!;
        var initiatorId = up["initiator"].Id!;
        AssertRegistrations(up, acceptorRouter, initiatorRouter, acceptorId, engine.State);
        Assert.Contains("resourceReferences", engine.FeatureQueries);

        var cloud = await fixture.StateAsync(test.Token);
        CloudAssert.Status(cloud, "Active", acceptorId, initiatorId);
        Assert.Equal(acceptorId, cloud.Interface(initiatorId)!.OppositeInterfaceId);
        Assert.Equal(initiatorId, cloud.Interface(acceptorId)!.OppositeInterfaceId);
        Assert.Equal("Mini.2", cloud.Interface(initiatorId)!.Spec);
        Assert.Equal(initiatorId, PropertyValues.GetString(engine.State.StackOutputs, "initiatorId"));
        Assert.Equal(acceptorId, PropertyValues.GetString(engine.State.StackOutputs, "acceptorId"));
        Assert.Equal("Active", PropertyValues.GetString(engine.State.StackOutputs, "initiatorStatus"));

        // the example's getRouterInterfaces call, served by the monitor through the plugin's Invoke
        Assert.Equal("Active", PropertyValues.GetString(engine.State.StackOutputs, "lookedUpStatus"));
        AssertSecretsKept(engine);

        // A second up with nothing changed: every resource the same, no cloud change.
        var requests = await fixture.MarkRequestsAsync(test.Token);
        var same = await RunAsync(engine.UpAsync(test.Token));
        Assert.True(same.Succeeded, Describe(same));
        Assert.All(same.Resources, r => Assert.Equal(StepKind.Same, r.Step));
        Assert.Equal(2, same.Resources.Count);
        Assert.DoesNotContain(await requests.ReadAsync(test.Token), RequestLog.IsMutating);

        // A program change that updates in place: the initiator's bandwidth.
        engine.Config[CSharpExample.Key("initiatorSpec")] = "Small.1";
        var update = await RunAsync(engine.UpAsync(test.Token));
        Assert.True(update.Succeeded, Describe(update));
        Assert.Equal(StepKind.Update, update["initiator"].Step);
        Assert.Equal(StepKind.Same, update["acceptor"].Step);
        Assert.Equal(initiatorId, update["initiator"].Id);
        Assert.Equal("Small.1", PropertyValues.GetString(engine.State.Find("initiator")!.Outputs, "spec"));
        cloud = await fixture.StateAsync(test.Token);
        Assert.Equal("Small.1", cloud.Interface(initiatorId)!.Spec);
        CloudAssert.Status(cloud, "Active", acceptorId, initiatorId);

        // destroy from the state (no program run): the route through the pair is removed (force), then both ends.
        var route = await fixture.Cloud.CreateRouteToAsync(initiatorRouter, "172.16.0.0/12", initiatorId, test.Token);
        var destroy = await RunAsync(engine.DestroyAsync(test.Token));
        Assert.True(destroy.Succeeded, Describe(destroy));
        Assert.Null(destroy.ProgramExitCode);
        Assert.Empty(destroy.Registrations);
        Assert.Equal(StepKind.Delete, destroy["initiator"].Step);
        Assert.Equal(StepKind.Delete, destroy["acceptor"].Step);
        Assert.Empty(engine.State.Resources);
        Assert.Empty(engine.State.Providers);
        Assert.Empty(engine.State.Components);
        cloud = await fixture.StateAsync(test.Token);
        CloudAssert.Gone(cloud, acceptorId, initiatorId);
        Assert.Null(cloud.RouteEntry(route));

        AssertNoSecretLeaked(engine, preview, up, same, update, destroy);
    }

    [FactRequiresPulumiFeed]
    public async Task CSharpExample_PrepaidStack_DestroyIsRefused_PairUntouchedInCloudAndState()
    {
        using var test = new CancellationTokenSource(s_testBound);
        await using var stack = await StartAsync("prepaid", test.Token);
        var engine = stack.Engine;
        engine.Config[CSharpExample.Key("instanceChargeType")] = "PrePaid";
        engine.Config[CSharpExample.Key("period")] = "1";

        var up = await RunAsync(engine.UpAsync(test.Token));
        Assert.True(up.Succeeded, Describe(up));
        var initiator = up.Registration("initiator").Object;
        Assert.Equal("PrePaid", PropertyValues.GetString(initiator, "instanceChargeType"));
        Assert.Equal(1, PropertyValues.GetNumber(initiator, "period"));
        Assert.Equal("Month", PropertyValues.GetString(initiator, "pricingCycle"));
        var acceptorId = up["acceptor"].Id!;
        var initiatorId = up["initiator"].Id!;

        var requests = await fixture.MarkRequestsAsync(test.Token);
        var destroy = await RunAsync(engine.DestroyAsync(test.Token));
        Assert.False(destroy.Succeeded);
        var refused = Assert.Single(destroy.Failed);
        Assert.Equal("initiator", refused.Name);
        Assert.Equal(StatusCode.FailedPrecondition, refused.Code);
        Assert.StartsWith("PrepaidInstance:", refused.Error, StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.Skipped, destroy["acceptor"].Status);

        // Untouched: only reads reached the cloud, both ends still Active, the stack still holds them and their providers.
        Assert.DoesNotContain(await requests.ReadAsync(test.Token), RequestLog.IsMutating);
        var cloud = await fixture.StateAsync(test.Token);
        CloudAssert.Status(cloud, "Active", acceptorId, initiatorId);
        Assert.Equal("Prepaid", cloud.Interface(initiatorId)!.ChargeType); // the API's own spelling
        Assert.Equal(2, engine.State.Resources.Count);
        Assert.Equal(2, engine.State.Providers.Count);
        Assert.Single(engine.State.Components);

        AssertNoSecretLeaked(engine, up, destroy);
    }

    /// <summary>A fresh stack of the example (the plugin verbose, so the secret scan reads real output) over two new routers.</summary>
    private Task<ExampleStack> StartAsync(string stack, CancellationToken cancellationToken)
    {
        var options = build.Example.EngineOptions(stack, RepoPaths.PluginBinary);
        options = options with { Engine = options.Engine with { PluginArguments = ["-v=9", "--logtostderr"] } };
        return ExampleProgramStacks.StartAsync(fixture, options, cancellationToken);
    }

    private async Task<ProgramRunResult> RunAsync(Task<ProgramRunResult> operation)
    {
        var result = await operation;
        output.WriteLine(Describe(result));
        return result;
    }

    /// <summary>What the SDK registered: the stack, a provider per region, then each end with the program's inputs and options.</summary>
    private static void AssertRegistrations(ProgramRunResult up, Router acceptorRouter, Router initiatorRouter, string acceptorId, ProgramState state)
    {
        Assert.Equal(ComponentResource.RootStackType, up.Registrations[0].Type);
        Assert.False(up.Registrations[0].Custom);
        foreach (var (name, region) in new[] { ("initiator-region", initiatorRouter.RegionId), ("acceptor-region", acceptorRouter.RegionId) })
        {
            var provider = up.Registration(name);
            Assert.Equal(ProviderType, provider.Type);
            Assert.True(provider.Custom);
            Assert.Equal(region, PropertyValues.GetString(provider.Object, "region"));
            // The SDK marks credentials secret (config.GetSecret, and the SDK's own wrapping of the secret inputs).
            Assert.True(PropertyValues.IsSecretProperty(provider.Object, "accessKey"));
            Assert.True(PropertyValues.IsSecretProperty(provider.Object, "secretKey"));

            // The plugin version the SDK asks for travels in the provider's inputs, as the engine puts it there.
            Assert.NotEmpty(provider.Version);
            var stored = state.Providers.Single(p => p.Name == name).Entry!;
            Assert.Equal(provider.Version, PropertyValues.GetString(stored.Inputs, "version"));
        }

        var acceptor = up.Registration("acceptor");
        var initiator = up.Registration("initiator");
        Assert.Equal(Token, acceptor.Type);
        Assert.Equal(Token, initiator.Type);
        Assert.Equal(acceptorRouter.RouterId, PropertyValues.GetString(acceptor.Object, "routerId"));
        Assert.Equal("AcceptingSide", PropertyValues.GetString(acceptor.Object, "role"));
        Assert.Equal("Negative", PropertyValues.GetString(acceptor.Object, "spec"));
        Assert.Equal(initiatorRouter.RouterId, PropertyValues.GetString(initiator.Object, "routerId"));
        Assert.Equal("InitiatingSide", PropertyValues.GetString(initiator.Object, "role"));
        Assert.Equal("Mini.2", PropertyValues.GetString(initiator.Object, "spec"));
        Assert.True(initiator.Object.Fields["connect"].BoolValue);
        Assert.True(initiator.Object.Fields["force"].BoolValue);

        // The acceptor's ID, an output of its Create, is the initiator's input, with the dependency recorded.
        Assert.Equal(acceptorId, PropertyValues.GetString(initiator.Object, "oppositeInterfaceId"));
        var acceptorUrn = Urns.Create(state.Stack, state.Project, Token, "acceptor");
        Assert.Contains(acceptorUrn, initiator.PropertyDependencies["oppositeInterfaceId"].Urns);
        Assert.Contains(acceptorUrn, initiator.Dependencies);
        Assert.Contains(acceptorUrn, state.Find("initiator")!.Dependencies);

        // Each end names its region's provider, and its custom timeouts arrive as the SDK writes them (Go durations).
        Assert.Equal(state.Providers.Single(p => p.Name == "acceptor-region").Reference, acceptor.Provider);
        Assert.Equal(state.Providers.Single(p => p.Name == "initiator-region").Reference, initiator.Provider);
        foreach (var end in new[] { acceptor, initiator })
        {
            Assert.Equal(TimeSpan.FromMinutes(10), CustomTimeouts.ParseGoDuration(end.CustomTimeouts.Delete));
            Assert.Equal(600, state.Find(end.Name)!.CustomTimeouts!.DeleteSeconds);
        }
    }

    /// <summary>The state keeps the program's secrets as secrets: the provider credentials, in the checkpoint only as ciphertext.</summary>
    private static void AssertSecretsKept(ProgramEngine engine)
    {
        foreach (var partition in engine.State.Providers)
        {
            var inputs = partition.Entry!.Inputs;
            Assert.True(PropertyValues.IsSecretProperty(inputs, "secretKey"), $"{partition.Name}: secretKey is not a secret in the state");
            Assert.True(PropertyValues.IsSecretProperty(inputs, "accessKey"), $"{partition.Name}: accessKey is not a secret in the state");
        }

        var checkpoint = engine.Checkpoint.Write(engine.State);
        Assert.DoesNotContain(Secret, checkpoint, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(checkpoint);
        var providers = document.RootElement.GetProperty("deployment").GetProperty("resources").EnumerateArray()
            .Where(r => r.GetProperty("type").GetString() == ProviderType)
            .ToList();
        Assert.Equal(2, providers.Count);
        foreach (var provider in providers)
        {
            var ciphertext = provider.GetProperty("inputs").GetProperty("secretKey").GetProperty("ciphertext").GetString()!;
            Assert.Equal(JsonSerializer.Serialize(Secret), engine.Checkpoint.Decrypt(ciphertext));
        }
    }

    /// <summary>No secret in the plugins' stderr/stdout, the engine's logs, the program's output, the errors or the checkpoint.</summary>
    private static void AssertNoSecretLeaked(ProgramEngine engine, params ProgramRunResult[] results)
    {
        foreach (var result in results)
        {
            Assert.DoesNotContain(Secret, result.PluginStandardError, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, result.PluginStandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, result.ProgramStandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, result.ProgramStandardError, StringComparison.Ordinal);
            Assert.DoesNotContain(result.Logs, l => l.Message.Contains(Secret, StringComparison.Ordinal));
            Assert.DoesNotContain(Secret, result.ToString(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Secret, engine.Checkpoint.Write(engine.State), StringComparison.Ordinal);
        // The scan looked at real output: the plugins ran verbose and wrote their logs.
        Assert.Contains(results, r => r.PluginStandardError.Length > 0);
    }

    private static string Describe(ProgramRunResult result) => ExampleProgramStacks.Describe(result);
}
