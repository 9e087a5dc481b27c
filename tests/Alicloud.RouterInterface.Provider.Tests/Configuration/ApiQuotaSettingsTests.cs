extern alias ProviderAssembly;

using Alicloud.Vpc.Client.Budget;
using Microsoft.Extensions.Logging.Abstractions;
using ProviderAssembly::Alicloud.RouterInterface.Provider.Configuration;

namespace Alicloud.RouterInterface.Provider.Tests.Configuration;

public sealed class ApiQuotaSettingsTests
{
    private static VpcQuotaOptions From(string? quotas, string? directory = null, string? runtime = null, string? cache = null, string? home = "/home/alice") =>
        ApiQuotaSettings.FromEnvironment(
            VpcQuotaOptions.Default,
            name => name switch
            {
                ApiQuotaSettings.QuotasVariable => quotas,
                ApiQuotaSettings.DirectoryVariable => directory,
                "XDG_RUNTIME_DIR" => runtime,
                "XDG_CACHE_HOME" => cache,
                "HOME" => home,
                _ => null,
            },
            NullLogger.Instance);

    [Fact]
    public void FromEnvironment_Unset_KeepsTheDocumentedQuotas()
    {
        var options = From(null);

        Assert.Equal(new QuotaRule(300, TimeSpan.FromSeconds(60)), options.PerApi["DeactivateRouterInterface"]);
        Assert.Equal(new QuotaRule(300, TimeSpan.FromSeconds(60)), options.PerApi["DeleteRouterInterface"]);
        Assert.False(options.PerApi.ContainsKey("DescribeRouterInterfaces"));
    }

    [Fact]
    public void FromEnvironment_Items_OverrideAddAndRemove()
    {
        var options = From("DeleteExpressConnect=30/60, DeactivateRouterInterface=off,DeleteRouterInterface=100/30.5");

        Assert.Equal(new QuotaRule(30, TimeSpan.FromSeconds(60)), options.PerApi["DeleteExpressConnect"]);
        Assert.Equal(new QuotaRule(100, TimeSpan.FromSeconds(30.5)), options.PerApi["DeleteRouterInterface"]);
        Assert.False(options.PerApi.ContainsKey("DeactivateRouterInterface"));
    }

    [Theory]
    [InlineData("DeleteExpressConnect")]
    [InlineData("DeleteExpressConnect=30")]
    [InlineData("DeleteExpressConnect=0/60")]
    [InlineData("DeleteExpressConnect=30/0")]
    [InlineData("DeleteExpressConnect=-1/60")]
    [InlineData("Delete Express=30/60")]
    [InlineData("=30/60")]
    public void FromEnvironment_InvalidItem_IsIgnored(string item)
    {
        var options = From(item);

        Assert.Equal(VpcQuotaOptions.DocumentedQuotas.OrderBy(q => q.Key), options.PerApi.OrderBy(q => q.Key));
    }

    [Fact]
    public void FromEnvironment_Directory_OffConfiguredRuntimeOrTheUsersCacheNeverTemp()
    {
        Assert.Null(From(null, directory: "off").SharedDirectory);
        Assert.Equal(Path.GetFullPath("/tmp/budgets"), From(null, directory: "/tmp/budgets").SharedDirectory);
        Assert.Equal("/run/user/1000/alicloud-routerinterface", From(null, runtime: "/run/user/1000").SharedDirectory);
        Assert.Equal("/var/cache/alice/alicloud-routerinterface", From(null, cache: "/var/cache/alice").SharedDirectory);
        Assert.Equal("/home/alice/.cache/alicloud-routerinterface", From(null, cache: "relative/ignored").SharedDirectory);
        Assert.Null(From(null, home: null).SharedDirectory); // no folder of the user's own: a budget per process
        Assert.DoesNotContain(Path.GetTempPath(), From(null).SharedDirectory!, StringComparison.Ordinal);
    }
}
