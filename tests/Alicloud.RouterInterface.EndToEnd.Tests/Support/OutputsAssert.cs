using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.Vpc.Client;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>Compares a stack resource's outputs with what the cloud reports.</summary>
internal static class OutputsAssert
{
    /// <summary>The outputs equal what DescribeRouterInterfaces reports now.</summary>
    public static async Task MatchCloudAsync(IVpcClient cloud, StackResource resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentNullException.ThrowIfNull(resource);
        var info = await cloud.DescribeRouterInterfaceAsync(Regions.Home, resource.Id, cancellationToken);
        Assert.NotNull(info);
        var expected = new Dictionary<string, string>
        {
            ["routerInterfaceId"] = info.RouterInterfaceId,
            ["regionId"] = Regions.Home,
            ["status"] = info.Status,
            ["businessStatus"] = info.BusinessStatus,
            ["chargeType"] = info.ChargeType,
            ["creationTime"] = info.CreationTime,
            ["endTime"] = info.EndTime,
            ["vpcInstanceId"] = info.VpcInstanceId,
            ["spec"] = info.Spec,
            ["name"] = info.Name,
            ["description"] = info.Description,
            ["routerId"] = info.RouterId,
            ["role"] = info.Role,
            ["resourceGroupId"] = info.ResourceGroupId,
            ["connectedTime"] = info.ConnectedTime,
            ["hasReservationData"] = info.HasReservationData,
            ["oppositeInterfaceSpec"] = info.OppositeInterfaceSpec,
            ["oppositeInterfaceBusinessStatus"] = info.OppositeInterfaceBusinessStatus,
            ["oppositeVpcInstanceId"] = info.OppositeVpcInstanceId,
        };
        foreach (var (key, value) in expected)
        {
            // An output the cloud reports empty may be absent.
            var output = PropertyValues.GetString(resource.Outputs, key) ?? "";
            Assert.True(value == output, $"output {key}: '{output}', cloud: '{value}'");
        }

        Assert.Equal(info.Bandwidth, PropertyValues.GetNumber(resource.Outputs, "bandwidth"));
        Assert.Equal((info.HcRate, info.HcThreshold, info.OppositeBandwidth), (
            (int)(PropertyValues.GetNumber(resource.Outputs, "hcRate") ?? -1),
            (int)(PropertyValues.GetNumber(resource.Outputs, "hcThreshold") ?? -1),
            (int)(PropertyValues.GetNumber(resource.Outputs, "oppositeBandwidth") ?? -1)));
        Assert.Equal(info.CrossBorder, resource.Outputs!.Fields.TryGetValue("crossBorder", out var crossBorder) ? crossBorder.BoolValue : null);
        Assert.Equal(info.Tags.OrderBy(t => t.Key, StringComparer.Ordinal), Tags(resource).OrderBy(t => t.Key, StringComparer.Ordinal));
    }

    /// <summary>The <c>tags</c> output as key → value (none when absent).</summary>
    public static Dictionary<string, string> Tags(StackResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Outputs is { } outputs && outputs.Fields.TryGetValue("tags", out var tags) && tags.StructValue is { } map
            ? map.Fields.ToDictionary(f => f.Key, f => f.Value.StringValue, StringComparer.Ordinal)
            : [];
    }
}
