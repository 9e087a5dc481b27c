using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Alicloud.Vpc.Client.Tests.Support;

/// <summary>An HttpMessageHandler that answers from a script and records what it was sent.</summary>
internal sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> _respond;
    private readonly List<RecordedRequest> _requests = [];

    public StubHttpHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond)
    {
        _respond = respond;
    }

    public StubHttpHandler(Func<RecordedRequest, HttpResponseMessage> respond)
        : this((request, _) => Task.FromResult(respond(request)))
    {
    }

    /// <summary>Answers the scripted responses in order, the last one repeating.</summary>
    public static StubHttpHandler Sequence(params Func<HttpResponseMessage>[] responses)
    {
        var index = 0;
        return new StubHttpHandler(_ => responses[Math.Min(Interlocked.Increment(ref index) - 1, responses.Length - 1)]());
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Ok(string json = """{"RequestId":"OK-1"}""") => Json(HttpStatusCode.OK, json);

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string requestId = "REQ-ERR") =>
        Json(status, $$"""{"RequestId":"{{requestId}}","HostId":"vpc.aliyuncs.com","Code":"{{code}}","Message":"message of {{code}}","Recommend":"https://api.aliyun.com/troubleshoot?q={{code}}"}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            QueryHelpers.ParseQuery(request.RequestUri!.Query).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal),
            request.Headers.NonValidated.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal));
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        return await _respond(recorded, cancellationToken);
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers)
{
    public string Action => Query.TryGetValue("Action", out var action) ? action : Headers.GetValueOrDefault("x-acs-action", "");

    public string? Param(string name) => Query.TryGetValue(name, out var value) ? value : null;
}
