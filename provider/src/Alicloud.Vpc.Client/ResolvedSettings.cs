namespace Alicloud.Vpc.Client;

/// <summary>
/// The final values after explicit settings, environment and the CLI profile file; what is still absent is listed in
/// <see cref="Missing"/>. Secrets never appear in <see cref="ToString"/>.
/// </summary>
public sealed record ResolvedSettings
{
    public string? Region { get; init; }
    public string? AccessKeyId { get; init; }
    public string? AccessKeySecret { get; init; }

    /// <summary>STS token; when set, requests carry <c>SecurityToken</c>.</summary>
    public string? SecurityToken { get; init; }

    /// <summary>The CLI profile consulted, if any.</summary>
    public string? Profile { get; init; }

    /// <summary>Where the AccessKey came from (the provider config, the environment, a CLI profile), never a value; null without one.</summary>
    public string? CredentialSource { get; init; }

    /// <summary>Endpoint override as configured (validated); null means the official SDK's host for each region (<see cref="Settings.VpcEndpointMap"/>).</summary>
    public string? Endpoint { get; init; }

    /// <summary>How requests are signed: ACS3-HMAC-SHA256 unless <c>v2</c> was chosen.</summary>
    public VpcSignatureVersion SignatureVersion { get; init; } = VpcSignatureVersion.Acs3HmacSha256;

    public IReadOnlyList<MissingSetting> Missing { get; init; } = [];

    public bool IsComplete => Missing.Count == 0;

    public override string ToString() =>
        $"ResolvedSettings {{ Region = {Region}, AccessKeyId = {AccessKeyId}, AccessKeySecret = {Redaction.Mask(AccessKeySecret)}, " +
        $"SecurityToken = {Redaction.Mask(SecurityToken)}, Profile = {Profile}, Endpoint = {Endpoint}, SignatureVersion = {SignatureVersion}, " +
        $"Missing = [{string.Join(", ", Missing.Select(m => m.Name))}] }}";
}
