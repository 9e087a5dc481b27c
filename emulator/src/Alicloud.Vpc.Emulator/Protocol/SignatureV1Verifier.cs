using System.Security.Cryptography;
using System.Text;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>Checks the <c>Signature</c> parameter over query ∪ body (HMAC-SHA1, key = secret + "&amp;").</summary>
internal sealed class SignatureV1Verifier : ISignatureScheme
{
    public SignedRequest Parse(ApiHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = request.Parameters;
        var signature = Required(parameters, SignatureV1.SignatureParameter);
        var accessKeyId = Required(parameters, "AccessKeyId");
        var nonce = Required(parameters, "SignatureNonce");
        if (parameters.GetValueOrDefault("SignatureMethod") != SignatureV1.Method)
        {
            throw ApiErrors.IncompleteSignature($"SignatureMethod must be {SignatureV1.Method}.");
        }

        if (parameters.GetValueOrDefault("SignatureVersion") != SignatureV1.Version)
        {
            throw ApiErrors.IncompleteSignature($"SignatureVersion must be {SignatureV1.Version}.");
        }

        return new SignedRequest(this, accessKeyId, "Timestamp", parameters.GetValueOrDefault("Timestamp"), nonce, parameters.GetValueOrDefault("SecurityToken"), signature);
    }

    public SignatureCheck Verify(ApiHttpRequest request, SignedRequest signed, string accessKeySecret)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(signed);
        var stringToSign = SignatureV1.StringToSign(request.Method, request.Parameters);
        var expected = SignatureV1.Sign(stringToSign, accessKeySecret);
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(signed.Signature));
        return new SignatureCheck(matches, stringToSign);
    }

    private static string Required(IReadOnlyDictionary<string, string> parameters, string name) =>
        parameters.TryGetValue(name, out var value) && value.Length > 0 ? value : throw ApiErrors.MissingParameter(name);
}
