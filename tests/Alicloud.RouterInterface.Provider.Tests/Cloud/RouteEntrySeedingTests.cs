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
    private static AlibabaCloudException Answer(string code, int status) => new("DescribeRouteEntryList", code, "test answer", status, "req-1");

    private static RouteEntryInfo Entry(string status) => new("rte-1", "vtb-1", "10.0.0.0/24", "Custom", status, "RouterInterface", "ri-1");

    [Theory]
    [InlineData("Throttling.User", 400)]
    [InlineData("TaskConflict", 400)]
    public async Task WaitAvailable_WaitsOutNotNowAnswers(string code, int status)
    {
        var client = new Mock<IVpcClient>(MockBehavior.Strict);
        client.SetupSequence(c => c.DescribeRouteEntriesAsync("cn-hangzhou", "vtb-1", null, It.IsAny<CancellationToken>()))
            .ThrowsAsync(Answer(code, status))
            .ReturnsAsync([Entry("Pending")])
            .ReturnsAsync([Entry("Available")]);

        await RouteEntrySeeding.WaitAvailableAsync(client.Object, "cn-hangzhou", "vtb-1", "rte-1", TimeProvider.System, CancellationToken.None, TimeSpan.FromSeconds(30));

        client.Verify(c => c.DescribeRouteEntriesAsync("cn-hangzhou", "vtb-1", null, It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task WaitAvailable_DefiniteRefusal_FailsTheSetUp()
    {
        var client = new Mock<IVpcClient>(MockBehavior.Strict);
        client.Setup(c => c.DescribeRouteEntriesAsync("cn-hangzhou", "vtb-1", null, It.IsAny<CancellationToken>()))
            .ThrowsAsync(Answer("Forbidden.RAM", 403));

        var error = await Assert.ThrowsAsync<AlibabaCloudException>(
            () => RouteEntrySeeding.WaitAvailableAsync(client.Object, "cn-hangzhou", "vtb-1", "rte-1", TimeProvider.System, CancellationToken.None, TimeSpan.FromSeconds(30)));

        Assert.Equal("Forbidden.RAM", error.ErrorCode);
    }
}
