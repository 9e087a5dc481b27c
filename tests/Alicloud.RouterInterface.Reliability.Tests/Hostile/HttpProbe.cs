namespace Alicloud.RouterInterface.Reliability.Tests.Hostile;

/// <summary>One hostile HTTP request to the emulator: method, path and query, headers, body.</summary>
internal sealed record HttpProbe(string Method, string PathAndQuery, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body, string? ContentType)
{
    public HttpRequestMessage ToRequest(Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        // concatenated, not resolved: "//x" must stay a path, not become a host
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseUri.GetLeftPart(UriPartial.Authority) + PathAndQuery));
        if (Body.Length > 0 || ContentType is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public override string ToString() =>
        $"{Method} {(PathAndQuery.Length <= 200 ? PathAndQuery : PathAndQuery[..200] + "…")} [{string.Join("; ", Headers.Select(h => $"{h.Name}: {(h.Value.Length <= 60 ? h.Value : h.Value[..60] + "…")}"))}] body {Body.Length} bytes {ContentType}";
}
