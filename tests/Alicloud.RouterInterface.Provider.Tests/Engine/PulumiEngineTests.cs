using Alicloud.RouterInterface.Provider.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.RouterInterface.Provider.Tests.Engine;

/// <summary>
/// The engine harness driving the real plugin: preview without any cloud, and a full up → up → refresh → destroy
/// against the real emulator, checking the call sequences' visible effects (state, ordering, shutdown, secrets).
/// </summary>
public sealed class PulumiEngineTests
{
    [Fact]
    public async Task Preview_WithUnknownInput_SucceedsWithoutStateOrCloud()
    {
        using var deadline = TestBounds.Start();
        await using var cloud = new BlackHoleEndpoint();
        await using var engine = await PulumiEngine.StartAsync(cancellationToken: deadline.Token);
        SetConfig(engine, cloud.Endpoint);
        var program = new StackProgram(new ResourceDeclaration(TestConfig.RouterInterfaceToken, "a", TestConfig.RouterInterfaceInputs(("oppositeRouterId", PropertyValues.Unknown))));

        var result = await engine.PreviewAsync(program, deadline.Token);

        Assert.True(result.Succeeded, result.ToString());
        Assert.True(PropertyValues.ContainsUnknowns(result["a"].Outputs));
        Assert.Empty(engine.State.Resources);
        Assert.Null(engine.State.Provider);
        Assert.Equal(0, cloud.ConnectionCount);
        Assert.True(result.Shutdown!.CancelAcknowledged);
        Assert.Equal(0, result.Shutdown.Exit!.ExitCode);
        Assert.Equal(result.PluginStandardOutput.Trim(), result.PluginStandardOutput.TrimEnd('\n'));
    }

