using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.Tests.Support;

namespace Alicloud.Vpc.Emulator.Tests.Unit;

public sealed class SignatureV3Tests
{
    // Api sheet §4.7: the published ACS3-HMAC-SHA256 example.
    private static readonly Dictionary<string, string> s_headers = new()
    {
        ["host"] = "ecs.cn-shanghai.aliyuncs.com",
        ["x-acs-action"] = "RunInstances",
        ["x-acs-version"] = "2014-05-26",
        ["x-acs-date"] = "2023-10-26T10:22:32Z",
        ["x-acs-signature-nonce"] = "3156853299f313e23d1673dc12e1703d",
        ["x-acs-content-sha256"] = SignatureV3.EmptyBodyHash,
    };

    private static readonly KeyValuePair<string, string>[] s_query =
    [
        new("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"),
        new("RegionId", "cn-shanghai"),
    ];

    private static readonly string[] s_signed = ["host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"];

    [Fact]
    public void StringToSign_PublishedExample_HashesCanonicalRequestAsPublished()
    {
        var canonical = SignatureV3.CanonicalRequest("POST", s_query, s_signed, s_headers.GetValueOrDefault, SignatureV3.EmptyBodyHash);

        Assert.Equal("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259", SignatureV3.StringToSign(canonical));
    }

    [Fact]
    public void Sign_PublishedExample_IsPublishedSignature()
    {
        var canonical = SignatureV3.CanonicalRequest("POST", s_query, s_signed, s_headers.GetValueOrDefault, SignatureV3.EmptyBodyHash);

        Assert.Equal("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0", SignatureV3.Sign(SignatureV3.StringToSign(canonical), "YourAccessKeySecret"));
    }

    [Fact]
    public void Verify_PublishedExampleAsRequest_Matches()
    {
        var headers = new Dictionary<string, string>(s_headers)
        {
            ["authorization"] = $"ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders={string.Join(';', s_signed)},Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
        };
        var request = Requests.Http("POST", s_query, headers);
        var verifier = new SignatureV3Verifier();

        var signed = verifier.Parse(request);

        Assert.Equal("YourAccessKeyId", signed.AccessKeyId);
        Assert.True(verifier.Verify(request, signed, "YourAccessKeySecret").Matches);
        Assert.False(verifier.Verify(request, signed, "AnotherSecret").Matches);
    }

    [Fact]
    public void Verify_ExtraSignedHeader_IsHonoured()
    {
        var headers = new SortedDictionary<string, string>(s_headers, StringComparer.Ordinal) { ["x-acs-credentials-provider"] = "static_ak" };
        var authorization = TestSigner.V3Authorization("POST", "ImageId=x&RegionId=cn-shanghai", headers, SignatureV3.EmptyBodyHash, "id", "secret");
        var all = new Dictionary<string, string>(headers) { ["authorization"] = authorization };
        var request = Requests.Http("POST", [new("ImageId", "x"), new("RegionId", "cn-shanghai")], all);
        var verifier = new SignatureV3Verifier();

        Assert.True(verifier.Verify(request, verifier.Parse(request), "secret").Matches);
    }

    [Fact]
    public void Verify_BodyNotMatchingContentHash_DoesNotMatch()
    {
        var headers = new SortedDictionary<string, string>(s_headers, StringComparer.Ordinal);
        var authorization = TestSigner.V3Authorization("POST", "", headers, SignatureV3.EmptyBodyHash, "id", "secret");
        var request = Requests.Http("POST", [], new Dictionary<string, string>(headers) { ["authorization"] = authorization }, "RegionId=x"u8.ToArray());
        var verifier = new SignatureV3Verifier();

        Assert.False(verifier.Verify(request, verifier.Parse(request), "secret").Matches);
    }

    [Theory]
    [InlineData("HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=b")]
    [InlineData("ACS3-HMAC-SHA256 Credential=a,Signature=b")]
    [InlineData("ACS3-HMAC-SHA256 garbage")]
    public void Parse_MalformedAuthorization_IsIncompleteSignature(string authorization)
    {
        var request = Requests.Http("POST", [], new Dictionary<string, string>(s_headers) { ["authorization"] = authorization });

        Assert.Equal("IncompleteSignature", Assert.Throws<ApiException>(() => new SignatureV3Verifier().Parse(request)).Code);
    }

    [Fact]
    public void Parse_ActionHeaderNotSigned_IsIncompleteSignature()
    {
        var signedWithoutAction = string.Join(';', s_signed.Where(h => h != "x-acs-action"));
        var headers = new Dictionary<string, string>(s_headers) { ["authorization"] = $"ACS3-HMAC-SHA256 Credential=a,SignedHeaders={signedWithoutAction},Signature=00" };

        Assert.Equal("IncompleteSignature", Assert.Throws<ApiException>(() => new SignatureV3Verifier().Parse(Requests.Http("POST", [], headers))).Code);
    }
}
