namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>What a signature scheme extracted from a request; verified against the secret afterwards.</summary>
internal sealed record SignedRequest(
    ISignatureScheme Scheme,
    string AccessKeyId,
    string TimestampName,
    string? Timestamp,
    string Nonce,
    string? SecurityToken,
    string Signature);

/// <summary>The outcome of recomputing a signature; the server string to sign goes into SignatureDoesNotMatch.</summary>
internal sealed record SignatureCheck(bool Matches, string ServerStringToSign);

internal interface ISignatureScheme
{
    /// <summary>Structural checks only (MissingParameter / IncompleteSignature); no secret needed.</summary>
    SignedRequest Parse(ApiHttpRequest request);

    SignatureCheck Verify(ApiHttpRequest request, SignedRequest signed, string accessKeySecret);
}
