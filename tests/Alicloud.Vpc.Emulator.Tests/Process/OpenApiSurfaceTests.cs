using System.Net.Http.Headers;
using System.Text;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Emulator.Tests.Support;

namespace Alicloud.Vpc.Emulator.Tests.Process;

/// <summary>Real signed HTTP against the built binary: signatures, the envelope for bad input, the protocol's two styles.</summary>
public sealed class OpenApiSurfaceTests : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private readonly EmulatorFixture _fixture;
    private readonly SignedApiClient _api;

    public OpenApiSurfaceTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _api = new SignedApiClient(fixture.Process.BaseUri);
    }

    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    public Task InitializeAsync() => _fixture.Process.Admin.ResetAsync(Timeout);

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Start_PortLine_GivesALoopbackPortThatServesHealth()
    {
        Assert.InRange(_fixture.Process.Port, 1, 65535);
        Assert.Equal($"127.0.0.1:{_fixture.Process.Port}", _fixture.Process.Endpoint);
        Assert.True(await _fixture.Process.Admin.IsHealthyAsync(Timeout));
    }

    [Fact]
    public async Task V1Get_DescribeRegions_ListsRegions()
    {
        var result = await _api.OkAsync("DescribeRegions", []);

        var ids = result.GetProperty("Regions").GetProperty("Region").EnumerateArray().Select(r => r.GetProperty("RegionId").GetString()).ToList();
        Assert.Contains("cn-hangzhou", ids);
        Assert.Contains("eu-central-1", ids);
    }

    [Fact]
    public async Task V1PostForm_CreateVpc_ReturnsIds()
    {
        var answer = await _api.V1Async("CreateVpc", new() { ["RegionId"] = "cn-hangzhou", ["VpcName"] = "form-body vpc" }, method: HttpMethod.Post);

        answer.AssertEnvelope(400, "InvalidVpcName.Malformed");
        var ok = await _api.V1Async("CreateVpc", new() { ["RegionId"] = "cn-hangzhou", ["VpcName"] = "form-body.vpc" }, method: HttpMethod.Post);
        Assert.Equal(200, ok.Status);
        Assert.StartsWith("vpc-", ok.Json.GetProperty("VpcId").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("vrt-", ok.Json.GetProperty("VRouterId").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("vtb-", ok.Json.GetProperty("RouteTableId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task V3_DescribeRouterInterfaces_AnswersWithTheSetShape()
    {
        var answer = await _api.V3Async("DescribeRouterInterfaces", new() { ["RegionId"] = "cn-hangzhou", ["Filter.1.Key"] = "RouterInterfaceId", ["Filter.1.Value.1"] = "ri-1", ["PageSize"] = "50" });

        Assert.Equal(200, answer.Status);
        Assert.Equal(0, answer.Json.GetProperty("RouterInterfaceSet").GetProperty("RouterInterfaceType").GetArrayLength());
        Assert.Equal(50, answer.Json.GetProperty("PageSize").GetInt32());
    }

    [Fact]
    public async Task V1_WrongSecret_IsSignatureDoesNotMatchEnvelope()
    {
        var answer = await _api.V1Async("DescribeRegions", [], new EmulatorCredential("emulator-dev", "wrong", "1"));

        answer.AssertEnvelope(400, "SignatureDoesNotMatch");
        Assert.Contains("server string to sign is:GET&%2F&", answer.Json.GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task V3_WrongSecret_IsSignatureDoesNotMatch()
    {
        (await _api.V3Async("DescribeRegions", [], new EmulatorCredential("emulator-peer", "wrong", "1"))).AssertEnvelope(400, "SignatureDoesNotMatch");
    }

    [Fact]
    public async Task V1_UnsignedActionHeader_DoesNotOverrideTheSignedAction()
    {
        var signed = TestSigner.SignV1("GET", "DescribeRegions", new Dictionary<string, string>(), "emulator-dev", "emulator-dev-secret", DateTimeOffset.UtcNow);
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_api.BaseUri, "/?" + TestSigner.Query(signed)));
        request.Headers.TryAddWithoutValidation("x-acs-action", "CreateVpc");

        var answer = await _api.SendAsync(request);

        Assert.Equal(200, answer.Status);
        Assert.True(answer.Json.TryGetProperty("Regions", out _));
    }

    [Fact]
    public async Task V1_UnknownAccessKey_IsInvalidAccessKeyIdNotFound404()
    {
        (await _api.V1Async("DescribeRegions", [], new EmulatorCredential("nobody", "x", "1"))).AssertEnvelope(404, "InvalidAccessKeyId.NotFound");
    }

    [Fact]
    public async Task V1_ReusedNonce_IsSignatureNonceUsed()
    {
        var nonce = Guid.NewGuid().ToString();
        var first = await _api.V1Async("DescribeRegions", [], nonce: nonce);

        var second = await _api.V1Async("DescribeRegions", [], nonce: nonce);

        Assert.Equal(200, first.Status);
        second.AssertEnvelope(400, "SignatureNonceUsed");
    }

    [Fact]
    public async Task V1_TimestampTwentyMinutesOld_IsExpired()
    {
        (await _api.V1Async("DescribeRegions", [], time: DateTimeOffset.UtcNow.AddMinutes(-20))).AssertEnvelope(400, "InvalidTimeStamp.Expired");
    }

    [Fact]
    public async Task V1_UnsignedRequest_IsMissingParameter()
    {
        (await _api.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(_api.BaseUri, "/?Action=DescribeRegions&Version=2016-04-28")))).AssertEnvelope(400, "MissingParameter");
    }

    [Fact]
    public async Task V1_UnknownAction_IsInvalidActionNotFound404()
    {
        (await _api.V1Async("DescribeEverything", [])).AssertEnvelope(404, "InvalidAction.NotFound");
    }

    [Fact]
    public async Task V1_UnknownRegion_IsInvalidRegionIdNotFound404()
    {
        (await _api.V1Async("DescribeVpcs", new() { ["RegionId"] = "mars-north-1" })).AssertEnvelope(404, "InvalidRegionId.NotFound");
    }

    public static TheoryData<string, string, string?, byte[]?, int, string> BadInputs => new()
    {
        { "GET", "/?Version=2016-04-28", null, null, 400, "MissingParameter" },
        { "GET", "/?Action=DescribeRegions", null, null, 400, "MissingParameter" },
        { "GET", "/?Action=DescribeRegions&Version=2014-05-26", null, null, 400, "InvalidVersion" },
        { "GET", "/?Action=DescribeRegions&Version=2016-04-28&RegionId=a&RegionId=b", null, null, 400, "InvalidParameter" },
        { "GET", "/?Action=DescribeRegions&Version=2016-04-28&Name=" + new string('x', 20_000), null, null, 400, "InvalidParameter" },
        { "GET", "/?Action=DescribeRegions&Version=2016-04-28&" + new string('k', 300) + "=1", null, null, 400, "InvalidParameter" },
        { "POST", "/?Version=2016-04-28", "application/x-www-form-urlencoded", [0xFF, 0xFE, 0x00, 0x25, 0x26, 0x3D, 0x3D, 0x25, 0x5A], 400, "MissingParameter" },
        { "POST", "/?Action=DescribeRegions&Version=2016-04-28", "application/json", "{\"not\": \"form\""u8.ToArray(), 400, "MissingParameter" },
        { "POST", "/?Action=DescribeRegions&Version=2016-04-28", "application/x-www-form-urlencoded", new byte[2 * 1024 * 1024], 400, "InvalidParameter" },
        { "PUT", "/?Action=DescribeRegions&Version=2016-04-28", null, null, 404, "InvalidAction.NotFound" },
        { "GET", "/some/other/path", null, null, 404, "InvalidAction.NotFound" },
        { "DELETE", "/_emulator/nothing", null, null, 404, "InvalidAction.NotFound" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task BadInput_AnyShape_IsTheDocumentedEnvelopeNeverA500(string method, string pathAndQuery, string? contentType, byte[]? body, int status, string code)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(_api.BaseUri, pathAndQuery));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
        }

        var answer = await _api.SendAsync(request);

        answer.AssertEnvelope(status, code);
        Assert.DoesNotContain("   at ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V3_GarbageAuthorization_IsIncompleteSignature()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_api.BaseUri, "/?RegionId=cn-hangzhou"));
        request.Headers.TryAddWithoutValidation("x-acs-action", "DescribeRegions");
        request.Headers.TryAddWithoutValidation("x-acs-version", "2016-04-28");
        request.Headers.TryAddWithoutValidation("Authorization", "ACS3-HMAC-SHA256 garbage,,==");

        (await _api.SendAsync(request)).AssertEnvelope(400, "IncompleteSignature");
    }

    [Fact]
    public async Task V1_GarbageFormValues_AreValidatedNotCrashed()
    {
        var answer = await _api.V1Async("CreateRouterInterface", new()
        {
            ["RegionId"] = "cn-hangzhou",
            ["Role"] = "InitiatingSide\u0000",
            ["RouterType"] = "VRouter",
            ["RouterId"] = "vrt-%%%",
            ["Spec"] = "Large.2",
            ["OppositeRegionId"] = "cn-shanghai",
        }, method: HttpMethod.Post);

        answer.AssertEnvelope(400, "InvalidParameter");
    }

    [Fact]
    public async Task Requests_Log_RecordsCallsWithoutSignature()
    {
        await _api.OkAsync("DescribeRegions", []);
        await _api.V1Async("DescribeVpcs", new() { ["RegionId"] = "mars-north-1" });

        var log = await _fixture.Process.Admin.GetRequestsAsync(null, Timeout);

        Assert.Equal(new[] { "DescribeRegions", "DescribeVpcs" }, log.Select(r => r.Action));
        Assert.Equal((null, 200), (log[0].Code, log[0].HttpStatus));
        Assert.Equal(("InvalidRegionId.NotFound", 404), (log[1].Code, log[1].HttpStatus));
        Assert.Equal("emulator-dev", log[0].AccessKeyId);
        Assert.False(log[0].Parameters.ContainsKey("Signature"));
        Assert.True(log[0].Parameters.ContainsKey("SignatureNonce"));
        Assert.Single(await _fixture.Process.Admin.GetRequestsAsync("DescribeVpcs", Timeout));
    }

    [Fact]
    public async Task RawBody_IsAlsoTheSignedForm()
    {
        var signed = TestSigner.SignV1("POST", "DescribeVpcs", new Dictionary<string, string> { ["RegionId"] = "cn-beijing" }, "emulator-dev", "emulator-dev-secret", DateTimeOffset.UtcNow);
        var request = new HttpRequestMessage(HttpMethod.Post, _api.BaseUri)
        {
            Content = new StringContent(TestSigner.Query(signed), Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        var answer = await _api.SendAsync(request);

        Assert.Equal(200, answer.Status);
        Assert.Equal(0, answer.Json.GetProperty("TotalCount").GetInt32());
    }
}
