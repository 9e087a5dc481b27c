using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Transport;

namespace Alicloud.Vpc.Client.Tests.Transport;

public sealed class VpcEndpointTests
{
    [Theory]
    [InlineData("http://127.0.0.1:1234", "http://127.0.0.1:1234/")]
    [InlineData("127.0.0.1:1234", "http://127.0.0.1:1234/")]
    [InlineData("http://127.5.6.7:80", "http://127.5.6.7/")]
    [InlineData("http://localhost:8080", "http://localhost:8080/")]
    [InlineData("http://[::1]:9000", "http://[::1]:9000/")]
    [InlineData("https://vpc.example.com", "https://vpc.example.com/")]
    [InlineData("vpc.example.com:8443", "https://vpc.example.com:8443/")]
    [InlineData("vpc.example.com", "https://vpc.example.com/")]
    public void ParseOverride_AllowedEndpoint_IsNormalised(string input, string expected)
    {
        Assert.Equal(expected, VpcEndpoint.ParseOverride(input)!.ToString());
    }

    [Theory]
    [InlineData("http://vpc.example.com")]
    [InlineData("http://10.0.0.1:1234")]
    [InlineData("http://128.0.0.1:1234")]
    [InlineData("http://localhost.example.com")]
    public void ParseOverride_PlainHttpOnNonLoopback_IsRefusedNamingEndpoint(string input)
    {
        var error = Assert.Throws<VpcClientConfigurationException>(() => VpcEndpoint.ParseOverride(input));
        Assert.Equal("endpoint", error.Setting);
        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1")]
    [InlineData("http://127.0.0.1:1234/some/path")]
    [InlineData("http://user:pass@127.0.0.1:1234")]
    [InlineData("http://")]
    public void ParseOverride_Malformed_IsRefusedNamingEndpoint(string input)
    {
        var error = Assert.Throws<VpcClientConfigurationException>(() => VpcEndpoint.ParseOverride(input));
        Assert.Equal("endpoint", error.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void ParseOverride_Blank_IsNone(string? input)
    {
        Assert.Null(VpcEndpoint.ParseOverride(input));
    }

    [Fact]
    public void For_NoOverride_BuildsRegionalHttpsHost()
    {
        Assert.Equal("https://vpc.ap-southeast-1.aliyuncs.com/", new VpcEndpoint(null).For("ap-southeast-1").ToString());
    }

    // Rows of the official SDK's _endpointMap (alibabacloud-typescript-sdk vpc-20160428/src/client.ts) and its regional rule.
    [Theory]
    [InlineData("cn-hangzhou", "https://vpc.aliyuncs.com/")]
    [InlineData("cn-shanghai-finance-1", "https://vpc.aliyuncs.com/")]
    [InlineData("cn-beijing-gov-1", "https://vpc.aliyuncs.com/")]
    [InlineData("cn-wuhan", "https://vpc.aliyuncs.com/")]
    [InlineData("cn-qingdao-nebula", "https://vpc-nebula.cn-qingdao-nebula.aliyuncs.com/")]
    [InlineData("eu-west-1-oxs", "https://vpc-nebula.cn-shenzhen-cloudstone.aliyuncs.com/")]
    [InlineData("cn-zhangjiakou-na62-a01", "https://vpc.cn-zhangjiakou.aliyuncs.com/")]
    [InlineData("cn-shanghai", "https://vpc.cn-shanghai.aliyuncs.com/")]
    [InlineData("eu-central-1", "https://vpc.eu-central-1.aliyuncs.com/")]
    [InlineData("xx-unlisted-9", "https://vpc.xx-unlisted-9.aliyuncs.com/")]
    public void For_NoOverride_FollowsTheSdkEndpointMap(string region, string expected)
    {
        Assert.Equal(expected, new VpcEndpoint(null).For(region).ToString());
    }

    [Fact]
    public void For_Override_IgnoresRegion()
    {
        Assert.Equal("http://127.0.0.1:1234/", new VpcEndpoint("127.0.0.1:1234").For("cn-beijing").ToString());
    }

    [Theory]
    [InlineData("evil.com/x")]
    [InlineData("CN-HANGZHOU")]
    [InlineData("cn hangzhou")]
    [InlineData("-cn")]
    public void For_RegionThatIsNotAHostLabel_IsRefused(string region)
    {
        Assert.Throws<ArgumentException>(() => new VpcEndpoint(null).For(region));
    }
}
