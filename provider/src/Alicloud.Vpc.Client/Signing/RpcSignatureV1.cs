using System.Security.Cryptography;
using System.Text;

namespace Alicloud.Vpc.Client.Signing;

/// <summary>
/// The RPC HMAC-SHA1 signature (<c>SignatureMethod=HMAC-SHA1</c>, <c>SignatureVersion=1.0</c>; reference §4.3):
/// <c>Base64(HMAC-SHA1(secret + "&amp;", METHOD&amp;%2F&amp;encode(canonical query)))</c> over every parameter but <c>Signature</c>.
/// </summary>
public static class RpcSignatureV1
{
    public const string SignatureMethod = "HMAC-SHA1";
    public const string SignatureVersion = "1.0";
    public const string SignatureParameter = "Signature";

    public static string BuildStringToSign(string httpMethod, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentException.ThrowIfNullOrEmpty(httpMethod);
        ArgumentNullException.ThrowIfNull(parameters);
        var canonical = CanonicalQuery.Build(parameters.Where(p => !string.Equals(p.Key, SignatureParameter, StringComparison.Ordinal)));
        return string.Concat(httpMethod.ToUpperInvariant(), "&", PercentEncoding.Encode("/"), "&", PercentEncoding.Encode(canonical));
    }

    public static string Sign(string httpMethod, IEnumerable<KeyValuePair<string, string>> parameters, string accessKeySecret)
    {
        ArgumentNullException.ThrowIfNull(accessKeySecret);
        var stringToSign = BuildStringToSign(httpMethod, parameters);
        var key = Encoding.UTF8.GetBytes(accessKeySecret + "&");
        var mac = HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(stringToSign));
        return Convert.ToBase64String(mac);
    }
}
