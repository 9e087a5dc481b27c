using Alicloud.RouterInterface.Testing.Emulator;
using static Alicloud.Vpc.Emulator.Tests.Support.HttpEmulator;

namespace Alicloud.Vpc.Emulator.Tests.Http;

/// <summary>A8: per-API quotas per account and region (300 per 60 s for Deactivate/DeleteRouterInterface), B9's three actions.</summary>
public sealed class QuotaTests : HttpTestBase
{
    [Fact]
    public async Task Quotas_ByDefault_AreTheDocumentedOnes()
    {
        var quotas = await E.Admin.GetQuotasAsync(CancellationToken.None);

        Assert.Equal(300, quotas["DeactivateRouterInterface"]);
        Assert.Equal(300, quotas["DeleteRouterInterface"]);
    }

    [Fact]
    public async Task Deactivate_301stCallIn60Seconds_IsThrottlingUser400_PerAccountAndRegion()
    {
        for (var i = 0; i < 300; i++)
        {
            var answer = await E.CallAsync("DeactivateRouterInterface", On("ri-x" + i), v1: i % 2 == 0);
            Assert.Equal("InvalidRouterInterfaceId.NotFound", answer.Code);
        }

        await E.FailsAsync("DeactivateRouterInterface", On("ri-y"), 400, "Throttling.User");
        await E.FailsAsync("DeactivateRouterInterface", On("ri-y", OtherRegion), 404, "InvalidRouterInterfaceId.NotFound");
        await E.FailsAsync("DeactivateRouterInterface", On("ri-y"), 404, "InvalidRouterInterfaceId.NotFound", EmulatorCredentials.Peer);
        await E.FailsAsync("DeleteRouterInterface", On("ri-y"), 404, "InvalidInstanceId.NotFound");
        E.Advance(60);
        await E.FailsAsync("DeactivateRouterInterface", On("ri-y"), 404, "InvalidRouterInterfaceId.NotFound");
    }

    [Fact]
    public async Task Quota_SetForAnotherAction_Applies()
    {
        await E.Admin.SetQuotasAsync(new Dictionary<string, int> { ["DescribeVpcs"] = 2 }, CancellationToken.None);

        await E.OkAsync("DescribeVpcs", new() { ["RegionId"] = Region });
        await E.OkAsync("DescribeVpcs", new() { ["RegionId"] = Region });
        await E.FailsAsync("DescribeVpcs", new() { ["RegionId"] = Region }, 400, "Throttling.User");
    }

    [Fact]
    public async Task Quota_UnknownAction_IsRefusedByTheAdminApi()
    {
        var error = await Assert.ThrowsAsync<EmulatorAdminException>(() =>
            E.Admin.SetQuotasAsync(new Dictionary<string, int> { ["NoSuchAction"] = 2 }, CancellationToken.None));

        Assert.Equal("InvalidParameter", error.Code);
    }

    [Fact]
    public async Task Quotas_LenientRules_DoNotApply()
    {
        await E.Admin.SetQuotasAsync(new Dictionary<string, int> { ["DescribeVpcs"] = 1 }, CancellationToken.None);
        await E.VariantAsync(EmulatorVariants.Rules, EmulatorVariants.Lenient);

        await E.OkAsync("DescribeVpcs", new() { ["RegionId"] = Region });
        await E.OkAsync("DescribeVpcs", new() { ["RegionId"] = Region });
    }

    [Fact]
    public async Task B9_UnlistedQuota_ThrottlesDescribeRouterInterfacesAndDeleteExpressConnect()
    {
        await E.VariantAsync(EmulatorVariants.UnlistedQuota, "2");
        var describe = new Dictionary<string, string> { ["RegionId"] = Region };

        await E.OkAsync("DescribeRouterInterfaces", describe);
        await E.OkAsync("DescribeRouterInterfaces", describe);
        await E.FailsAsync("DescribeRouterInterfaces", describe, 400, "Throttling.User");
        await E.FailsAsync("DeleteExpressConnect", On("ri-x"), 404, "InvalidRouterInterfaceId.NotFound");
        await E.FailsAsync("DeleteExpressConnect", On("ri-x"), 404, "InvalidRouterInterfaceId.NotFound");
        await E.FailsAsync("DeleteExpressConnect", On("ri-x"), 400, "Throttling.User");
        await E.OkAsync("DescribeVpcs", describe);
    }

    [Fact]
    public async Task B9_Generous_ByDefault()
    {
        var describe = new Dictionary<string, string> { ["RegionId"] = Region };
        for (var i = 0; i < 40; i++)
        {
            await E.OkAsync("DescribeRouterInterfaces", describe);
        }
    }

    [Fact]
    public async Task Reset_ClearsTheQuotaWindows()
    {
        await E.Admin.SetQuotasAsync(new Dictionary<string, int> { ["DescribeVpcs"] = 1 }, CancellationToken.None);
        await E.OkAsync("DescribeVpcs", new() { ["RegionId"] = Region });

        await E.Admin.ResetAsync(CancellationToken.None);

        await E.OkAsync("DescribeVpcs", new() { ["RegionId"] = Region });
    }
}
