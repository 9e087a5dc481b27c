using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.Vpc.Emulator.Tests.Unit;

public sealed class RequestAuthenticatorTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly RequestAuthenticator _authenticator;

    public RequestAuthenticatorTests()
    {
        var credentials = new CredentialStore([new EmulatorCredential("sts-key", "sts-secret", "1000000000000009", "token-1")]);
        _authenticator = new RequestAuthenticator(credentials, new NonceCache(_clock), _clock);
    }

    private static Dictionary<string, string> Business => new() { ["RegionId"] = "cn-hangzhou" };

    [Fact]
    public void Authenticate_DevKeyV1_ReturnsDevAccount()
    {
        var request = V1(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow());

        var caller = _authenticator.Authenticate(request);

        Assert.Equal("1000000000000001", caller.AccountId);
    }

    [Fact]
    public void Authenticate_PeerKeyV3_ReturnsPeerAccount()
    {
        var request = V3(CredentialStore.Peer.AccessKeyId, CredentialStore.Peer.AccessKeySecret, _clock.GetUtcNow());

        Assert.Equal("1000000000000002", _authenticator.Authenticate(request).AccountId);
    }

    [Fact]
    public void Authenticate_UnknownKey_IsInvalidAccessKeyIdNotFound404()
    {
        var error = Assert.Throws<ApiException>(() => _authenticator.Authenticate(V1("nobody", "x", _clock.GetUtcNow())));

        Assert.Equal(("InvalidAccessKeyId.NotFound", 404), (error.Code, error.HttpStatus));
    }

    [Fact]
    public void Authenticate_WrongSecret_IsSignatureDoesNotMatchWithServerStringToSign()
    {
        var error = Assert.Throws<ApiException>(() => _authenticator.Authenticate(V1(CredentialStore.Dev.AccessKeyId, "wrong", _clock.GetUtcNow())));

        Assert.Equal("SignatureDoesNotMatch", error.Code);
        Assert.Contains("server string to sign is:POST&%2F&", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-16)]
    [InlineData(16)]
    public void Authenticate_TimestampOutsideFifteenMinutes_IsExpired(int minutes)
    {
        var request = V3(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow().AddMinutes(minutes));

        Assert.Equal("InvalidTimeStamp.Expired", Assert.Throws<ApiException>(() => _authenticator.Authenticate(request)).Code);
    }

    [Fact]
    public void Authenticate_TimestampWithinFifteenMinutes_IsAccepted()
    {
        var request = V1(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow().AddMinutes(-14));

        Assert.NotNull(_authenticator.Authenticate(request));
    }

    [Fact]
    public void Authenticate_ReusedNonce_IsSignatureNonceUsedUntilFifteenMinutesPass()
    {
        _authenticator.Authenticate(V1(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow(), "nonce-1"));

        var error = Assert.Throws<ApiException>(() => _authenticator.Authenticate(V1(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow(), "nonce-1")));
        _clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var later = _authenticator.Authenticate(V1(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow(), "nonce-1"));

        Assert.Equal("SignatureNonceUsed", error.Code);
        Assert.NotNull(later);
    }

    [Fact]
    public void Authenticate_SameNonceOtherKey_IsAccepted()
    {
        _authenticator.Authenticate(V1(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow(), "shared"));

        Assert.NotNull(_authenticator.Authenticate(V1(CredentialStore.Peer.AccessKeyId, CredentialStore.Peer.AccessKeySecret, _clock.GetUtcNow(), "shared")));
    }

    [Fact]
    public void Authenticate_BadSignatureWithFreshNonce_DoesNotBurnTheNonce()
    {
        Assert.Throws<ApiException>(() => _authenticator.Authenticate(V1(CredentialStore.Dev.AccessKeyId, "wrong", _clock.GetUtcNow(), "n")));

        Assert.NotNull(_authenticator.Authenticate(V1(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow(), "n")));
    }

    [Fact]
    public void Authenticate_MissingTimestamp_IsIllegalTimestamp()
    {
        var parameters = TestSigner.SignV1("POST", "DescribeRegions", Business, CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow());
        parameters.Remove("Timestamp");
        parameters["Signature"] = TestSigner.V1Signature("POST", parameters, CredentialStore.Dev.AccessKeySecret);

        Assert.Equal("IllegalTimestamp", Assert.Throws<ApiException>(() => _authenticator.Authenticate(Requests.Http("POST", parameters))).Code);
    }

    [Fact]
    public void Authenticate_StsKeyWithoutItsToken_IsRefused()
    {
        Assert.Equal("InvalidSecurityToken.MismatchWithAccessKey", Assert.Throws<ApiException>(() => _authenticator.Authenticate(V3("sts-key", "sts-secret", _clock.GetUtcNow()))).Code);
    }

    [Fact]
    public void Authenticate_StsKeyWithItsSignedToken_IsAccepted()
    {
        var request = V3("sts-key", "sts-secret", _clock.GetUtcNow(), securityToken: "token-1");

        Assert.Equal("1000000000000009", _authenticator.Authenticate(request).AccountId);
    }

    [Fact]
    public void Authenticate_V3WrongSecret_IsSignatureDoesNotMatchWithServerStringToSign()
    {
        var error = Assert.Throws<ApiException>(() => _authenticator.Authenticate(V3(CredentialStore.Dev.AccessKeyId, "wrong", _clock.GetUtcNow())));

        Assert.Equal(("SignatureDoesNotMatch", 400), (error.Code, error.HttpStatus));
        Assert.Contains("server string to sign is:ACS3-HMAC-SHA256\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Authenticate_V3QueryChangedAfterSigning_IsSignatureDoesNotMatch()
    {
        var request = V3(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow());
        var tampered = Requests.Http("POST", [new("RegionId", "cn-shanghai")], request.Headers);

        Assert.Equal("SignatureDoesNotMatch", Assert.Throws<ApiException>(() => _authenticator.Authenticate(tampered)).Code);
    }

    [Fact]
    public void Authenticate_V3SignedHeaderChangedAfterSigning_IsSignatureDoesNotMatch()
    {
        var request = V3(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow());
        var headers = new Dictionary<string, string>(request.Headers) { ["x-acs-action"] = "DeleteRouterInterface" };

        Assert.Equal("SignatureDoesNotMatch", Assert.Throws<ApiException>(() => _authenticator.Authenticate(Requests.Http("POST", Business, headers))).Code);
    }

    [Fact]
    public void Authenticate_V3SignatureInUpperCaseHex_IsSignatureDoesNotMatch()
    {
        var request = V3(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow());
        var authorization = request.Headers["authorization"];
        var at = authorization.IndexOf("Signature=", StringComparison.Ordinal) + "Signature=".Length;
        var headers = new Dictionary<string, string>(request.Headers) { ["authorization"] = authorization[..at] + authorization[at..].ToUpperInvariant() };

        Assert.Equal("SignatureDoesNotMatch", Assert.Throws<ApiException>(() => _authenticator.Authenticate(Requests.Http("POST", Business, headers))).Code);
    }

    [Theory]
    [InlineData("x-acs-credentials-provider", "static_ak")]
    [InlineData("content-type", "application/x-www-form-urlencoded")]
    public void Authenticate_V3HeaderTheSdkSignsLeftUnsigned_IsIncompleteSignature(string name, string value)
    {
        var request = V3(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow());
        var headers = new Dictionary<string, string>(request.Headers) { [name] = value };

        var error = Assert.Throws<ApiException>(() => _authenticator.Authenticate(Requests.Http("POST", Business, headers)));

        Assert.Equal("IncompleteSignature", error.Code);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Authenticate_V3SignedHeadersOutOfOrder_IsIncompleteSignature()
    {
        var request = V3(CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow());
        var authorization = request.Headers["authorization"].Replace("host;x-acs-action;", "x-acs-action;host;", StringComparison.Ordinal);
        var headers = new Dictionary<string, string>(request.Headers) { ["authorization"] = authorization };

        Assert.Equal("IncompleteSignature", Assert.Throws<ApiException>(() => _authenticator.Authenticate(Requests.Http("POST", Business, headers))).Code);
    }

    [Theory]
    [InlineData("2026-03-01T08:00:00.000Z")]
    [InlineData("2026-03-01T08:00Z")]
    [InlineData("2026-03-01 08:00:00Z")]
    public void Authenticate_TimestampNotToTheSecond_IsIllegalTimestamp(string timestamp)
    {
        var parameters = TestSigner.SignV1("POST", "DescribeRegions", Business, CredentialStore.Dev.AccessKeyId, CredentialStore.Dev.AccessKeySecret, _clock.GetUtcNow());
        parameters["Timestamp"] = timestamp;
        parameters["Signature"] = TestSigner.V1Signature("POST", parameters, CredentialStore.Dev.AccessKeySecret);

        Assert.Equal("IllegalTimestamp", Assert.Throws<ApiException>(() => _authenticator.Authenticate(Requests.Http("POST", parameters))).Code);
    }

    private static ApiHttpRequest V1(string key, string secret, DateTimeOffset time, string? nonce = null) =>
        Requests.Http("POST", TestSigner.SignV1("POST", "DescribeRegions", Business, key, secret, time, nonce));

    private static ApiHttpRequest V3(string key, string secret, DateTimeOffset time, string? securityToken = null)
    {
        using var message = TestSigner.V3Request(new Uri("http://127.0.0.1:1/"), "DescribeRegions", Business, key, secret, time, securityToken: securityToken);
        var headers = message.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(',', h.Value));
        headers["host"] = "127.0.0.1:1";
        return Requests.Http("POST", Business, headers);
    }
}
