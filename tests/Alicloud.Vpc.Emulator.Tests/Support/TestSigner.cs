using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Alicloud.Vpc.Emulator.Tests.Support;

/// <summary>
/// A request signer written for these tests only (independent of the emulator's verifier and of the client library):
/// builds real signed HTTP requests for RPC HMAC-SHA1 (v1, query or form body) and ACS3-HMAC-SHA256 (v3).
/// </summary>
internal static class TestSigner
{
    public const string Version = "2016-04-28";

    public static string Encode(string value) =>
        Uri.EscapeDataString(value).Replace("+", "%20", StringComparison.Ordinal).Replace("*", "%2A", StringComparison.Ordinal)
            .Replace("!", "%21", StringComparison.Ordinal).Replace("'", "%27", StringComparison.Ordinal)
            .Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The common v1 parameters plus the business ones, signed; <paramref name="mutate"/> may tamper after signing.</summary>
    public static SortedDictionary<string, string> SignV1(
        string method,
        string action,
        IReadOnlyDictionary<string, string> business,
        string accessKeyId,
        string secret,
        DateTimeOffset now,
        string? nonce = null)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Action"] = action,
            ["Version"] = Version,
            ["Format"] = "JSON",
            ["AccessKeyId"] = accessKeyId,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureVersion"] = "1.0",
            ["SignatureNonce"] = nonce ?? Guid.NewGuid().ToString(),
            ["Timestamp"] = Timestamp(now),
        };
        foreach (var (name, value) in business)
        {
            all[name] = value;
        }

        all["Signature"] = V1Signature(method, all, secret);
        return all;
    }

    public static string V1Signature(string method, IEnumerable<KeyValuePair<string, string>> parameters, string secret)
    {
        var canonical = string.Join("&", parameters.Where(p => p.Key != "Signature").OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => Encode(p.Key) + "=" + Encode(p.Value)));
        var stringToSign = method + "&%2F&" + Encode(canonical);
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(secret + "&"));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
    }

    public static string Query(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join("&", parameters.Select(p => Encode(p.Key) + "=" + Encode(p.Value)));

    /// <summary>A v1 request: GET with everything in the query, or POST with business params in a form body.</summary>
    public static HttpRequestMessage V1Request(
        Uri baseUri,
        HttpMethod method,
        string action,
        IReadOnlyDictionary<string, string> business,
        string accessKeyId,
        string secret,
        DateTimeOffset now,
        string? nonce = null)
    {
        var signed = SignV1(method.Method, action, business, accessKeyId, secret, now, nonce);
        if (method == HttpMethod.Get)
        {
            return new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, "/?" + Query(signed)));
        }

        var common = signed.Where(p => !business.ContainsKey(p.Key));
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, "/?" + Query(common)))
        {
            Content = new StringContent(Query(business), Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Content.Headers.ContentType!.CharSet = null;
        return request;
    }

    /// <summary>A v3 request like the official SDKs send: business params in the query, empty body, signed x-acs headers.</summary>
    public static HttpRequestMessage V3Request(
        Uri baseUri,
        string action,
        IReadOnlyDictionary<string, string> business,
        string accessKeyId,
        string secret,
        DateTimeOffset now,
        string? nonce = null,
        string? securityToken = null)
    {
        var host = baseUri.Authority;
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = host,
            ["x-acs-action"] = action,
            ["x-acs-version"] = Version,
            ["x-acs-date"] = Timestamp(now),
            ["x-acs-signature-nonce"] = nonce ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            ["x-acs-content-sha256"] = Convert.ToHexStringLower(SHA256.HashData([])),
        };
        if (securityToken is not null)
        {
            headers["x-acs-security-token"] = securityToken;
        }

        var query = string.Join("&", business.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Encode(p.Key) + "=" + Encode(p.Value)));
        var authorization = V3Authorization("POST", query, headers, headers["x-acs-content-sha256"], accessKeyId, secret);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, "/?" + query));
        foreach (var (name, value) in headers.Where(h => h.Key != "host"))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return request;
    }

    public static string V3Authorization(string method, string canonicalQuery, SortedDictionary<string, string> signedHeaders, string payloadHash, string accessKeyId, string secret)
    {
        var canonicalHeaders = string.Concat(signedHeaders.Select(h => h.Key + ":" + h.Value.Trim() + "\n"));
        var names = string.Join(";", signedHeaders.Keys);
        var canonicalRequest = method + "\n/\n" + canonicalQuery + "\n" + canonicalHeaders + "\n" + names + "\n" + payloadHash;
        var stringToSign = "ACS3-HMAC-SHA256\n" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var signature = Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        return $"ACS3-HMAC-SHA256 Credential={accessKeyId},SignedHeaders={names},Signature={signature}";
    }
}
