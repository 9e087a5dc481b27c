using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.Tests.Support;
using CsCheck;

namespace Alicloud.Vpc.Emulator.Tests.Unit;

public sealed class SignatureV1Tests
{
    // Api sheet §4.4: the published known-answer vector.
    private static readonly Dictionary<string, string> s_vector = new()
    {
        ["Action"] = "DescribeRegions",
        ["Version"] = "2014-05-26",
        ["Format"] = "XML",
        ["SignatureMethod"] = "HMAC-SHA1",
        ["SignatureVersion"] = "1.0",
        ["SignatureNonce"] = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
        ["Timestamp"] = "2016-02-23T12:46:24Z",
        ["AccessKeyId"] = "testid",
    };

    [Fact]
    public void StringToSign_KnownAnswerVector_MatchesPublishedText()
    {
        Assert.Equal(
            "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
            SignatureV1.StringToSign("GET", s_vector));
    }

    [Fact]
    public void Sign_KnownAnswerVector_IsPublishedSignature()
    {
        Assert.Equal("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", SignatureV1.Sign(SignatureV1.StringToSign("GET", s_vector), "testsecret"));
    }

    [Fact]
    public void Sign_KnownAnswerVectorWithPost_DiffersByMethod()
    {
        Assert.Equal("MxbnVAM4w6sft9xjVpe/GCKueuk=", SignatureV1.Sign(SignatureV1.StringToSign("POST", s_vector), "testsecret"));
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("a*b", "a%2Ab")]
    [InlineData("a~b", "a~b")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("杭州", "%E6%9D%AD%E5%B7%9E")]
    public void Encode_SpecialCharacters_FollowsRfc3986(string value, string expected)
    {
        Assert.Equal(expected, PercentEncoding.Encode(value));
    }

    [Fact]
    public void Verify_RequestSignedByIndependentSigner_Matches()
    {
        var signed = TestSigner.SignV1("POST", "DescribeRegions", new Dictionary<string, string> { ["RegionId"] = "cn-hangzhou", ["Name"] = "a b*c~" }, "k", "s", DateTimeOffset.UnixEpoch);
        var request = Requests.Http("POST", signed);
        var verifier = new SignatureV1Verifier();

        var check = verifier.Verify(request, verifier.Parse(request), "s");

        Assert.True(check.Matches);
    }

    [Fact]
    public void Verify_TamperedParameter_DoesNotMatch()
    {
        var signed = TestSigner.SignV1("GET", "DescribeRegions", new Dictionary<string, string> { ["RegionId"] = "cn-hangzhou" }, "k", "s", DateTimeOffset.UnixEpoch);
        signed["RegionId"] = "cn-beijing";
        var request = Requests.Http("GET", signed);
        var verifier = new SignatureV1Verifier();

        Assert.False(verifier.Verify(request, verifier.Parse(request), "s").Matches);
    }

    [Theory]
    [InlineData("Signature", "MissingParameter")]
    [InlineData("AccessKeyId", "MissingParameter")]
    [InlineData("SignatureNonce", "MissingParameter")]
    [InlineData("SignatureMethod", "IncompleteSignature")]
    [InlineData("SignatureVersion", "IncompleteSignature")]
    public void Parse_MissingSignaturePiece_IsRefused(string removed, string code)
    {
        var signed = TestSigner.SignV1("GET", "DescribeRegions", new Dictionary<string, string>(), "k", "s", DateTimeOffset.UnixEpoch);
        signed.Remove(removed);

        var error = Assert.Throws<ApiException>(() => new SignatureV1Verifier().Parse(Requests.Http("GET", signed)));

        Assert.Equal(code, error.Code);
        Assert.Equal(400, error.HttpStatus);
    }

    [Fact]
    public void Verify_AnyParametersSignedIndependently_MatchesAndDetectsTampering()
    {
        var text = Gen.String[Gen.Char.AlphaNumeric, 1, 12];
        var value = Gen.OneOf(text, Gen.String[0, 24], Gen.Const("a b+c*d~e/f=g&h%i"), Gen.Const("杭州 ✓"));
        var parameters = Gen.Dictionary(text.Select(k => "P" + k), value)[0, 8];

        Gen.Select(parameters, Gen.OneOf(Gen.Const("GET"), Gen.Const("POST"))).Sample((business, method) =>
        {
            var signed = TestSigner.SignV1(method, "DescribeRegions", business, "k", "secret", DateTimeOffset.UnixEpoch);
            var verifier = new SignatureV1Verifier();
            var request = Requests.Http(method, signed);
            Assert.True(verifier.Verify(request, verifier.Parse(request), "secret").Matches);

            signed["RegionId"] = signed.GetValueOrDefault("RegionId", "") + "x";
            var tampered = Requests.Http(method, signed);
            Assert.False(verifier.Verify(tampered, verifier.Parse(tampered), "secret").Matches);
        }, iter: 200);
    }
}
