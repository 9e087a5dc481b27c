using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Monitor;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Tests.Monitor;

/// <summary>
/// The resource monitor over real gRPC, on the calls that need no plugin: SupportsFeature, components and the stack's
/// outputs, and the registrations the harness turns away.
/// </summary>
public sealed class ResourceMonitorServiceTests
{
    private static readonly ProgramEngineOptions s_options = new()
    {
        ProgramAssembly = "unused.dll",
        ProgramDirectory = Path.GetTempPath(),
        Engine = new PulumiEngineOptions { Stack = "dev", Project = "proj" },
    };

    [Theory]
    [InlineData("secrets", true)]
    [InlineData("resourceReferences", true)]
    [InlineData("aliasSpecs", true)]
    [InlineData("transforms", false)]
    [InlineData("outputValues", false)]
    [InlineData("deletedWith", false)]
    [InlineData("no-such-feature", false)]
    public async Task SupportsFeature_AnswersYesOnlyToWhatTheHarnessModels(string feature, bool expected)
    {
        await using var monitor = await StartAsync(new ProgramState("dev", "proj"));

        var answer = await monitor.Client.SupportsFeatureAsync(new SupportsFeatureRequest { Id = feature });

        Assert.Equal(expected, answer.HasSupport);
    }

    [Fact]
    public async Task RootStack_IsRecordedWithItsUrn_AndRegisterResourceOutputsBecomeTheStackOutputs()
    {
        var state = new ProgramState("dev", "proj");
        await using var monitor = await StartAsync(state);

        var stack = await monitor.Client.RegisterResourceAsync(new RegisterResourceRequest { Type = ComponentResource.RootStackType, Name = "proj-dev" });
        await monitor.Client.RegisterResourceOutputsAsync(new RegisterResourceOutputsRequest
        {
            Urn = stack.Urn,
            Outputs = PropertyValues.Object(("initiatorId", "ri-1")),
        });

        Assert.Equal("urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev", stack.Urn);
        Assert.Empty(stack.Id);
        Assert.Equal("ri-1", PropertyValues.GetString(state.StackOutputs, "initiatorId"));
    }

    [Fact]
    public async Task Preview_AcceptsTheStackOutputs_ButKeepsThemOutOfTheState()
    {
        var state = new ProgramState("dev", "proj");
        await using var monitor = await StartAsync(state, dryRun: true);

        var stack = await monitor.Client.RegisterResourceAsync(new RegisterResourceRequest { Type = ComponentResource.RootStackType, Name = "proj-dev" });
        await monitor.Client.RegisterResourceOutputsAsync(new RegisterResourceOutputsRequest { Urn = stack.Urn, Outputs = PropertyValues.Object(("initiatorId", "ri-1")) });

        Assert.Empty(state.Components);
        Assert.Empty(state.StackOutputs.Fields);
    }

    [Fact]
    public async Task CustomResource_NamingAnUnknownProvider_IsRefusedWithItsName()
    {
        await using var monitor = await StartAsync(new ProgramState("dev", "proj"));

        var error = await Assert.ThrowsAsync<RpcException>(() => monitor.Client.RegisterResourceAsync(new RegisterResourceRequest
        {
            Type = "alicloud-routerinterface:index:RouterInterface",
            Name = "initiator",
            Custom = true,
            Provider = "urn:pulumi:dev::proj::pulumi:providers:alicloud-routerinterface::east::0b6f",
            Object = new Struct(),
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("initiator: unknown provider", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResourceParentedToAComponent_IsRefused_NotGivenAWrongUrn()
    {
        await using var monitor = await StartAsync(new ProgramState("dev", "proj"));

        var error = await Assert.ThrowsAsync<RpcException>(() => monitor.Client.RegisterResourceAsync(new RegisterResourceRequest
        {
            Type = "alicloud-routerinterface:index:RouterInterface",
            Name = "child",
            Custom = true,
            Parent = "urn:pulumi:dev::proj::my:index:Pair::pair",
        }).ResponseAsync);

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        Assert.Contains("my:index:Pair", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ThroughAProviderTheProgramNeverRegistered_IsRefusedNamingIt()
    {
        await using var monitor = await StartAsync(new ProgramState("dev", "proj"));
        const string Provider = "urn:pulumi:dev::proj::pulumi:providers:alicloud-routerinterface::nowhere::0000";

        var error = await Assert.ThrowsAsync<RpcException>(() => monitor.Client.InvokeAsync(new ResourceInvokeRequest { Tok = "pkg:index:getThing", Provider = Provider }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("unknown provider", error.Status.Detail, StringComparison.Ordinal);
    }

    private static async Task<RunningMonitor> StartAsync(ProgramState state, bool dryRun = false)
    {
        var deployment = new ProgramDeployment(s_options, state, "127.0.0.1:1", new Dictionary<string, ConfigValue>(), dryRun, parallel: 2);
        var server = await ResourceMonitorServer.StartAsync(deployment, CancellationToken.None);
        var channel = GrpcChannel.ForAddress($"http://{server.Address}");
        return new RunningMonitor(server, channel);
    }

    private sealed class RunningMonitor(ResourceMonitorServer server, GrpcChannel channel) : IAsyncDisposable
    {
        public ResourceMonitor.ResourceMonitorClient Client { get; } = new(channel);

        public async ValueTask DisposeAsync()
        {
            channel.Dispose();
            await server.DisposeAsync();
        }
    }
}
