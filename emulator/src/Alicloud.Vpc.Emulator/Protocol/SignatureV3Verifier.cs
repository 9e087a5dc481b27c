using System.Security.Cryptography;
using System.Text;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>
/// Checks <c>Authorization: ACS3-HMAC-SHA256</c> as the official SDKs build it (github.com/aliyun/darabonba-openapi
/// <c>csharp/core/Utils.cs</c> <c>GetAuthorizationHeaders</c>: host, content-type and every <c>x-acs-*</c> header, lower-case,
/// sorted, once each; api sheet §4.7). Honours extra signed headers, but refuses a list out of order or with repeats, an
/// <c>x-acs-*</c> or content-type header left unsigned, and a signature not in the SDKs' lower-case hex.
/// </summary>
internal sealed class SignatureV3Verifier : ISignatureScheme
{
    public const string DateHeader = "x-acs-date";
    public const string NonceHeader = "x-acs-signature-nonce";
    public const string ContentHashHeader = "x-acs-content-sha256";
    public const string ActionHeader = "x-acs-action";
    public const string VersionHeader = "x-acs-version";
    public const string SecurityTokenHeader = "x-acs-security-token";

    private static readonly string[] s_mustBeSigned = ["host", ActionHeader, VersionHeader, DateHeader, NonceHeader, ContentHashHeader];

    public SignedRequest Parse(ApiHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = V3Authorization.TryParse(request.Header("authorization") ?? "")
            ?? throw ApiErrors.IncompleteSignature($"The Authorization header must read '{SignatureV3.Algorithm} Credential=…,SignedHeaders=…,Signature=…'.");

        for (var i = 0; i < authorization.SignedHeaders.Count; i++)
        {
            var name = authorization.SignedHeaders[i];
            if (i > 0 && string.CompareOrdinal(authorization.SignedHeaders[i - 1], name) >= 0)
            {
                throw ApiErrors.IncompleteSignature("SignedHeaders must list each header once, in ascending order.");
            }

            if (request.Header(name) is null)
            {
                throw ApiErrors.IncompleteSignature($"The signed header '{name}' is missing from the request.");
            }
        }

        foreach (var name in request.Headers.Keys)
        {
            if ((name.StartsWith("x-acs-", StringComparison.Ordinal) || name == "content-type") && !authorization.SignedHeaders.Contains(name))
            {
                throw ApiErrors.IncompleteSignature($"The header '{name}' must be listed in SignedHeaders.");
            }
        }

        var required = request.Header(SecurityTokenHeader) is null ? s_mustBeSigned : [.. s_mustBeSigned, SecurityTokenHeader];
        foreach (var name in required)
        {
            if (request.Header(name) is null)
            {
                throw ApiErrors.IncompleteSignature($"The header '{name}' is required.");
            }

            if (!authorization.SignedHeaders.Contains(name))
            {
                throw ApiErrors.IncompleteSignature($"The header '{name}' must be listed in SignedHeaders.");
            }
        }

        return new SignedRequest(
            this,
            authorization.AccessKeyId,
            DateHeader,
            request.Header(DateHeader),
            request.Header(NonceHeader)!,
            request.Header(SecurityTokenHeader) ?? request.Parameters.GetValueOrDefault("SecurityToken"),
            authorization.Signature);
    }

    public SignatureCheck Verify(ApiHttpRequest request, SignedRequest signed, string accessKeySecret)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(signed);
        var authorization = V3Authorization.TryParse(request.Header("authorization") ?? "")!;
        var claimedHash = request.Header(ContentHashHeader)!;
        var canonical = SignatureV3.CanonicalRequest(request.Method, request.QueryParameters, authorization.SignedHeaders, request.Header, claimedHash);
        var stringToSign = SignatureV3.StringToSign(canonical);
        if (!string.Equals(claimedHash, SignatureV3.HexSha256(request.Body), StringComparison.Ordinal))
        {
            return new SignatureCheck(false, stringToSign + " (x-acs-content-sha256 does not match the body)");
        }

        var expected = SignatureV3.Sign(stringToSign, accessKeySecret);
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signed.Signature));
        return new SignatureCheck(matches, stringToSign);
    }
}
