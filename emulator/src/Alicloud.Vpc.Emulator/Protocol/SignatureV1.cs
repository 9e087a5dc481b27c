using System.Security.Cryptography;
using System.Text;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>HMAC-SHA1 RPC signature (SignatureVersion 1.0), api sheet §4.3.</summary>
internal static class SignatureV1
{
    public const string SignatureParameter = "Signature";
    public const string Method = "HMAC-SHA1";
    public const string Version = "1.0";

    /// <summary>Sorted (ordinal) name=value pairs, each percent-encoded, without Signature.</summary>
    public static string CanonicalizedQuery(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters
            .Where(p => p.Key != SignatureParameter)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));

    public static string StringToSign(string httpMethod, IEnumerable<KeyValuePair<string, string>> parameters) =>
        httpMethod + "&" + PercentEncoding.Encode("/") + "&" + PercentEncoding.Encode(CanonicalizedQuery(parameters));

    public static string Sign(string stringToSign, string accessKeySecret)
    {
        var key = Encoding.UTF8.GetBytes(accessKeySecret + "&");
        return Convert.ToBase64String(HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }
}
