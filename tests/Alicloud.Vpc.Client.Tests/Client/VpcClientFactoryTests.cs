using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.Vpc.Client.Tests.Client;

public sealed class VpcClientFactoryTests
{
    [Fact]
    public void Create_CompleteSettings_ReturnsClient()
    {
        using var limiter = TestClients.Unlimited();
        var client = VpcClientFactory.Create(TestClients.Settings("127.0.0.1:1"), VpcClientOptions.Default, TimeProvider.System, NullLoggerFactory.Instance, limiter);
        Assert.IsType<VpcClient>(client);
    }

    [Fact]
    public void Create_PlainHttpToRemoteHost_IsRefusedNamingEndpoint()
    {
        var error = Assert.Throws<VpcClientConfigurationException>(() =>
            VpcClientFactory.Create(TestClients.Settings("http://vpc.example.com"), VpcClientOptions.Default, TimeProvider.System, NullLoggerFactory.Instance));
        Assert.Equal("endpoint", error.Setting);
    }

    [Fact]
    public void Create_MissingCredentials_IsAConfigurationErrorWithoutSecrets()
    {
        var settings = TestClients.Settings() with { AccessKeyId = null, Missing = [new MissingSetting("accessKey", "d")] };

        var error = Assert.Throws<VpcClientConfigurationException>(() =>
            VpcClientFactory.Create(settings, VpcClientOptions.Default, TimeProvider.System, NullLoggerFactory.Instance));

        Assert.Contains("accessKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.AccessKeySecret, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 1.0, 1)]
    [InlineData(3, 0.0, 1)]
    [InlineData(3, 1.0, 0)]
    public void Create_OptionsOutOfRange_Throw(int maxRetries, double requestsPerSecond, int burst)
    {
        var options = VpcClientOptions.Default with { MaxRetries = maxRetries, RequestsPerSecond = requestsPerSecond, Burst = burst };
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            VpcClientFactory.Create(TestClients.Settings(), options, TimeProvider.System, NullLoggerFactory.Instance, TestClients.Unlimited()));
    }
}
