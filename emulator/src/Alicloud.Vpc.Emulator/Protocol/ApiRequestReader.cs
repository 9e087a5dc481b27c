using System.Text;
using Microsoft.AspNetCore.Http;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>Reads query and x-www-form-urlencoded body into one parameter set, within <see cref="RequestLimits"/>.</summary>
internal static class ApiRequestReader
{
    public static async Task<ApiHttpRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await ReadBodyAsync(request, cancellationToken);

        var query = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in request.Query)
        {
            if (values.Count > 1)
            {
                throw ApiErrors.InvalidParameter(Shorten(name), "The parameter appears more than once.");
            }

            query.Add(new(name, values.ToString()));
        }

        var form = IsForm(request.ContentType) ? ParseForm(body) : [];
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in query.Concat(form))
        {
            if (name.Length == 0)
            {
                continue;
            }

            Check(name, value);
            if (!merged.TryAdd(name, value))
            {
                throw ApiErrors.InvalidParameter(name, "The parameter appears more than once.");
            }

            if (merged.Count > RequestLimits.MaxParameters)
            {
                throw ApiErrors.InvalidParameter("Parameters", $"A request carries at most {RequestLimits.MaxParameters} parameters.");
            }
        }

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Headers)
        {
            headers[name.ToLowerInvariant()] = string.Join(',', values.Where(v => v is not null));
        }

        return new ApiHttpRequest
        {
            Method = request.Method.ToUpperInvariant(),
            Headers = headers,
            QueryParameters = query,
            Parameters = merged,
            Body = body,
        };
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            throw BodyTooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > RequestLimits.MaxBodyBytes)
            {
                throw BodyTooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ApiException BodyTooLarge() =>
        ApiErrors.InvalidParameter("Body", $"The request body is larger than {RequestLimits.MaxBodyBytes} bytes.");

    private static bool IsForm(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static List<KeyValuePair<string, string>> ParseForm(byte[] body)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var text = Encoding.UTF8.GetString(body);
        foreach (var part in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? part : part[..separator];
            var value = separator < 0 ? "" : part[(separator + 1)..];
            pairs.Add(new(Decode(name), Decode(value)));
        }

        return pairs;
    }

    private static string Decode(string formValue) => Uri.UnescapeDataString(formValue.Replace('+', ' '));

    private static void Check(string name, string value)
    {
        if (name.Length > RequestLimits.MaxNameLength)
        {
            throw ApiErrors.InvalidParameter(Shorten(name), $"Parameter names are at most {RequestLimits.MaxNameLength} characters.");
        }

        if (value.Length > RequestLimits.MaxValueLength)
        {
            throw ApiErrors.InvalidParameter(name, $"Values are at most {RequestLimits.MaxValueLength} characters.");
        }
    }

    private static string Shorten(string name) => name.Length <= 64 ? name : name[..64] + "…";
}
