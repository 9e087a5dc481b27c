using System.Text.Json;
using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.Vpc.Emulator.Tests.Support;

/// <summary>Real signed HTTP calls to a running emulator process, through <see cref="TestSigner"/>.</summary>
internal sealed class SignedApiClient(Uri baseUri) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public Uri BaseUri { get; } = baseUri;

    public HttpClient Http => _http;

    public Task<ApiAnswer> V1Async(string action, Dictionary<string, string> parameters, EmulatorCredential? credential = null, HttpMethod? method = null, DateTimeOffset? time = null, string? nonce = null)
    {
        var key = credential ?? EmulatorCredentials.Dev;
        var request = TestSigner.V1Request(BaseUri, method ?? HttpMethod.Get, action, parameters, key.AccessKeyId, key.AccessKeySecret, time ?? DateTimeOffset.UtcNow, nonce);
        return SendAsync(request);
    }

    public Task<ApiAnswer> V3Async(string action, Dictionary<string, string> parameters, EmulatorCredential? credential = null)
    {
        var key = credential ?? EmulatorCredentials.Dev;
        return SendAsync(TestSigner.V3Request(BaseUri, action, parameters, key.AccessKeyId, key.AccessKeySecret, DateTimeOffset.UtcNow));
    }

    /// <summary>Sends a V1 call and insists on success; returns the JSON body.</summary>
    public async Task<JsonElement> OkAsync(string action, Dictionary<string, string> parameters, EmulatorCredential? credential = null)
    {
        var answer = await V1Async(action, parameters, credential);
        Assert.True(answer.Status == 200, $"{action} answered {answer.Status}: {answer.Text}");
        return answer.Json;
    }

    public async Task<ApiAnswer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return new ApiAnswer((int)response.StatusCode, text);
        }
    }

    public void Dispose() => _http.Dispose();
}

internal sealed record ApiAnswer(int Status, string Text)
{
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Text);
            return document.RootElement.Clone();
        }
    }

    public string? Code => Json.TryGetProperty("Code", out var code) ? code.GetString() : null;

    /// <summary>Asserts the Alibaba error envelope with all five members.</summary>
    public void AssertEnvelope(int status, string code)
    {
        Assert.True(Status == status && Code == code, $"expected {status} {code}, got {Status}: {Text}");
        foreach (var member in new[] { "RequestId", "HostId", "Code", "Message", "Recommend" })
        {
            Assert.False(string.IsNullOrEmpty(Json.GetProperty(member).GetString()), member);
        }
    }
}
