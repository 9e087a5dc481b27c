using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.Vpc.Client.Transport;

/// <summary>Reads an HTTP answer into an <see cref="RpcResponse"/>, parsing the error envelope of 4xx/5xx answers.</summary>
internal static class RpcResponseReader
{
    public const string RetryAfterHeader = "x-acs-retry-after";
    private const int MaxMessageLength = 2_000;

    public static async Task<RpcResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var error = status is >= 200 and < 300 ? null : ParseError(status, body);
        return new RpcResponse(status, body, error, ReadRetryAfter(response.Headers));
    }

    /// <summary>The envelope; when the body is not one, an <see cref="AlibabaErrorCodes.UnexpectedResponse"/> error.</summary>
    public static RpcError ParseError(int status, ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && JsonFields.String(root, "Code") is { Length: > 0 } code)
            {
                return new RpcError(
                    code,
                    JsonFields.String(root, "Message") ?? "",
                    JsonFields.StringOrNull(root, "RequestId"),
                    JsonFields.StringOrNull(root, "HostId"),
                    JsonFields.StringOrNull(root, "Recommend"));
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, a truncated body): reported below without the body's content.
        }

        return new RpcError(
            AlibabaErrorCodes.UnexpectedResponse,
            string.Create(CultureInfo.InvariantCulture, $"HTTP {status} without an Alibaba error envelope ({Math.Min(body.Length, MaxMessageLength)} bytes)."),
            null,
            null,
            null);
    }

    private static TimeSpan? ReadRetryAfter(HttpResponseHeaders headers)
    {
        // Milliseconds, as the official SDKs read it; non-positive or malformed values are ignored.
        if (headers.TryGetValues(RetryAfterHeader, out var values)
            && long.TryParse(values.FirstOrDefault()?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds > 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return null;
    }
}
