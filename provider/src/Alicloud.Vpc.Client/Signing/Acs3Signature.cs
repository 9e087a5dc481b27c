using System.Security.Cryptography;
using System.Text;

namespace Alicloud.Vpc.Client.Signing;

/// <summary>
/// The V3 signature ACS3-HMAC-SHA256 (reference §4.7): a canonical request over method, path, sorted query,
/// the signed headers and the payload hash; <c>hex(HMAC-SHA256(secret, "ACS3-HMAC-SHA256\n" + hex(SHA-256(canonical request))))</c>.
/// </summary>
public static class Acs3Signature
{
    public const string Algorithm = "ACS3-HMAC-SHA256";

    /// <summary>SHA-256 of an empty body, hex.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <param name="headers">The headers to sign (names in any case; they are lower-cased and sorted here).</param>
    public static string BuildCanonicalRequest(
        string httpMethod,
        string canonicalUri,
        IEnumerable<KeyValuePair<string, string>> queryParameters,
        IEnumerable<KeyValuePair<string, string>> headers,
        string payloadHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(httpMethod);
        ArgumentNullException.ThrowIfNull(headers);
        var sortedHeaders = NormalizeHeaders(headers);
        var builder = new StringBuilder();
        builder.Append(httpMethod.ToUpperInvariant()).Append('\n')
            .Append(string.IsNullOrEmpty(canonicalUri) ? "/" : canonicalUri).Append('\n')
            .Append(CanonicalQuery.Build(queryParameters)).Append('\n');
        foreach (var (name, value) in sortedHeaders)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }

        builder.Append('\n').Append(SignedHeaders(sortedHeaders)).Append('\n').Append(payloadHash);
        return builder.ToString();
    }

    public static string HashCanonicalRequest(string canonicalRequest) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));

    public static string Sign(string canonicalRequest, string accessKeySecret)
    {
        ArgumentNullException.ThrowIfNull(accessKeySecret);
        var stringToSign = Algorithm + "\n" + HashCanonicalRequest(canonicalRequest);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(accessKeySecret), Encoding.UTF8.GetBytes(stringToSign));
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>The <c>Authorization</c> header value.</summary>
    public static string BuildAuthorization(
        string httpMethod,
        string canonicalUri,
        IEnumerable<KeyValuePair<string, string>> queryParameters,
        IEnumerable<KeyValuePair<string, string>> headers,
        string payloadHash,
        string accessKeyId,
        string accessKeySecret)
    {
        var headerList = NormalizeHeaders(headers);
        var canonical = BuildCanonicalRequest(httpMethod, canonicalUri, queryParameters, headerList, payloadHash);
        var signature = Sign(canonical, accessKeySecret);
        return $"{Algorithm} Credential={accessKeyId},SignedHeaders={SignedHeaders(headerList)},Signature={signature}";
    }

    public static string HashPayload(ReadOnlySpan<byte> payload) => Convert.ToHexStringLower(SHA256.HashData(payload));

    private static List<KeyValuePair<string, string>> NormalizeHeaders(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers
            .Select(h => new KeyValuePair<string, string>(h.Key.Trim().ToLowerInvariant(), h.Value.Trim()))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .ToList();

    private static string SignedHeaders(List<KeyValuePair<string, string>> sortedHeaders) =>
        string.Join(';', sortedHeaders.Select(h => h.Key));
}
