using System.Collections.Immutable;
using Moq;
using Pulumi;
using Pulumi.AlicloudRouterInterface;
using Pulumi.Testing;
using Xunit;

namespace RouterInterfacePair.Tests;

/// <summary>
/// The program under Pulumi's mocks: every resource "creates" with its inputs as outputs, so the tests see exactly
/// what the program asks the provider for. Deployment.TestAsync runs serially (one deployment per process at a time).
/// </summary>
[Collection("Pulumi deployments")]
public sealed class RouterInterfacePairStackTests
{
    private const string RouterInterfaceType = "alicloud-routerinterface:index:RouterInterface";
    private const string ProviderType = "pulumi:providers:alicloud-routerinterface";

    private readonly Mock<IMocks> _mocks = new();

    public RouterInterfacePairStackTests()
    {
        // A new resource comes with an empty ID (the import ID), never null: the mock names one.
        _mocks.Setup(m => m.NewResourceAsync(It.IsAny<MockResourceArgs>()))
            .ReturnsAsync((MockResourceArgs args) => (string.IsNullOrEmpty(args.Id) ? $"ri-{args.Name}" : args.Id, (object)args.Inputs));
        _mocks.Setup(m => m.CallAsync(It.IsAny<MockCallArgs>()))
            .ReturnsAsync((MockCallArgs args) => (object)args.Args);
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", """
            {
              "routerinterface-pair:initiatorRouterId": "vrt-initiator",
              "routerinterface-pair:acceptorRouterId": "vrt-acceptor",
              "routerinterface-pair:vpcEndpoint": "http://127.0.0.1:8080"
            }
            """);
    }

    [Fact]
    public async Task Stack_Initiator_PointsAtTheAcceptorAndConnects()
    {
        var resources = await RunAsync();

        var initiator = resources.OfType<RouterInterface>().Single(r => r.GetResourceName() == "initiator");
        var acceptor = resources.OfType<RouterInterface>().Single(r => r.GetResourceName() == "acceptor");
        Assert.Equal(await ValueOf(acceptor.Id), await ValueOf(initiator.OppositeInterfaceId));
        Assert.Equal("InitiatingSide", await ValueOf(initiator.Role));
        Assert.True(await ValueOf(initiator.Connect));
        Assert.Equal("AcceptingSide", await ValueOf(acceptor.Role));
        Assert.Equal("Negative", await ValueOf(acceptor.Spec));
    }

    [Fact]
    public async Task Stack_Ends_AreInOppositeRegionsAndRouters()
    {
        var resources = await RunAsync();

        var initiator = resources.OfType<RouterInterface>().Single(r => r.GetResourceName() == "initiator");
        var acceptor = resources.OfType<RouterInterface>().Single(r => r.GetResourceName() == "acceptor");
        Assert.Equal("vrt-initiator", await ValueOf(initiator.RouterId));
        Assert.Equal("vrt-acceptor", await ValueOf(initiator.OppositeRouterId));
        Assert.Equal("cn-shanghai", await ValueOf(initiator.OppositeRegionId));
        Assert.Equal("cn-hangzhou", await ValueOf(acceptor.OppositeRegionId));
    }

    [Fact]
    public async Task Stack_Providers_OnePerRegionWithTheConfiguredEndpoint()
    {
        await RunAsync();

        foreach (var region in new[] { "cn-hangzhou", "cn-shanghai" })
        {
            _mocks.Verify(m => m.NewResourceAsync(It.Is<MockResourceArgs>(a =>
                a.Type == ProviderType
                && (string)a.Inputs["region"] == region
                && (string)a.Inputs["endpoint"] == "http://127.0.0.1:8080")), Times.Once);
        }
    }

    [Fact]
    public async Task Stack_BothInterfaces_AskForForcedDelete()
    {
        await RunAsync();

        _mocks.Verify(m => m.NewResourceAsync(It.Is<MockResourceArgs>(a =>
            a.Type == RouterInterfaceType && (bool)a.Inputs["force"])), Times.Exactly(2));
    }

    private async Task<ImmutableArray<Resource>> RunAsync() =>
        await Deployment.TestAsync<RouterInterfacePairStack>(_mocks.Object, new TestOptions { IsPreview = false, ProjectName = "routerinterface-pair" });

    private static Task<T> ValueOf<T>(Output<T> output)
    {
        var value = new TaskCompletionSource<T>();
        output.Apply(v =>
        {
            value.SetResult(v);
            return v;
        });
        return value.Task;
    }
}
