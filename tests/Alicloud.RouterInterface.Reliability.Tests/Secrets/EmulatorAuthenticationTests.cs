using System.Net;
using System.Text.Json;
using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Reliability.Tests.Secrets;

/// <summary>
/// The emulator authenticates like the cloud, through raw signed HTTP: wrong signatures, expired or future
/// timestamps, replayed nonces, unknown keys and wrong STS tokens are refused in the error envelope; a good request
/// passes; the request log keeps neither signatures nor tokens.
/// </summary>
public sealed class EmulatorAuthenticationTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> s_regions = new() { ["RegionId"] = Cloud.Region };
    private readonly HttpClient _http = new() { Timeout = TestBounds.Call };
    private Cloud? _cloud;

    private Uri BaseUri => _cloud!.Emulator.BaseUri;

    public async Task InitializeAsync()
    {
        using var deadline = TestBounds.Start(TestBounds.Condition);
        _cloud = await Cloud.StartAsync(seed: 3, stateFile: null, deadline.Token);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_cloud is not null)
        {
            await _cloud.DisposeAsync();
        }
    }

    [Fact]
    public async Task SignedRequest_WithTheRightSecret_Succeeds()
    {
        var (status, _) = await SendAsync(Request(LeakCheckKeys.Plugin, LeakCheckKeys.Plugin.AccessKeySecret, DateTimeOffset.UtcNow, Nonce()));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task SignedRequest_WithAWrongSecret_IsRefusedAsSignatureDoesNotMatch()
    {
        var (status, code) = await SendAsync(Request(LeakCheckKeys.Plugin, LeakCheckKeys.SecretMarker + "NOT-THE-SECRET", DateTimeOffset.UtcNow, Nonce()));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("SignatureDoesNotMatch", code);
    }

    [Fact]
    public async Task SignedRequest_WithoutASignature_IsRefused()
    {
        var (status, code) = await SendAsync(Request(LeakCheckKeys.Plugin, secret: null, DateTimeOffset.UtcNow, Nonce()));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(code);
    }

    [Theory]
    [InlineData(-20)]
    [InlineData(20)]
    [InlineData(-24 * 60)]
    public async Task SignedRequest_WithATimestampOutsideFifteenMinutes_IsRefusedAsExpired(int minutes)
    {
        var (status, code) = await SendAsync(Request(LeakCheckKeys.Plugin, LeakCheckKeys.Plugin.AccessKeySecret, DateTimeOffset.UtcNow.AddMinutes(minutes), Nonce()));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidTimeStamp.Expired", code);
    }

    [Fact]
    public async Task SignedRequest_ReplayedWithTheSameNonce_IsRefusedTheSecondTime()
    {
        var timestamp = DateTimeOffset.UtcNow;
        var nonce = Nonce();

        var first = await SendAsync(Request(LeakCheckKeys.Plugin, LeakCheckKeys.Plugin.AccessKeySecret, timestamp, nonce));
        var replay = await SendAsync(Request(LeakCheckKeys.Plugin, LeakCheckKeys.Plugin.AccessKeySecret, timestamp, nonce));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, replay.Status);
        Assert.Equal("SignatureNonceUsed", replay.Code);
    }

    [Fact]
    public async Task SignedRequest_WithAnUnknownAccessKey_IsRefused()
    {
        var stranger = new CloudKey(LeakCheckKeys.AccessKeyIdMarker + "UNKNOWN", LeakCheckKeys.SecretMarker + "UNKNOWN", "1000000000000009");

        var (status, code) = await SendAsync(Request(stranger, stranger.AccessKeySecret, DateTimeOffset.UtcNow, Nonce()));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("InvalidAccessKeyId.NotFound", code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(LeakCheckKeys.TokenMarker + "SOMEONE-ELSES")]
    public async Task StsKey_WithoutItsToken_IsRefused(string? token)
    {
        var key = LeakCheckKeys.Sts;

        var (status, code) = await SendAsync(Request(key, key.AccessKeySecret, DateTimeOffset.UtcNow, Nonce(), token));
        var (goodStatus, _) = await SendAsync(Request(key, key.AccessKeySecret, DateTimeOffset.UtcNow, Nonce(), key.SecurityToken));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidSecurityToken.MismatchWithAccessKey", code);
        Assert.Equal(HttpStatusCode.OK, goodStatus);
    }

    [Fact]
    public async Task RequestLog_AfterSignedCalls_HoldsNoSignatureNoTokenNoSecret()
    {
        using var deadline = TestBounds.Start(TestBounds.Condition);
        var key = LeakCheckKeys.Sts;
        await SendAsync(Request(key, key.AccessKeySecret, DateTimeOffset.UtcNow, Nonce(), key.SecurityToken));

        var log = await _cloud!.AdminTextAsync("requests", deadline.Token);

        Assert.Contains(key.AccessKeyId, log, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Signature\"", log, StringComparison.Ordinal);
        Assert.DoesNotContain(key.SecurityToken!, log, StringComparison.Ordinal);
        Assert.DoesNotContain(LeakCheckKeys.SecretMarker, log, StringComparison.Ordinal);
    }

    private static string Nonce() => Guid.NewGuid().ToString("N");

    private HttpRequestMessage Request(CloudKey key, string? secret, DateTimeOffset timestamp, string nonce, string? token = null) =>
        SignedRequests.Create(BaseUri, "DescribeRegions", s_regions, key.AccessKeyId, secret, timestamp, nonce, token);

    /// <summary>Sends, and reads the error envelope's Code (null on success); a refusal must come as the envelope.</summary>
    private async Task<(HttpStatusCode Status, string? Code)> SendAsync(HttpRequestMessage request)
    {
        using var deadline = TestBounds.Start(TestBounds.Call);
        using (request)
        {
            using var response = await _http.SendAsync(request, deadline.Token);
            var body = await response.Content.ReadAsStringAsync(deadline.Token);
            using var document = JsonDocument.Parse(body);
            if (response.IsSuccessStatusCode)
            {
                return (response.StatusCode, null);
            }

            Assert.True(document.RootElement.TryGetProperty("RequestId", out _), body);
            Assert.DoesNotContain(LeakCheckKeys.SecretMarker, body, StringComparison.Ordinal);
            return (response.StatusCode, document.RootElement.GetProperty("Code").GetString());
        }
    }
}
