using Alicloud.RouterInterface.Provider.Tests.Support;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Tests.Plugin;

/// <summary>
/// The real engine's call sequences written out by hand with the generated gRPC client, against the real plugin
/// binary and the real emulator; nothing of the engine harness but the process launcher, so these hold even where the
/// harness were wrong. Sequences from pulumi/pulumi 1b5949891b: provider_plugin.go (Handshake, CheckConfig without
/// secrets, Configure, Create/Update and their ErrorResourceInitFailed), step_generator.go (the Update after init errors).
/// </summary>
public sealed class EngineSequenceTests(EmulatorStack stack) : IClassFixture<EmulatorStack>
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task CreateWhoseConnectIsRefused_ReturnsInitFailed_AndTheUpdateWithOldsEqualNewsLeavesBothEndsActive()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        var client = plugin.Client;
        await LoadAsync(plugin, deadline.Token);
        var acceptorId = await CreateAsync(client, "acceptor", EmulatorStack.Acceptor("acceptor", await stack.NewRouterAsync(deadline.Token)).Inputs, deadline.Token);
        var initiatorInputs = EmulatorStack.Initiator("initiator", await stack.NewRouterAsync(deadline.Token), acceptorId, ("connect", true)).Inputs;
        var news = await CheckAsync(client, "initiator", new Struct(), initiatorInputs, deadline.Token);
        await stack.Emulator.Admin.AddFaultAsync(new FaultRule { Action = "ConnectRouterInterface", Code = "Forbidden.FinancialLocked", Count = 1 }, deadline.Token);

        // Create: the cloud made the interface, the connect was refused.
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await client.CreateAsync(
            new CreateRequest { Urn = TestConfig.Urn("initiator"), Name = "initiator", Type = TestConfig.RouterInterfaceToken, Properties = news }, cancellationToken: deadline.Token));
        var initFailed = refused.GetRpcStatus()!.GetDetail<ErrorResourceInitFailed>();
        Assert.NotNull(initFailed);
        Assert.StartsWith("ri-", initFailed.Id, StringComparison.Ordinal);
        Assert.Contains(initFailed.Reasons, r => r.Contains("Forbidden.FinancialLocked", StringComparison.Ordinal));
        Assert.Equal("Idle", (await stack.DescribeAsync(initFailed.Id, deadline.Token))!.Status);

        // The next up: Check (olds = the stored inputs), Diff says nothing changed, and the engine updates anyway with
        // olds = the stored outputs, news = old inputs = the stored (checked) inputs.
        var checkedAgain = await CheckAsync(client, "initiator", news, initiatorInputs, deadline.Token);
        var diff = await client.DiffAsync(new DiffRequest
        {
            Id = initFailed.Id, Urn = TestConfig.Urn("initiator"), Name = "initiator", Type = TestConfig.RouterInterfaceToken,
            Olds = initFailed.Properties, News = checkedAgain, OldInputs = news,
        }, cancellationToken: deadline.Token);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, diff.Changes);
        var update = await client.UpdateAsync(new UpdateRequest
        {
            Id = initFailed.Id, Urn = TestConfig.Urn("initiator"), Name = "initiator", Type = TestConfig.RouterInterfaceToken,
            Olds = initFailed.Properties, News = news, OldInputs = news,
        }, cancellationToken: deadline.Token);

        Assert.Equal("Active", PropertyValues.GetString(update.Properties, "status"));
        Assert.Equal("Active", (await stack.DescribeAsync(initFailed.Id, deadline.Token))!.Status);
        Assert.Equal("Active", (await stack.DescribeAsync(acceptorId, deadline.Token))!.Status);
    }

    [Fact]
    public async Task CheckConfig_PlainAccessKeyAndSecretKey_ComeBackAsSecrets()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        await plugin.Client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = plugin.Engine.Address, ConfigureWithUrn = true }, cancellationToken: deadline.Token);

        // The engine sends CheckConfig without secret markers (provider_plugin.go CheckConfig).
        var check = await plugin.Client.CheckConfigAsync(new CheckRequest
        {
            Urn = TestConfig.ProviderUrn, Name = "default", Type = "pulumi:providers:alicloud-routerinterface",
            Olds = new Struct(), News = PlainConfig(), RandomSeed = ByteString.CopyFrom(new byte[32]),
        }, cancellationToken: deadline.Token);

        Assert.Empty(check.Failures);
        Assert.True(PropertyValues.IsSecretProperty(check.Inputs, "accessKey"));
        Assert.True(PropertyValues.IsSecretProperty(check.Inputs, "secretKey"));
        Assert.Equal(EmulatorCredentials.Dev.AccessKeySecret, PropertyValues.GetString(check.Inputs, "secretKey"));
        Assert.False(PropertyValues.IsSecretProperty(check.Inputs, "region"));
    }

    [Fact]
    public async Task Check_InvalidSecretDescription_FailureHasNoPropertyAndItsReasonNamesDescription()
    {
        using var deadline = new CancellationTokenSource(Bound);
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        await LoadAsync(plugin, deadline.Token);
        const string secret = "https://internal.example/never-print";
        var inputs = EmulatorStack.Acceptor("acceptor", "vrt-test0001", ("description", PropertyValues.Secret(secret))).Inputs;

        var check = await plugin.Client.CheckAsync(new CheckRequest
        {
            Urn = TestConfig.Urn("acceptor"), Name = "acceptor", Type = TestConfig.RouterInterfaceToken,
            Olds = new Struct(), News = inputs, RandomSeed = ByteString.CopyFrom(new byte[32]),
        }, cancellationToken: deadline.Token);

        var failure = Assert.Single(check.Failures);
        Assert.Equal("", failure.Property);
        Assert.Contains("description", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, failure.Reason, StringComparison.Ordinal);
    }

    /// <summary>Handshake, CheckConfig (plain), Configure with the checked inputs and the version key, as the engine loads a provider.</summary>
    private async Task LoadAsync(PluginUnderTest plugin, CancellationToken cancellationToken)
    {
        var client = plugin.Client;
        await client.HandshakeAsync(new ProviderHandshakeRequest
        {
            EngineAddress = plugin.Engine.Address, ConfigureWithUrn = true, SupportsRefreshBeforeUpdate = true, InvokeWithPreview = true,
        }, cancellationToken: cancellationToken);
        var info = await client.GetPluginInfoAsync(new Empty(), cancellationToken: cancellationToken);
        var news = PlainConfig();
        news.Fields["version"] = Value.ForString(info.Version);
        var check = await client.CheckConfigAsync(new CheckRequest
        {
            Urn = TestConfig.ProviderUrn, Name = "default", Type = "pulumi:providers:alicloud-routerinterface", News = news, RandomSeed = ByteString.CopyFrom(new byte[32]),
        }, cancellationToken: cancellationToken);
        Assert.Empty(check.Failures);
        await client.ConfigureAsync(new ConfigureRequest
        {
            Args = check.Inputs, AcceptSecrets = true, AcceptResources = true, SendsOldInputs = true, SendsOldInputsToDelete = true,
            Id = Guid.NewGuid().ToString(), Urn = TestConfig.ProviderUrn, Name = "default", Type = "pulumi:providers:alicloud-routerinterface",
        }, cancellationToken: cancellationToken);
    }

    private Struct PlainConfig() => PropertyValues.Object(
        ("region", EmulatorStack.Region),
        ("accessKey", EmulatorCredentials.Dev.AccessKeyId),
        ("secretKey", EmulatorCredentials.Dev.AccessKeySecret),
        ("endpoint", stack.Emulator.Endpoint));

    private static async Task<Struct> CheckAsync(ResourceProvider.ResourceProviderClient client, string name, Struct olds, Struct news, CancellationToken cancellationToken)
    {
        var check = await client.CheckAsync(new CheckRequest
        {
            Urn = TestConfig.Urn(name), Name = name, Type = TestConfig.RouterInterfaceToken, Olds = olds, News = news, RandomSeed = ByteString.CopyFrom(new byte[32]),
        }, cancellationToken: cancellationToken);
        Assert.Empty(check.Failures);
        return check.Inputs;
    }

    private static async Task<string> CreateAsync(ResourceProvider.ResourceProviderClient client, string name, Struct inputs, CancellationToken cancellationToken)
    {
        var checkedInputs = await CheckAsync(client, name, new Struct(), inputs, cancellationToken);
        var created = await client.CreateAsync(new CreateRequest { Urn = TestConfig.Urn(name), Name = name, Type = TestConfig.RouterInterfaceToken, Properties = checkedInputs }, cancellationToken: cancellationToken);
        return created.Id;
    }
}
