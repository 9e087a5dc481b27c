namespace Alicloud.Vpc.Client;

/// <summary>
/// Settings given explicitly (provider configuration); every value is optional and falls back to the environment
/// and the Aliyun CLI profile file (see <see cref="VpcClientSettingsResolver"/>).
/// </summary>
public sealed record VpcClientSettings
{
    public string? Region { get; init; }
    public string? AccessKeyId { get; init; }
    public string? AccessKeySecret { get; init; }
    public string? SecurityToken { get; init; }
    public string? Profile { get; init; }

    /// <summary>Endpoint override, e.g. <c>http://127.0.0.1:1234</c> or <c>127.0.0.1:1234</c>; plain http only on loopback.</summary>
    public string? Endpoint { get; init; }

    /// <summary><c>ACS3-HMAC-SHA256</c> (the default) or <c>v2</c> (HMAC-SHA1), as the official SDKs' Config spells it.</summary>
    public string? SignatureAlgorithm { get; init; }

    public override string ToString() =>
        $"VpcClientSettings {{ Region = {Region}, AccessKeyId = {AccessKeyId}, AccessKeySecret = {Redaction.Mask(AccessKeySecret)}, " +
        $"SecurityToken = {Redaction.Mask(SecurityToken)}, Profile = {Profile}, Endpoint = {Endpoint}, SignatureAlgorithm = {SignatureAlgorithm} }}";
}
