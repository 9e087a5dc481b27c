using System.Globalization;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>
/// Authenticates like the gateway, in this order: signature structure → access key → STS token → signature →
/// timestamp window (±15 min of the injected clock) → nonce reuse. Nonces are recorded only for valid signatures.
/// </summary>
internal sealed class RequestAuthenticator(CredentialStore credentials, NonceCache nonces, TimeProvider timeProvider)
{
    public static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    private readonly SignatureV1Verifier _v1 = new();
    private readonly SignatureV3Verifier _v3 = new();

    public CallerIdentity Authenticate(ApiHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ISignatureScheme scheme = request.Header("authorization") is not null ? _v3 : _v1;
        var signed = scheme.Parse(request);

        var credential = credentials.Find(signed.AccessKeyId) ?? throw ApiErrors.InvalidAccessKeyIdNotFound();
        if (credential.SecurityToken is { } expectedToken && signed.SecurityToken != expectedToken)
        {
            throw ApiErrors.SecurityTokenMismatch();
        }

        var check = scheme.Verify(request, signed, credential.AccessKeySecret);
        if (!check.Matches)
        {
            throw ApiErrors.SignatureDoesNotMatch(check.ServerStringToSign);
        }

        var timestamp = ParseTimestamp(signed.Timestamp) ?? throw ApiErrors.IllegalTimestamp(signed.TimestampName);
        var skew = (timeProvider.GetUtcNow() - timestamp).Duration();
        if (skew > AllowedSkew)
        {
            throw ApiErrors.TimestampExpired();
        }

        if (!nonces.TryUse(credential.AccessKeyId, signed.Nonce))
        {
            throw ApiErrors.SignatureNonceUsed();
        }

        return new CallerIdentity(credential.AccessKeyId, credential.AccountId);
    }

    /// <summary>
    /// ISO 8601 in UTC to the second, <c>yyyy-MM-ddTHH:mm:ssZ</c>, the one form the SDKs send for both <c>Timestamp</c> (V2)
    /// and <c>x-acs-date</c> (V3) (api sheet §4.3, §4.7).
    /// </summary>
    public static DateTimeOffset? ParseTimestamp(string? value) =>
        value is not null
        && DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
}
