using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Resources.RouterInterface.Lookup;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client.Models;
using Moq;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

/// <summary>getRouterInterfaces' decisions: at most 5 filter keys go to the API, the rest and nameRegex apply here; bad arguments are failures naming them.</summary>
public sealed class RouterInterfaceLookupTests
{
    [Fact]
    public async Task SixFilters_FiveGoToTheApi_TheSixthAndNameRegexApplyHere()
    {
        using var rig = new TestRig();
        RouterInterfaceQuery? sent = null;
        rig.Cloud.Mock.Setup(c => c.QueryRouterInterfacesAsync("cn-hangzhou", It.IsAny<RouterInterfaceQuery>(), It.IsAny<CancellationToken>()))
            .Callback((string _, RouterInterfaceQuery q, CancellationToken _) => sent = q)
            .ReturnsAsync([Info("ri-a", "edge-a", "vrt-2"), Info("ri-b", "edge-b", "vrt-1"), Info("ri-c", "core-c", "vrt-1")]);
        var args = PropertyMap.Empty
            .With("routerId", PropertyValue.FromString("vrt-1"))
            .With("status", PropertyValue.FromString("idle"))
            .With("routerType", PropertyValue.FromString("VRouter"))
            .With("name", PropertyValue.FromString("edge-b"))
            .With("oppositeInterfaceId", PropertyValue.FromString("ri-x"))
            .With("oppositeRouterId", PropertyValue.FromString("vrt-9"))
            .With("nameRegex", PropertyValue.FromString("^edge-"));

        var result = await new RouterInterfaceLookup(rig.Services).InvokeAsync(args, CancellationToken.None);

        Assert.Empty(result.Failures);
        Assert.Equal(["RouterId", "Status", "RouterType", "Name", "OppositeInterfaceId"], sent!.Filters.Keys);
        Assert.Equal("Idle", sent.Filters["Status"][0]);
        Assert.Equal(["ri-b"], result.Return["ids"].ArrayValue.Select(v => v.StringValue));
    }

    [Theory]
    [InlineData("routerType", "Router")]
    [InlineData("status", "Up")]
    [InlineData("nameRegex", "([")]
    [InlineData("colour", "blue")]
    public async Task BadArgument_IsAFailureNamingIt_AndNothingIsCalled(string argument, string value)
    {
        using var rig = new TestRig();

        var result = await new RouterInterfaceLookup(rig.Services).InvokeAsync(PropertyMap.Empty.With(argument, PropertyValue.FromString(value)), CancellationToken.None);

        Assert.Equal(argument, Assert.Single(result.Failures).Property);
        rig.Cloud.Mock.Verify(c => c.QueryRouterInterfacesAsync(It.IsAny<string>(), It.IsAny<RouterInterfaceQuery>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static RouterInterfaceInfo Info(string id, string name, string routerId) => new()
    {
        RouterInterfaceId = id, RegionId = "cn-hangzhou", Name = name, RouterId = routerId, Status = "Idle", RouterType = "VRouter",
        OppositeInterfaceId = "ri-x", OppositeRouterId = "vrt-9",
    };
}
