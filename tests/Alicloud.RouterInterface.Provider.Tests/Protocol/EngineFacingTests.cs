extern alias ProviderAssembly;

using Alicloud.RouterInterface.Provider.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Tests.Shared;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Tests.Protocol;

/// <summary>
/// What the real engine does with our answers (../shared/reference/engine-rules.md §4–6), checked on the plugin's host
/// in this process with the real resource handler: secrets in CheckConfig and CheckFailures, deep requests, the idle
/// connection, and the upstream shape of the vendored protocol.
/// </summary>
public sealed class EngineFacingTests
{
    private const string Secret = "sk-never-quote-me-7c1e";

    // Attach mode (no address on the command line): the engine names itself later; engine calls follow that address.
    [Fact]
    public async Task Attach_WithAddress_BecomesTheEngineTheProviderCalls()
    {
        using var deadline = TestBounds.Start();
        await using var provider = await InProcessPlugin.StartAsync(deadline.Token);
        await using var other = await FakeEngineServer.StartAsync(deadline.Token);

        await provider.Client.AttachAsync(new PluginAttach { Address = other.Address }, cancellationToken: deadline.Token);

        var engine = provider.Services.GetRequiredService<ProviderAssembly::Alicloud.RouterInterface.Provider.Hosting.EngineConnection>();
        Assert.Equal(other.Address, engine.Address);
        Assert.NotEqual(provider.Engine.Address, engine.Address);
    }

    // providers/registry.go stores what CheckConfig returns; only what comes back marked secret is encrypted.
    [Fact]
    public async Task CheckConfig_PlainCredentials_ComeBackMarkedSecret()
    {
        using var deadline = TestBounds.Start();
        await using var provider = await InProcessPlugin.StartAsync(deadline.Token);
        var news = PropertyValues.Object(("region", "cn-hangzhou"), ("accessKey", "LTAI-plain"), ("secretKey", Secret), ("securityToken", "sts-plain"), ("version", "0.1.0"));

        var response = await provider.Client.CheckConfigAsync(new CheckRequest { Urn = TestConfig.ProviderUrn, News = news }, cancellationToken: deadline.Token);

        Assert.Empty(response.Failures);
        foreach (var key in new[] { "accessKey", "secretKey", "securityToken" })
        {
            Assert.True(PropertyValues.IsSecretProperty(response.Inputs, key), key);
            Assert.Equal(news.Fields[key], PropertyValues.Unwrap(response.Inputs.Fields[key]));
        }

        Assert.Equal(news.Fields["region"], response.Inputs.Fields["region"]);
        Assert.Equal(news.Fields["version"], response.Inputs.Fields["version"]);
    }

