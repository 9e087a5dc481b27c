using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Moq;

namespace Alicloud.RouterInterface.Provider.Tests.Cloud;

/// <summary>
/// Set-up under a quota-bound variant (issue 28's 1,000-run soak stopped on a Throttling.User answer to the seeding's
/// DescribeRouteEntryList): "not now" answers are waited out; a definite refusal still fails the set-up.
/// </summary>
public sealed class RouteEntrySeedingTests
{
    private static readonly CreateRouteEntryRequest s_request = new()
    {
        RegionId = "cn-hangzhou", RouteTableId = "vtb-1", DestinationCidrBlock = "10.0.0.0/24", NextHopType = "RouterInterface", NextHopId = "ri-1",
    };

    private static AlibabaCloudException Answer(string code, int status) => new("DescribeRouteEntryList", code, "test answer", status, "req-1");

    private static RouteEntryInfo Entry(string status) => new("rte-1", "vtb-1", "10.0.0.0/24", "Custom", status, "RouterInterface", "ri-1");

    [Theory]
    [InlineData("Throttling.User", 400)]
    [InlineData("TaskConflict", 400)]
    public async Task Create_WaitsOutNotNowAnswersWhileWaitingForAvailable(string code, int status)
    {
        var client = new Mock<IVpcClient>(MockBehavior.Strict);
        client.Setup(c => c.CreateRouteEntryAsync(s_request, It.IsAny<CancellationToken>())).ReturnsAsync("rte-1");
        client.SetupSequence(c => c.DescribeRouteEntriesAsync("cn-hangzhou", "vtb-1", null, It.IsAny<CancellationToken>()))
            .ThrowsAsync(Answer(code, status))
            .ReturnsAsync([Entry("Pending")])
            .ReturnsAsync([Entry("Available")]);

        var id = await RouteEntrySeeding.CreateAsync(client.Object, s_request, TimeProvider.System, CancellationToken.None, TimeSpan.FromSeconds(30));

        Assert.Equal("rte-1", id);
        client.Verify(c => c.DescribeRouteEntriesAsync("cn-hangzhou", "vtb-1", null, It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task Create_DefiniteRefusal_FailsTheSetUp()
    {
        var client = new Mock<IVpcClient>(MockBehavior.Strict);
        client.Setup(c => c.CreateRouteEntryAsync(s_request, It.IsAny<CancellationToken>())).ReturnsAsync("rte-1");
        client.Setup(c => c.DescribeRouteEntriesAsync("cn-hangzhou", "vtb-1", null, It.IsAny<CancellationToken>()))
            .ThrowsAsync(Answer("Forbidden.RAM", 403));

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(
            () => RouteEntrySeeding.CreateAsync(client.Object, s_request, TimeProvider.System, CancellationToken.None, TimeSpan.FromSeconds(30)));

        Assert.Equal("Forbidden.RAM", error.ErrorCode);
    }
}
