using Alicloud.RouterInterface.Provider.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Tests.Plugin;

/// <summary>Configure against the real binary, with credentials from args, variables, environment, or nowhere.</summary>
public sealed class ConfigureTests
{
    [Fact]
    public async Task Configure_WithoutCredentials_AnswersMissingKeysDetail()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        var request = TestConfig.Configure(withCredentials: false);
        request.Args.Fields.Remove("region");

        var error = await Assert.ThrowsAsync<RpcException>(async () => await plugin.Client.ConfigureAsync(request, cancellationToken: deadline.Token));

        var detail = error.GetRpcStatus()!.GetDetail<ConfigureErrorMissingKeys>();
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(
            ["alicloud-routerinterface:region", "alicloud-routerinterface:accessKey", "alicloud-routerinterface:secretKey"],
            detail.MissingKeys.Select(k => k.Name));
        Assert.Contains("ALIBABA_CLOUD_REGION_ID", detail.MissingKeys[0].Description, StringComparison.Ordinal);
        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", detail.MissingKeys[1].Description, StringComparison.Ordinal);
        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET", detail.MissingKeys[2].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_OnlySecretMissing_ListsOnlyThatKey()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        var request = TestConfig.Configure();
        request.Args.Fields.Remove("secretKey");

        var error = await Assert.ThrowsAsync<RpcException>(async () => await plugin.Client.ConfigureAsync(request, cancellationToken: deadline.Token));

        var missing = Assert.Single(error.GetRpcStatus()!.GetDetail<ConfigureErrorMissingKeys>().MissingKeys);
        Assert.Equal("alicloud-routerinterface:secretKey", missing.Name);
    }

    [Fact]
    public async Task Configure_WithSecretCredentialsInArgs_DeclaresCapabilities()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);

        var response = await plugin.Client.ConfigureAsync(TestConfig.Configure(), cancellationToken: deadline.Token);

        Assert.True(response.AcceptSecrets);
        Assert.True(response.SupportsPreview);
        Assert.True(response.AcceptResources);
    }

    [Fact]
    public async Task Configure_CredentialsFromEnvironment_Succeeds()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token, options => options with
        {
            Environment = new Dictionary<string, string?>
            {
                ["ALICLOUD_REGION"] = TestConfig.Region,
                ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = TestConfig.AccessKey,
                ["ALICLOUD_SECRET_KEY"] = TestConfig.SecretKey,
            },
        });

        var request = TestConfig.Configure(withCredentials: false);
        request.Args.Fields.Remove("region");

        var response = await plugin.Client.ConfigureAsync(request, cancellationToken: deadline.Token);

        Assert.True(response.AcceptSecrets);
    }

    [Fact]
    public async Task Configure_OnlyDeprecatedVariables_AreTheFallback()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        var request = TestConfig.Configure(withCredentials: false);
        request.Args = new Struct();
        request.Variables["alicloud-routerinterface:config:region"] = TestConfig.Region;
        request.Variables["alicloud-routerinterface:config:accessKey"] = TestConfig.AccessKey;
        request.Variables["alicloud-routerinterface:config:secretKey"] = TestConfig.SecretKey;

        var response = await plugin.Client.ConfigureAsync(request, cancellationToken: deadline.Token);

        Assert.True(response.SupportsPreview);
    }

    [Fact]
    public async Task Configure_OppositeKeyWithoutItsSecret_ListsOnlyTheOppositeSecret()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        var request = TestConfig.Configure();
        request.Args.Fields["oppositeAccessKey"] = PropertyValues.Secret("LTAI-peer-key");

        var error = await Assert.ThrowsAsync<RpcException>(async () => await plugin.Client.ConfigureAsync(request, cancellationToken: deadline.Token));

        var missing = Assert.Single(error.GetRpcStatus()!.GetDetail<ConfigureErrorMissingKeys>().MissingKeys);
        Assert.Equal("alicloud-routerinterface:oppositeSecretKey", missing.Name);
        Assert.Contains("ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_SECRET", missing.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_OppositeCredentials_AcceptedAndNeverLogged()
    {
        const string OppositeSecret = "opp-sk-4b1d-never-print-me";
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token, options => options with
        {
            Arguments = ["--logtostderr", "-v=9"],
            Environment = new Dictionary<string, string?> { ["ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_SECRET"] = OppositeSecret },
        });
        var request = TestConfig.Configure();
        request.Args.Fields["oppositeAccessKey"] = PropertyValues.Secret("LTAI-peer-key");

        var response = await plugin.Client.ConfigureAsync(request, cancellationToken: deadline.Token);
        await plugin.Plugin.InterruptAsync(deadline.Token);

        Assert.True(response.AcceptSecrets);
        Assert.DoesNotContain(OppositeSecret, plugin.Plugin.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(OppositeSecret, plugin.Plugin.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_PlainHttpToRemoteHost_InvalidArgumentNamingEndpoint()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await plugin.Client.ConfigureAsync(TestConfig.Configure(endpoint: "http://vpc.example.com"), cancellationToken: deadline.Token));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("alicloud-routerinterface:endpoint", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_NonStringCredential_InvalidArgumentNamingTheKey()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        var request = TestConfig.Configure();
        request.Args.Fields["accessKey"] = PropertyValues.ToValue(new[] { 1, 2 });

        var error = await Assert.ThrowsAsync<RpcException>(async () => await plugin.Client.ConfigureAsync(request, cancellationToken: deadline.Token));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("alicloud-routerinterface:accessKey", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_VerboseLogging_NeverPrintsTheSecret()
    {
        using var deadline = TestBounds.Start();
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token, options => options with { Arguments = ["--logtostderr", "-v=9"] });

        await plugin.Client.ConfigureAsync(TestConfig.Configure(), cancellationToken: deadline.Token);
        await plugin.Client.CheckConfigAsync(new CheckRequest { News = PropertyValues.Object(("secretKey", TestConfig.SecretKey), ("bogus", 1)) }, cancellationToken: deadline.Token);
        await plugin.Plugin.InterruptAsync(deadline.Token);

        Assert.Contains("Configured", plugin.Plugin.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(TestConfig.SecretKey, plugin.Plugin.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(TestConfig.SecretKey, plugin.Plugin.StandardOutput, StringComparison.Ordinal);
    }
}
