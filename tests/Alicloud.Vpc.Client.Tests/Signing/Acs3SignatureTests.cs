using Alicloud.Vpc.Client.Signing;

namespace Alicloud.Vpc.Client.Tests.Signing;

public sealed class Acs3SignatureTests
{
    // The published V3 example (reference §4.7).
    private static readonly KeyValuePair<string, string>[] s_query =
    [
        new("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"),
        new("RegionId", "cn-shanghai"),
    ];

    private static readonly KeyValuePair<string, string>[] s_headers =
    [
        new("x-acs-version", "2014-05-26"),
        new("host", "ecs.cn-shanghai.aliyuncs.com"),
        new("x-acs-action", "RunInstances"),
        new("x-acs-date", "2023-10-26T10:22:32Z"),
        new("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
        new("x-acs-content-sha256", Acs3Signature.EmptyPayloadHash),
    ];

    [Fact]
    public void HashCanonicalRequest_OfficialVector_MatchesPublishedHash()
    {
        var canonical = Acs3Signature.BuildCanonicalRequest("POST", "/", s_query, s_headers, Acs3Signature.EmptyPayloadHash);
        Assert.Equal("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259", Acs3Signature.HashCanonicalRequest(canonical));
    }

    [Fact]
    public void BuildAuthorization_OfficialVector_MatchesPublishedSignature()
    {
        var authorization = Acs3Signature.BuildAuthorization("POST", "/", s_query, s_headers, Acs3Signature.EmptyPayloadHash, "YourAccessKeyId", "YourAccessKeySecret");
        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version," +
            "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
            authorization);
    }

    [Fact]
    public void HashPayload_EmptyBody_IsTheDocumentedConstant()
    {
        Assert.Equal(Acs3Signature.EmptyPayloadHash, Acs3Signature.HashPayload([]));
    }
}