    [Fact]
    public async Task CheckConfig_InvalidCredential_FailureNamesItInTheReasonWithoutAProperty()
    {
        using var deadline = TestBounds.Start();
        await using var provider = await InProcessPlugin.StartAsync(deadline.Token);

        var response = await provider.Client.CheckConfigAsync(
            new CheckRequest { Urn = TestConfig.ProviderUrn, News = PropertyValues.Object(("secretKey", 424242)) }, cancellationToken: deadline.Token);

        var failure = Assert.Single(response.Failures);
        Assert.Equal("", failure.Property);
        Assert.Contains("secretKey", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("424242", failure.Reason, StringComparison.Ordinal);
    }

    // step_generator.go issueCheckFailures prints a named property's raw value (secrets included) beside the reason.
    [Fact]
    public async Task Check_InvalidSecretDescription_FailureLeavesPropertyEmptyAndNamesDescription()
    {
        using var deadline = TestBounds.Start();
        await using var provider = await InProcessPlugin.StartAsync(deadline.Token);
        var news = TestConfig.RouterInterfaceInputs(("description", PropertyValues.Secret("http://" + Secret)));

        var response = await provider.Client.CheckAsync(Check(news), cancellationToken: deadline.Token);

        var failure = Assert.Single(response.Failures);
        Assert.Equal("", failure.Property);
        Assert.StartsWith("description ", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, failure.Reason, StringComparison.Ordinal);
        Assert.True(PropertyValues.IsSecretProperty(response.Inputs, "description"));
    }

    [Fact]
    public async Task Check_InvalidPlainDescription_FailureStillNamesTheProperty()
    {
        using var deadline = TestBounds.Start();
        await using var provider = await InProcessPlugin.StartAsync(deadline.Token);

        var response = await provider.Client.CheckAsync(Check(TestConfig.RouterInterfaceInputs(("description", "http://example.com"))), cancellationToken: deadline.Token);

        Assert.Equal("description", Assert.Single(response.Failures).Property);
    }

    // Google.Protobuf stops at 100 levels; a Struct spends about three per level of properties.
    [Theory]
    [InlineData(50, null)]
    [InlineData(100, "deep")]
    [InlineData(400, "nested deeper than 1000 protobuf levels")]
    public async Task Check_RequestNestedBeyondProtobufsDefaultLimit_IsAnsweredOrGetsAClearInvalidArgument(int depth, string? expected)
    {
        using var deadline = TestBounds.Start();
        await using var provider = await InProcessPlugin.StartAsync(deadline.Token);
        var news = TestConfig.RouterInterfaceInputs();
        news.Fields["deep"] = Nested(depth);

        try
        {
            var response = await provider.Client.CheckAsync(Check(news), cancellationToken: deadline.Token);
            Assert.Null(expected);
            Assert.Contains(response.Failures, f => f.Property == "deep");
        }
        catch (RpcException error)
        {
            Assert.NotNull(expected);
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Contains(expected, error.Status.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception was thrown by handler", error.Status.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryRequestOfTheProviderProtocol_IsParsedWithTheRaisedLimit()
    {
        var service = ProviderAssembly::Pulumirpc.ResourceProvider.Descriptor;
        var requests = service.Methods.Select(m => m.InputType).Where(t => t.File == service.File).ToList();

        Assert.Contains(requests, t => t.Name == "CheckRequest");
        Assert.All(requests, t => Assert.True(ProviderAssembly::Alicloud.RouterInterface.Provider.Protocol.DeepRequests.Covers(t), t.Name));
    }

    // pkg/resource/plugin/plugin.go: the engine keeps one connection for the plugin's life; Kestrel's default 130 s
    // keep-alive would close it under an engine that is busy elsewhere.
    [Fact]
    public async Task Host_NeverClosesAnIdleEngineConnection()
    {
        using var deadline = TestBounds.Start();
        await using var provider = await InProcessPlugin.StartAsync(deadline.Token);

        var kestrel = provider.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.True(kestrel.Limits.KeepAliveTimeout >= TimeSpan.FromDays(1), kestrel.Limits.KeepAliveTimeout.ToString());

        // Infinite is stored as TimeSpan.MaxValue, whose tick arithmetic closed an idle connection within a second
        // (observed at -v=9: "is closing", GOAWAY, a new connection for the next call).
        Assert.NotEqual(TimeSpan.MaxValue, kestrel.Limits.KeepAliveTimeout);
    }

    // Upstream provider.proto (pulumi/pulumi 1b5949891b): `Computed computed = 1;`, a message.
    [Fact]
    public void VendoredProto_ListResponseComputed_IsAMessageAsUpstream()
    {
        var field = ListResponse.Descriptor.FindFieldByName("computed");

        Assert.Equal(FieldType.Message, field.FieldType);
        Assert.Equal("pulumirpc.ListResponse.Computed", field.MessageType.FullName);
        Assert.Equal(1, field.FieldNumber);
    }

    private static CheckRequest Check(Struct news) => new()
    {
        Urn = TestConfig.Urn("ri"),
        Name = "ri",
        Type = TestConfig.RouterInterfaceToken,
        Olds = new Struct(),
        News = news,
        RandomSeed = Google.Protobuf.ByteString.CopyFrom(new byte[32]),
    };

    private static Value Nested(int depth)
    {
        var value = Value.ForString("bottom");
        for (var i = 0; i < depth; i++)
        {
            value = Value.ForStruct(new Struct { Fields = { ["d"] = value } });
        }

        return value;
    }
}
