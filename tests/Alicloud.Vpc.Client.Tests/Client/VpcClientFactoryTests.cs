using Alicloud.Vpc.Client.Budget;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.Vpc.Client.Tests.Client;

public sealed class VpcClientFactoryTests
{
    [Fact]
    public void Create_CompleteSettings_ReturnsClient()
    {
        using var budget = TestClients.Budget(TimeProvider.System);
        var client = VpcClientFactory.Create(TestClients.Settings("127.0.0.1:1"), VpcClientOptions.Default, TimeProvider.System, NullLoggerFactory.Instance, budget);
        Assert.IsType<VpcClient>(client);
    }

    [Fact]
    public void Create_PlainHttpToRemoteHost_IsRefusedNamingEndpoint()
    {
        using var budget = TestClients.Budget(TimeProvider.System);
        var error = Assert.Throws<VpcClientConfigurationException>(() =>
            VpcClientFactory.Create(TestClients.Settings("http://vpc.example.com"), VpcClientOptions.Default, TimeProvider.System, NullLoggerFactory.Instance, budget));
        Assert.Equal("endpoint", error.Setting);
    }

    [Fact]
    public void Create_MissingCredentials_IsAConfigurationErrorWithoutSecrets()
    {
        var settings = TestClients.Settings() with { AccessKeyId = null, Missing = [new MissingSetting("accessKey", "d")] };

        using var budget = TestClients.Budget(TimeProvider.System);
        var error = Assert.Throws<VpcClientConfigurationException>(() =>
            VpcClientFactory.Create(settings, VpcClientOptions.Default, TimeProvider.System, NullLoggerFactory.Instance, budget));

        Assert.Contains("accessKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.AccessKeySecret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OptionsOutOfRange_Throw()
    {
        using var budget = TestClients.Budget(TimeProvider.System);
        var options = VpcClientOptions.Default with { MaxRetries = -1 };
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            VpcClientFactory.Create(TestClients.Settings(), options, TimeProvider.System, NullLoggerFactory.Instance, budget));
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, 0.0)]
    public void CreateCallBudget_AccountQuotaOutOfRange_Throws(int limit, double windowSeconds)
    {
        var quotas = VpcQuotaOptions.Default with { Account = new QuotaRule(limit, TimeSpan.FromSeconds(windowSeconds)) };
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            VpcClientFactory.CreateCallBudget(TestClients.Settings(), quotas, TimeProvider.System, NullLoggerFactory.Instance));
    }
}
