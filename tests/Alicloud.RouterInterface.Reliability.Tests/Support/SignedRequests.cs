using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>
/// Raw RPC requests signed with HMAC-SHA1 (signature version 1.0), written from the documented algorithm, for tests
/// that must control every part of a request: a wrong secret, an old timestamp, a reused nonce, random parameters.
/// </summary>
internal static class SignedRequests
{
    public const string ApiVersion = "2016-04-28";

    /// <summary>A POST to <c>/</c> with every parameter in the query, signed unless <paramref name="secretForSigning"/> is null.</summary>
    public static HttpRequestMessage Create(
        Uri baseUri,
        string action,
        IReadOnlyDictionary<string, string> business,
        string accessKeyId,
        string? secretForSigning,
        DateTimeOffset timestamp,
        string nonce,
        string? securityToken = null)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentNullException.ThrowIfNull(business);
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Action"] = action,
            ["Version"] = ApiVersion,
            ["Format"] = "JSON",
            ["AccessKeyId"] = accessKeyId,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureVersion"] = "1.0",
            ["SignatureNonce"] = nonce,
            ["Timestamp"] = timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        };
        if (securityToken is not null)
        {
            parameters["SecurityToken"] = securityToken;
        }

        foreach (var (name, value) in business)
        {
            parameters[name] = value;
        }

        var canonical = string.Join('&', parameters.Select(p => Encode(p.Key) + "=" + Encode(p.Value)));
        var signature = secretForSigning is null ? "" : Sign(canonical, secretForSigning);
        var query = canonical + "&Signature=" + Encode(signature);
        return new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, "/?" + query));
    }

    /// <summary>RFC 3986 percent-encoding of UTF-8, as the signature algorithm specifies.</summary>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static string Sign(string canonical, string secret)
    {
        var stringToSign = "POST&" + Encode("/") + "&" + Encode(canonical);
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret + "&"), Encoding.UTF8.GetBytes(stringToSign));
        return Convert.ToBase64String(mac);
    }
}
