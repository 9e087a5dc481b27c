namespace Alicloud.Vpc.Client.Transport;

/// <summary>What one attempt needs to build its HTTP request.</summary>
/// <param name="Timestamp">Fresh per attempt.</param>
/// <param name="Nonce">Fresh per attempt (SignatureNonce / x-acs-signature-nonce).</param>
internal readonly record struct RpcCall(
    Uri Endpoint,
    string Action,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    AccessKeyCredentials Credentials,
    DateTimeOffset Timestamp,
    string Nonce);
