using System.Security.Cryptography;
using System.Text;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>ACS3-HMAC-SHA256 (api sheet §4.7): canonical request, string to sign, hex signature.</summary>
internal static class SignatureV3
{
    public const string Algorithm = "ACS3-HMAC-SHA256";
    public const string EmptyBodyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static string CanonicalRequest(
        string httpMethod,
        IEnumerable<KeyValuePair<string, string>> queryParameters,
        IReadOnlyList<string> signedHeaders,
        Func<string, string?> headerValue,
        string hashedPayload)
    {
        ArgumentNullException.ThrowIfNull(signedHeaders);
        ArgumentNullException.ThrowIfNull(headerValue);
        var query = string.Join('&', queryParameters
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));
        var headers = new StringBuilder();
        foreach (var name in signedHeaders)
        {
            headers.Append(name).Append(':').Append((headerValue(name) ?? "").Trim()).Append('\n');
        }

        return string.Join('\n', httpMethod, "/", query, headers.ToString(), string.Join(';', signedHeaders), hashedPayload);
    }

    public static string StringToSign(string canonicalRequest) => Algorithm + "\n" + HexSha256(Encoding.UTF8.GetBytes(canonicalRequest));

    public static string Sign(string stringToSign, string accessKeySecret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(accessKeySecret), Encoding.UTF8.GetBytes(stringToSign)));

    public static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
