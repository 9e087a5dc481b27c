using Alicloud.RouterInterface.Provider.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Tests.Plugin;

/// <summary>
/// The RouterInterface resource through the real binary, with the cloud endpoint pointed at a black hole: previews
/// must never reach it, and calls that do reach it hang until Cancel or their timeout.
/// </summary>
public sealed class RouterInterfaceProtocolTests
{
    [Fact]
    public async Task Check_WrongType_CheckFailureNamesTheProperty()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);

        var response = await plugin.Client.CheckAsync(Check("ri", TestConfig.RouterInterfaceInputs(("spec", 42))), cancellationToken: deadline.Token);

        Assert.Contains(response.Failures, f => f.Property == "spec");
    }

    [Fact]
    public async Task Check_MalformedSecret_InvalidArgumentNamingTheProperty()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        var malformed = Value.ForStruct(new Struct { Fields = { [PropertyValues.SignatureKey] = Value.ForString(PropertyValues.SecretSignature) } });

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await plugin.Client.CheckAsync(Check("ri", TestConfig.RouterInterfaceInputs(("description", malformed))), cancellationToken: deadline.Token));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("'description'", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_AssetInput_InvalidArgumentNamingThePath()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        var asset = Value.ForStruct(new Struct { Fields = { [PropertyValues.SignatureKey] = Value.ForString(PropertyValues.AssetSignature), ["text"] = Value.ForString("x") } });

        var error = await Assert.ThrowsAsync<RpcException>(async () => await plugin.Client.CreateAsync(
            new CreateRequest { Urn = TestConfig.Urn("ri"), Type = TestConfig.RouterInterfaceToken, Preview = true, Properties = TestConfig.RouterInterfaceInputs(("name", asset)) },
            cancellationToken: deadline.Token));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("'name'", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewCreate_WithUnknownsAndSecrets_KeepsBothAndNeverCallsTheCloud()
    {
        using var deadline = TestBounds.Start();
        await using var cloud = new BlackHoleEndpoint();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        await plugin.Client.ConfigureAsync(TestConfig.Configure(cloud.Endpoint), cancellationToken: deadline.Token);
        var news = TestConfig.RouterInterfaceInputs(("description", PropertyValues.Secret("internal link")), ("oppositeRouterId", PropertyValues.Unknown));

        var check = await plugin.Client.CheckAsync(Check("ri", news), cancellationToken: deadline.Token);
        var created = await plugin.Client.CreateAsync(
            new CreateRequest { Urn = TestConfig.Urn("ri"), Type = TestConfig.RouterInterfaceToken, Name = "ri", Preview = true, Properties = check.Inputs },
            cancellationToken: deadline.Token);

        Assert.Empty(check.Failures);
        Assert.True(PropertyValues.IsSecretProperty(check.Inputs, "description"));
        Assert.True(PropertyValues.IsUnknown(check.Inputs.Fields["oppositeRouterId"]));
        Assert.True(PropertyValues.ContainsUnknowns(created.Properties));
        Assert.True(PropertyValues.IsSecretProperty(created.Properties, "description"));
        Assert.Equal(0, cloud.ConnectionCount);
    }

    [Fact]
    public async Task Delete_CancelWhileWaitingForTheCloud_EndsTheCallAndThePluginKeepsServing()
    {
        using var deadline = TestBounds.Start();
        await using var cloud = new BlackHoleEndpoint();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        await plugin.Client.ConfigureAsync(TestConfig.Configure(cloud.Endpoint), cancellationToken: deadline.Token);

        using var delete = plugin.Client.DeleteAsync(Delete("ri-hang0001", timeoutSeconds: 0), cancellationToken: deadline.Token);
        await cloud.WaitForConnectionAsync(deadline.Token);
        await plugin.Client.CancelAsync(new Empty(), cancellationToken: deadline.Token);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await delete);

        Assert.Contains(error.StatusCode, new[] { StatusCode.Cancelled, StatusCode.Aborted });
        Assert.False(string.IsNullOrWhiteSpace(error.Status.Detail));
        Assert.False(plugin.Plugin.HasExited);
        Assert.NotEmpty((await plugin.Client.GetPluginInfoAsync(new Empty(), cancellationToken: deadline.Token)).Version);
    }

    [Fact]
    public async Task Delete_TimeoutFromTheEngine_FailsWithDeadlineExceeded()
    {
        using var deadline = TestBounds.Start();
        await using var cloud = new BlackHoleEndpoint();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        await plugin.Client.ConfigureAsync(TestConfig.Configure(cloud.Endpoint), cancellationToken: deadline.Token);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await plugin.Client.DeleteAsync(Delete("ri-hang0002", timeoutSeconds: 1), cancellationToken: deadline.Token));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.Contains("ri-hang0002", error.Status.Detail, StringComparison.Ordinal);
    }

    private static CheckRequest Check(string name, Struct news) => new()
    {
        Urn = TestConfig.Urn(name),
        Type = TestConfig.RouterInterfaceToken,
        Name = name,
        Olds = new Struct(),
        News = news,
    };

    private static DeleteRequest Delete(string id, double timeoutSeconds) => new()
    {
        Id = id,
        Urn = TestConfig.Urn("ri"),
        Type = TestConfig.RouterInterfaceToken,
        Name = "ri",
        Properties = PropertyValues.Object(("routerInterfaceId", id), ("regionId", TestConfig.Region)),
        OldInputs = TestConfig.RouterInterfaceInputs(),
        Timeout = timeoutSeconds,
    };
}