    [Fact]
    public async Task Up_WithoutCredentials_FailsWithTheMissingKeys()
    {
        using var deadline = TestBounds.Start();
        await using var engine = await PulumiEngine.StartAsync(cancellationToken: deadline.Token);
        engine.Config["region"] = TestConfig.Region;

        var result = await engine.UpAsync(new StackProgram(new ResourceDeclaration(TestConfig.RouterInterfaceToken, "a", TestConfig.RouterInterfaceInputs())), cancellationToken: deadline.Token);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("missing required configuration key \"alicloud-routerinterface:accessKey\"", StringComparison.Ordinal));
        Assert.Empty(result.Resources);
    }

    [Fact]
    public async Task Up_Refresh_Import_Destroy_AgainstTheEmulator_FollowTheEngineSequences()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var emulator = await EmulatorProcess.StartAsync(new EmulatorStartOptions { Transitions = EmulatorTransitions.Instant }, deadline.Token);
        var routerId = await CreateRouterAsync(emulator, deadline.Token);
        await using var engine = await PulumiEngine.StartAsync(new PulumiEngineOptions { PluginArguments = ["-v=9"] }, deadline.Token);
        SetConfig(engine, emulator.Endpoint);
        var program = new StackProgram(
            new ResourceDeclaration(TestConfig.RouterInterfaceToken, "first", TestConfig.RouterInterfaceInputs(("routerId", routerId), ("name", "first")))
            {
                CustomTimeouts = CustomTimeouts.Parse(delete: "2m"),
            },
            new ResourceDeclaration(TestConfig.RouterInterfaceToken, "second", TestConfig.RouterInterfaceInputs(("routerId", routerId), ("name", "second"), ("description", PropertyValues.Secret("private"))))
            {
                DependsOn = ["first"],
            });

        var up = await engine.UpAsync(program, cancellationToken: deadline.Token);
        Assert.True(up.Succeeded, up.ToString());
        Assert.Equal([StepKind.Create, StepKind.Create], up.Resources.Select(r => r.Step));
        Assert.StartsWith("ri-", engine.State.Find("first")!.Id, StringComparison.Ordinal);
        Assert.True(PropertyValues.IsSecretProperty(engine.State.Find("second")!.Outputs, "description"));
        Assert.Equal(TimeSpan.FromMinutes(2), engine.State.Find("first")!.CustomTimeouts!.Delete);

        var again = await engine.UpAsync(program, cancellationToken: deadline.Token);
        Assert.True(again.Succeeded, again.ToString());
        Assert.All(again.Resources, r => Assert.Equal(StepKind.Same, r.Step));

        var refresh = await engine.RefreshAsync(deadline.Token);
        Assert.True(refresh.Succeeded, refresh.ToString());
        Assert.Equal(2, engine.State.Resources.Count);

        var firstId = engine.State.Find("first")!.Id;
        var import = await engine.ImportAsync(TestConfig.RouterInterfaceToken, "imported", firstId, deadline.Token);
        Assert.True(import.Succeeded, import.ToString());
        var imported = engine.State.Find("imported")!;
        Assert.Equal(firstId, imported.Id);
        Assert.Equal("first", PropertyValues.GetString(imported.Inputs, "name"));
        Assert.True(engine.State.Remove(imported)); // `pulumi state delete`: no provider call

        var destroy = await engine.DestroyAsync(parallel: 2, cancellationToken: deadline.Token);
        Assert.True(destroy.Succeeded, destroy.ToString());
        Assert.Equal(["second", "first"], destroy.Resources.Select(r => r.Name));
        Assert.Empty(engine.State.Resources);
        Assert.Null(engine.State.Provider);
        Assert.Equal(0, destroy.Shutdown!.Exit!.ExitCode);
        foreach (var result in new[] { up, again, refresh, import, destroy })
        {
            Assert.DoesNotContain(TestConfig.SecretKey, result.PluginStandardError, StringComparison.Ordinal);
            Assert.DoesNotContain(result.Logs, l => l.Message.Contains(TestConfig.SecretKey, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Up_CtrlCWhileCreating_SendsCancelAndReportsTheInterruptedStep()
    {
        using var deadline = TestBounds.Start();
        await using var cloud = new BlackHoleEndpoint();
        await using var engine = await PulumiEngine.StartAsync(cancellationToken: deadline.Token);
        SetConfig(engine, cloud.Endpoint);
        using var ctrlC = new CancellationTokenSource();
        var program = new StackProgram(
            new ResourceDeclaration(TestConfig.RouterInterfaceToken, "a", TestConfig.RouterInterfaceInputs()),
            new ResourceDeclaration(TestConfig.RouterInterfaceToken, "b", TestConfig.RouterInterfaceInputs()) { DependsOn = ["a"] });

        var up = engine.UpAsync(program, cancellationToken: ctrlC.Token);
        await cloud.WaitForConnectionAsync(deadline.Token);
        await ctrlC.CancelAsync();
        var result = await up.WaitAsync(deadline.Token);

        Assert.True(result.Cancelled);
        Assert.False(result.Succeeded);
        Assert.Equal(OutcomeStatus.Failed, result["a"].Status);
        Assert.Equal(OutcomeStatus.Skipped, result["b"].Status);
        Assert.Empty(engine.State.Resources);
        Assert.True(result.Shutdown!.CancelAcknowledged);
    }

    [Fact]
    public async Task Destroy_DeleteTimesOut_ResourceStaysAndNothingElseStarts()
    {
        using var deadline = TestBounds.Start();
        await using var cloud = new BlackHoleEndpoint();
        await using var engine = await PulumiEngine.StartAsync(new PulumiEngineOptions { Parallel = 1 }, deadline.Token);
        SetConfig(engine, cloud.Endpoint);
        foreach (var name in new[] { "x", "y" })
        {
            engine.State.Upsert(new StackResource
            {
                Urn = TestConfig.Urn(name),
                Type = TestConfig.RouterInterfaceToken,
                Name = name,
                Id = $"ri-{name}0000001",
                Inputs = TestConfig.RouterInterfaceInputs(),
                Outputs = PropertyValues.Object(("regionId", TestConfig.Region)),
                CustomTimeouts = CustomTimeouts.Parse(delete: "1s"),
            });
        }

        var result = await engine.DestroyAsync(cancellationToken: deadline.Token);

        var failed = Assert.Single(result.Failed);
        Assert.Equal(Grpc.Core.StatusCode.DeadlineExceeded, failed.Code);
        Assert.Equal(OutcomeStatus.Skipped, result.Resources.Single(r => r.Name != failed.Name).Status);
        Assert.Equal(2, engine.State.Resources.Count);
    }

    private static void SetConfig(PulumiEngine engine, string endpoint)
    {
        engine.Config["region"] = TestConfig.Region;
        engine.Config["accessKey"] = EmulatorCredentials.Dev.AccessKeyId;
        engine.Config["secretKey"] = ConfigValue.Secret(EmulatorCredentials.Dev.AccessKeySecret);
        engine.Config["endpoint"] = endpoint;
    }

    private static async Task<string> CreateRouterAsync(EmulatorProcess emulator, CancellationToken cancellationToken)
    {
        using var cloud = new EmulatorVpcClient(emulator.Endpoint, TestConfig.Region);
        var client = cloud.Client;
        var vpc = await client.CreateVpcAsync(new CreateVpcRequest { RegionId = TestConfig.Region, CidrBlock = "10.0.0.0/16" }, cancellationToken);
        return vpc.VRouterId;
    }
}
