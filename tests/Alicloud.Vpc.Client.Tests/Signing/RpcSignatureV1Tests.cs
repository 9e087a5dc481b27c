using Alicloud.Vpc.Client.Signing;

namespace Alicloud.Vpc.Client.Tests.Signing;

public sealed class RpcSignatureV1Tests
{
    // The official known-answer inputs (reference §4.4).
    private static readonly KeyValuePair<string, string>[] s_officialParameters =
    [
        new("Action", "DescribeRegions"),
        new("Version", "2014-05-26"),
        new("Format", "XML"),
        new("SignatureMethod", "HMAC-SHA1"),
        new("SignatureVersion", "1.0"),
        new("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
        new("Timestamp", "2016-02-23T12:46:24Z"),
        new("AccessKeyId", "testid"),
    ];

    [Fact]
    public void Sign_OfficialGetVector_MatchesPublishedSignature()
    {
        Assert.Equal("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", RpcSignatureV1.Sign("GET", s_officialParameters, "testsecret"));
    }

    [Fact]
    public void Sign_OfficialPostVector_MatchesKnownSignature()
    {
        Assert.Equal("MxbnVAM4w6sft9xjVpe/GCKueuk=", RpcSignatureV1.Sign("POST", s_officialParameters, "testsecret"));
    }

    [Fact]
    public void BuildStringToSign_OfficialVector_EncodesCanonicalQueryTwice()
    {
        const string Expected =
            "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26";
        Assert.Equal(Expected, RpcSignatureV1.BuildStringToSign("GET", s_officialParameters));
    }

    [Fact]
    public void BuildStringToSign_SignatureParameterPresent_IsLeftOut()
    {
        var withSignature = s_officialParameters.Append(new("Signature", "anything")).ToArray();
        Assert.Equal(RpcSignatureV1.BuildStringToSign("GET", s_officialParameters), RpcSignatureV1.BuildStringToSign("GET", withSignature));
    }

    [Fact]
    public void Sign_WrongSecret_GivesDifferentSignature()
    {
        Assert.NotEqual(RpcSignatureV1.Sign("GET", s_officialParameters, "testsecret"), RpcSignatureV1.Sign("GET", s_officialParameters, "other"));
    }

    [Fact]
    public void Sign_ParameterOrder_DoesNotMatter()
    {
        var reversed = s_officialParameters.Reverse().ToArray();
        Assert.Equal("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", RpcSignatureV1.Sign("GET", reversed, "testsecret"));
    }

    [Fact]
    public void Build_UpperCaseSortsBeforeLowerCase_UsesByteOrder()
    {
        var canonical = CanonicalQuery.Build([new("b", "1"), new("B", "2"), new("a", "3")]);
        Assert.Equal("B=2&a=3&b=1", canonical);
    }
}
