using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Tests.Shared;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Reliability.Tests.Hostile;

/// <summary>Single hostile inputs the property runs found or that need an answer of their own.</summary>
public sealed class HostileCheckExamplesTests
{
    [Theory]
    [InlineData("pricingCycle")]
    [InlineData("instanceChargeType")]
    [InlineData("routerType")]
    public async Task Check_HugeInvalidValue_FailureReasonStaysShort(string property)
    {
        using var deadline = TestBounds.Start(TestBounds.Condition);
        await using var plugin = await InProcessPlugin.StartAsync(deadline.Token);
        var news = HostileValues.ValidInputs();
        news.Fields[property] = Value.ForString(new string('x', 200_000));

        var response = await plugin.Client.CheckAsync(new CheckRequest { Urn = "urn:pulumi:dev::p::alicloud-routerinterface:index:RouterInterface::h", Type = RouterInterfaceInputs.Token, News = news, Olds = new Struct() }, cancellationToken: deadline.Token);

        Assert.Contains(response.Failures, f => f.Property == property);
        Assert.All(response.Failures, f => Assert.InRange(f.Reason.Length, 1, 300));
    }

    [Theory]
    [InlineData("routerId", "vrt-with space")]
    [InlineData("oppositeInterfaceId", "not-an-id")]
    [InlineData("spec", "Huge.9")]
    public async Task Check_InvalidSecretInput_FailureNamesItWithoutQuotingTheValue(string property, string invalid)
    {
        using var deadline = TestBounds.Start(TestBounds.Condition);
        await using var plugin = await InProcessPlugin.StartAsync(deadline.Token);
        var news = HostileValues.ValidInputs();
        news.Fields[property] = Alicloud.RouterInterface.Testing.Engine.PropertyValues.Secret(invalid);

        var response = await plugin.Client.CheckAsync(new CheckRequest { Urn = "urn:pulumi:dev::p::alicloud-routerinterface:index:RouterInterface::h", Type = RouterInterfaceInputs.Token, News = news, Olds = new Struct() }, cancellationToken: deadline.Token);

        // A failure on a secret input names it in its reason and leaves the property empty: the engine prints a named
        // property's value in clear beside the reason (step_generator.go issueCheckFailures).
        Assert.Contains(response.Failures, f => f.Property.Length == 0 && f.Reason.StartsWith(property, StringComparison.Ordinal));
        Assert.DoesNotContain(response.Failures, f => f.Property == property);
        Assert.All(response.Failures, f => Assert.DoesNotContain(invalid, f.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_NestedBeyondProtobufLimit_FailsFastAndThePluginStaysUp()
    {
        using var deadline = TestBounds.Start(TestBounds.Condition);
        await using var plugin = await PluginUnderTest.StartAsync(deadline.Token);
        var news = HostileValues.ValidInputs();
        news.Fields["name"] = HostileValues.Deep(300);

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await plugin.Client.CheckAsync(
            new CheckRequest { Urn = "urn:pulumi:dev::p::alicloud-routerinterface:index:RouterInterface::h", Type = RouterInterfaceInputs.Token, News = news, Olds = new Struct() },
            deadline: DateTime.UtcNow + TestBounds.Call));

        // Parsed with the raised limit, then refused as too deep (InvalidArgument), never a hang (docs/reliability.md)
        Assert.NotEqual(StatusCode.DeadlineExceeded, refused.StatusCode);
        Assert.NotEqual(StatusCode.Unavailable, refused.StatusCode);
        var next = await plugin.Client.CheckAsync(
            new CheckRequest { Urn = "urn:pulumi:dev::p::alicloud-routerinterface:index:RouterInterface::h", Type = RouterInterfaceInputs.Token, News = HostileValues.ValidInputs(), Olds = new Struct() },
            deadline: DateTime.UtcNow + TestBounds.Call);
        Assert.Empty(next.Failures);
        Assert.False(plugin.Plugin.HasExited);
        Assert.DoesNotContain("   at ", refused.Status.Detail, StringComparison.Ordinal);
    }
}
