using System.Net;
using System.Net.Sockets;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.Vpc.Client.Tests.Settings;

/// <summary>
/// Key IDs and tokens that would inject or split a header under signature V3 (issue 22, finding 4) are refused when
/// resolved, naming the key and never the value, wherever they came from.
/// </summary>
public sealed class CredentialTextTests
{
    private const string Injected = "STS.token\r\nX-Injected: yes";

    public static TheoryData<string> BadValues() => ["LTAI key", "LTAI,key", "LTAI\tkey", Injected, "LTAI\u0000key", "LTAI\u00e9key"];

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Resolve_ExplicitKeyIdOrToken_RefusedNamingTheKeyNotTheValue(string bad)
    {
        var resolver = TestResolvers.Over([]);

        var keyId = Assert.Throws<VpcClientConfigurationException>(() => resolver.Resolve(new VpcClientSettings { AccessKeyId = bad, AccessKeySecret = "s" }));
        var token = Assert.Throws<VpcClientConfigurationException>(() => resolver.Resolve(new VpcClientSettings { AccessKeyId = "LTAI", AccessKeySecret = "s", SecurityToken = bad }));

        Assert.Equal("accessKey", keyId.Setting);
        Assert.Equal("securityToken", token.Setting);
        foreach (var error in new[] { keyId, token })
        {
            Assert.Contains(error.Setting, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(bad.Trim(), error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Injected", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Resolve_TokenFromEnvironmentOrOppositeFromEnvironment_IsRefusedToo()
    {
        var resolver = TestResolvers.Over(new()
        {
            ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAI",
            ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "s",
            ["ALIBABA_CLOUD_SECURITY_TOKEN"] = Injected,
        });
        var opposite = TestResolvers.Over(new() { ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_ID"] = "LTAI other" });

        Assert.Equal("securityToken", Assert.Throws<VpcClientConfigurationException>(() => resolver.Resolve(new VpcClientSettings { Region = "cn-hangzhou" })).Setting);
        var own = new ResolvedSettings { Region = "cn-hangzhou", AccessKeyId = "LTAI", AccessKeySecret = "s" };
        Assert.Equal("oppositeAccessKey", Assert.Throws<VpcClientConfigurationException>(() => opposite.ResolveOpposite(new VpcClientSettings(), own)).Setting);
    }

    [Fact]
    public void Resolve_RealLookingKeysAndTokens_AreAccepted()
    {
        var resolved = TestResolvers.Over([]).Resolve(new VpcClientSettings
        {
            Region = "cn-hangzhou", AccessKeyId = "LTAI5tFakeKey0123456789", AccessKeySecret = "secret with spaces is not checked", SecurityToken = "CAIS+abc/def==",
        });

        Assert.True(resolved.IsComplete);
    }

    [Fact]
    public async Task Create_SettingsBuiltByHandWithALineBreak_NothingReachesTheListener()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var endpoint = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        var settings = new ResolvedSettings { Region = "cn-hangzhou", AccessKeyId = "LTAI", AccessKeySecret = "s", SecurityToken = Injected, Endpoint = endpoint };

        using var budget = TestClients.Budget(TimeProvider.System);
        var error = Assert.Throws<VpcClientConfigurationException>(
            () => VpcClientFactory.Create(settings, VpcClientOptions.Default, TimeProvider.System, NullLoggerFactory.Instance, budget));

        Assert.Equal("securityToken", error.Setting);
        using var quiet = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await listener.AcceptTcpClientAsync(quiet.Token)); // no connection was made
    }
}
