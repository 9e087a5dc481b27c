using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Reliability.Tests.Secrets;

/// <summary>
/// TLS is required off loopback: a signed request carries the AccessKeyId and a replayable signature, so plain http
/// is accepted only for 127.0.0.0/8, ::1 and localhost (the emulator). Checked through the real plugin binary.
/// </summary>
public sealed class EndpointSecurityTests : IAsyncLifetime
{
    private PluginUnderTest? _plugin;

    private ResourceProvider.ResourceProviderClient Client => _plugin!.Client;

    public async Task InitializeAsync()
    {
        using var deadline = TestBounds.Start(TestBounds.Condition);
        _plugin = await PluginUnderTest.StartAsync(deadline.Token);
    }

    public async Task DisposeAsync()
    {
        if (_plugin is not null)
        {
            await _plugin.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("http://example.com")]
    [InlineData("http://vpc.cn-hangzhou.aliyuncs.com")]
    [InlineData("http://10.0.0.1:8080")]
    [InlineData("http://127.0.0.1.nip.io:8080")]
    [InlineData("HTTP://Example.COM/")]
    public async Task Configure_PlainHttpOffLoopback_IsRefusedNamingTheEndpoint(string endpoint)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await Client.ConfigureAsync(Configure(endpoint), deadline: DateTime.UtcNow + TestBounds.Call));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("endpoint", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("https", refused.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileConfigSecret, refused.Status.Detail, StringComparison.Ordinal);
        var check = await Client.CheckConfigAsync(new CheckRequest { News = Configure(endpoint).Args, Olds = new Struct() }, deadline: DateTime.UtcNow + TestBounds.Call);
        Assert.Contains(check.Failures, f => f.Property == "endpoint" && f.Reason.Contains("https", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:1")]
    [InlineData("127.0.0.1:1")]
    [InlineData("http://localhost:1")]
    [InlineData("http://[::1]:1")]
    [InlineData("https://example.com")]
    [InlineData("vpc.cn-hangzhou.aliyuncs.com")]
    public async Task Configure_TlsOrLoopbackEndpoint_IsAccepted(string endpoint)
    {
        var configured = await Client.ConfigureAsync(Configure(endpoint), deadline: DateTime.UtcNow + TestBounds.Call);

        Assert.True(configured.AcceptSecrets);
    }

    [Theory]
    [InlineData("https://admin:SECRET-LEAKCHECK-IN-URL@example.com")]
    [InlineData("http://u:SECRET-LEAKCHECK-IN-URL@127.0.0.1:1")]
    public async Task Configure_EndpointWithUserInfo_IsRefusedWithoutQuotingThePassword(string endpoint)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await Client.ConfigureAsync(Configure(endpoint), deadline: DateTime.UtcNow + TestBounds.Call));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("endpoint", refused.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(LeakCheckKeys.SecretMarker, refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_SecretEndpointThatIsInvalid_IsRefusedWithoutQuotingIt()
    {
        var request = Configure("127.0.0.1:1");
        request.Args.Fields["endpoint"] = PropertyValues.Secret("ftp://SECRET-LEAKCHECK-private-host");

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await Client.ConfigureAsync(request, deadline: DateTime.UtcNow + TestBounds.Call));
        var check = await Client.CheckConfigAsync(new CheckRequest { News = request.Args, Olds = new Struct() }, deadline: DateTime.UtcNow + TestBounds.Call);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("endpoint", refused.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(LeakCheckKeys.SecretMarker, refused.Status.Detail, StringComparison.Ordinal);
        var failure = Assert.Single(check.Failures);
        Assert.Equal("", failure.Property); // a secret input: named in the reason, not as the property
        Assert.Contains("endpoint", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(LeakCheckKeys.SecretMarker, failure.Reason, StringComparison.Ordinal);
    }

    private const string HostileConfigSecret = LeakCheckKeys.SecretMarker + "ENDPOINT-TEST";

    private static ConfigureRequest Configure(string endpoint) => new()
    {
        Args = PropertyValues.Object(
            ("region", Cloud.Region),
            ("accessKey", PropertyValues.Secret(LeakCheckKeys.Plugin.AccessKeyId)),
            ("secretKey", PropertyValues.Secret(HostileConfigSecret)),
            ("endpoint", endpoint)),
        AcceptSecrets = true,
        AcceptResources = true,
        Id = "p",
        Urn = "urn:pulumi:dev::secrets::pulumi:providers:alicloud-routerinterface::default",
        Name = "default",
        Type = "pulumi:providers:alicloud-routerinterface",
    };
}
