using System.Net;
using System.Text;
using System.Text.Json;
using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;
using CsCheck;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.Reliability.Tests.Hostile;

/// <summary>
/// The emulator's HTTP surface under hostile requests: random methods, paths, query parameters, headers and bodies,
/// unsigned and properly signed (so the actions themselves see random parameters), and malformed admin bodies.
/// Every answer must be the documented error envelope with a 4xx status (5xx would be an emulator failure: no
/// faults are set), or a JSON success; never a stack trace; and the process stays up.
/// </summary>
public sealed class EmulatorHttpFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] s_actions =
    [
        "DescribeRegions", "CreateVpc", "DescribeVpcs", "DeleteVpc", "CreateRouterInterface", "DescribeRouterInterfaces",
        "DescribeRouterInterfaceAttribute", "ModifyRouterInterfaceAttribute", "ModifyRouterInterfaceSpec", "ConnectRouterInterface",
        "ActivateRouterInterface", "DeactivateRouterInterface", "DeleteRouterInterface", "DeleteExpressConnect", "CreateRouteEntry",
        "DeleteRouteEntry", "DescribeRouteEntryList", "DescribeRouteTableList", "NoSuchAction", "",
    ];

    private static readonly string[] s_parameterNames =
    [
        "RegionId", "VpcId", "RouterId", "RouterType", "Role", "Spec", "OppositeRegionId", "RouterInterfaceId", "InstanceId", "Force",
        "ClientToken", "PageNumber", "PageSize", "MaxResult", "NextToken", "RouteTableId", "DestinationCidrBlock", "NextHopId",
        "NextHopType", "Filter.1.Key", "Filter.1.Value.1", "Filter.6.Key", "NextHopList.17.NextHopId", "InstanceChargeType", "Period",
        "PricingCycle", "AutoPay", "CidrBlock", "Name", "Description", "HealthCheckSourceIp", "DryRun", "Action", "Version", "x",
    ];

    private static readonly Gen<string> s_values = Gen.Frequency(
        (4, Gen.String[0, 40]),
        (2, Gen.OneOfConst(
            "", "cn-hangzhou", "no-such-region", "true", "TRUE", "maybe", "-1", "0", "51", "2147483648", "1e9", "NaN", "ri-", "vrt-x",
            "10.0.0.0/33", "300.1.1.1/24", "::/0", "100.64.0.0/10", "InitiatingSide", "Negative", "PrePaid", "Year", "%", "%zz",
            new string('T', 65), "客户端令牌", "\u0000", "a&b=c", "../../")),
        (1, Gen.Int[1_000, 20_000].Select(n => new string('v', n))));

    private static readonly Gen<Dictionary<string, string>> s_parameters =
        Gen.Select(Gen.Frequency((4, Gen.OneOfConst(s_parameterNames)), (1, Gen.String[1, 30])), s_values).Array[0, 8]
            .Select(pairs => pairs.GroupBy(p => p.Item1, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal));

    private static readonly Gen<(string Name, string Value)> s_headers = Gen.Select(
        Gen.OneOfConst("Authorization", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256", "x-acs-security-token", "Content-Type", "Accept", "X-Forwarded-For", "x-custom"),
        Gen.Frequency(
            (3, Gen.String[0, 60].Select(s => new string(s.Where(c => c >= ' ' && c < 127).ToArray()))),
            (2, Gen.OneOfConst(
                "ACS3-HMAC-SHA256 Credential=emulator-dev,SignedHeaders=host;x-acs-action,Signature=00",
                "ACS3-HMAC-SHA256 Credential=,SignedHeaders=,Signature=",
                "ACS3-HMAC-SHA256", "Bearer x", "DescribeRegions", "2016-04-28", "2026-01-01T00:00:00Z", "yesterday",
                "application/x-www-form-urlencoded", "application/json", "multipart/form-data; boundary=x", "text/plain; charset=utf-16"))));

    private static readonly Gen<byte[]> s_bodies = Gen.Frequency(
        (4, Gen.Const(Array.Empty<byte>())),
        (2, Gen.Byte.Array[1, 2_000]),
        (2, s_parameters.Select(p => Encoding.UTF8.GetBytes(string.Join('&', p.Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value)))))),
        (1, Gen.OneOfConst("{", "{\"a\":", "[1,2", "null", "%%%", "Action=DescribeRegions&Action=DescribeRegions").Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Int[1_048_577, 1_300_000].Select(n => new byte[n])));

    private static readonly Gen<HttpProbe> s_unsigned = Gen.Select(
            Gen.OneOfConst("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND"),
            Gen.Frequency((6, Gen.Const("/")), (1, Gen.OneOfConst("/x", "//", "/%2e%2e/", "/?", "/index.html", "/" + new string('p', 5_000)))),
            s_parameters,
            s_headers.Array[0, 5],
            s_bodies,
            Gen.OneOfConst<string?>(null, "application/x-www-form-urlencoded", "application/json", "application/octet-stream"))
        .Select((method, path, query, headers, body, contentType) => new HttpProbe(method, path + Query(query), headers, body, contentType));

    private static readonly Gen<string> s_adminPaths = Gen.OneOfConst(
        "/_emulator/faults", "/_emulator/seed", "/_emulator/transitions", "/_emulator/limits", "/_emulator/nothing", "/_emulator/");

    private readonly HttpClient _http = new() { Timeout = TestBounds.Call };
    private Cloud? _cloud;
    private int _requests;
    private int _protocolRefusals;

    private EmulatorProcess Emulator => _cloud!.Emulator;

    public async Task InitializeAsync()
    {
        using var deadline = TestBounds.Start(TestBounds.Condition);
        _cloud = await Cloud.StartAsync(seed: 9, stateFile: null, deadline.Token);
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
    public async Task OpenApi_UnsignedHostileRequests_AnswerTheErrorEnvelopeWith4xx()
    {
        await Check.SampleAsync(s_unsigned, probe => ExpectEnvelopeAsync(probe, allowSuccess: false), iter: 600, threads: 2, print: p => p.ToString());

        await ExpectStillUpAsync();
        output.WriteLine($"HOSTILE SUMMARY (emulator, unsigned HTTP): {_requests} requests ({_protocolRefusals} refused by Kestrel as too long), 0 stack traces, 0 5xx, process up");
    }

    [Fact]
    public async Task OpenApi_SignedRequestsWithRandomParameters_AnswerSuccessOrTheEnvelopeNever5xx()
    {
        var signed = Gen.Select(Gen.OneOfConst(s_actions), s_parameters, Gen.Bool).Select((action, parameters, withRegion) =>
        {
            if (withRegion)
            {
                parameters.TryAdd("RegionId", Cloud.Region);
            }

            parameters.Remove("Action");
            parameters.Remove("Version");
            return (action, parameters);
        });

        await Check.SampleAsync(
            signed,
            async (action, parameters) =>
            {
                var request = SignedRequests.Create(Emulator.BaseUri, action, parameters, EmulatorCredentials.Dev.AccessKeyId, EmulatorCredentials.Dev.AccessKeySecret, DateTimeOffset.UtcNow, Guid.NewGuid().ToString("N"));
                await ExpectEnvelopeAsync(request, $"{action} {string.Join("&", parameters.Select(p => $"{p.Key}={(p.Value.Length <= 40 ? p.Value : p.Value[..40] + "…")}"))}", allowSuccess: true);
            },
            iter: 600,
            threads: 2);

        await ExpectStillUpAsync();
        output.WriteLine($"HOSTILE SUMMARY (emulator, signed random parameters): {_requests} requests ({_protocolRefusals} refused by Kestrel as too long), 0 stack traces, 0 5xx, process up");
    }

    [Fact]
    public async Task Admin_MalformedBodies_AnswerTheErrorEnvelopeNever5xx()
    {
        var probes = Gen.Select(Gen.OneOfConst("POST", "PUT"), s_adminPaths, s_bodies, Gen.OneOfConst<string?>("application/json", null, "text/plain"))
            .Select((method, path, body, contentType) => new HttpProbe(method, path, [], body.Length > 100_000 ? body[..100_000] : body, contentType));

        await Check.SampleAsync(probes, probe => ExpectEnvelopeAsync(probe, allowSuccess: true), iter: 300, threads: 2, print: p => p.ToString());

        await ExpectStillUpAsync();
        output.WriteLine($"HOSTILE SUMMARY (emulator admin API, malformed bodies): {_requests} requests, 0 stack traces, 0 5xx, process up");
    }

    [Theory]
    [InlineData("GET", "/favicon.ico")]
    [InlineData("GET", "/index.html")]
    [InlineData("POST", "/a/b.json")]
    [InlineData("GET", "/_emulator/state.json")]
    [InlineData("DELETE", "/")]
    public async Task AnyOtherPathOrMethod_AnswersInvalidActionNotFoundInTheEnvelope(string method, string path)
    {
        await ExpectEnvelopeAsync(new HttpProbe(method, path, [], [], null), allowSuccess: false);
    }

    private static string Query(Dictionary<string, string> parameters) =>
        parameters.Count == 0 ? "" : "?" + string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));

    private Task ExpectEnvelopeAsync(HttpProbe probe, bool allowSuccess) => ExpectEnvelopeAsync(probe.ToRequest(Emulator.BaseUri), probe.ToString(), allowSuccess);

    /// <summary>
    /// A 4xx in the envelope, or (when allowed) a 2xx body; never 5xx, never a stack trace. Kestrel's own bare 414/431
    /// for a request line or headers beyond its limits are counted apart (they never reach the emulator's code).
    /// </summary>
    private async Task ExpectEnvelopeAsync(HttpRequestMessage request, string described, bool allowSuccess)
    {
        Interlocked.Increment(ref _requests);
        using var deadline = TestBounds.Start(TestBounds.Call);
        using (request)
        {
            using var response = await _http.SendAsync(request, deadline.Token);
            var body = await response.Content.ReadAsStringAsync(deadline.Token);
            var status = (int)response.StatusCode;
            if (status >= 500 || body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal))
            {
                throw new HostileInputException($"{described} → HTTP {status}: {ProtocolAnswers.Shorten(body)}");
            }

            if (request.Method == HttpMethod.Head || (allowSuccess && response.IsSuccessStatusCode))
            {
                return;
            }

            if (status is 414 or 431 && body.Length == 0)
            {
                // Kestrel refuses an over-long request line or header block before any application code runs
                Interlocked.Increment(ref _protocolRefusals);
                return;
            }

            if (status < 400 || !IsEnvelope(body))
            {
                throw new HostileInputException($"{described} → HTTP {status} without the error envelope: {ProtocolAnswers.Shorten(body)}");
            }
        }
    }

    private static bool IsEnvelope(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && new[] { "RequestId", "HostId", "Code", "Message", "Recommend" }.All(name => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task ExpectStillUpAsync()
    {
        using var deadline = TestBounds.Start(TestBounds.Call);
        Assert.False(Emulator.HasExited);
        Assert.True(await Emulator.Admin.IsHealthyAsync(deadline.Token));
    }
}
