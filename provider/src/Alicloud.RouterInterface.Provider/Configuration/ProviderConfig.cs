namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>The provider configuration as given (before environment fallbacks). Secrets never appear in <see cref="ToString"/>.</summary>
internal sealed record ProviderConfig
{
    public string? Region { get; init; }
    public string? AccessKey { get; init; }
    public string? SecretKey { get; init; }
    public string? SecurityToken { get; init; }
    public string? Profile { get; init; }
    public string? Endpoint { get; init; }
    public string? SignatureAlgorithm { get; init; }
    public string? OppositeAccessKey { get; init; }
    public string? OppositeSecretKey { get; init; }
    public string? OppositeSecurityToken { get; init; }
    public string? OppositeProfile { get; init; }

    /// <summary>Keys whose value arrived as a secret: messages about them never quote the value.</summary>
    public IReadOnlySet<string> SecretKeys { get; init; } = new HashSet<string>();

    public override string ToString() =>
        $"ProviderConfig {{ Region = {Region}, AccessKey = {Mask(AccessKey)}, SecretKey = {Mask(SecretKey)}, " +
        $"SecurityToken = {Mask(SecurityToken)}, Profile = {Profile}, Endpoint = {Endpoint}, SignatureAlgorithm = {SignatureAlgorithm}, " +
        $"OppositeAccessKey = {Mask(OppositeAccessKey)}, OppositeSecretKey = {Mask(OppositeSecretKey)}, OppositeSecurityToken = {Mask(OppositeSecurityToken)}, " +
        $"OppositeProfile = {OppositeProfile} }}";

    private static string Mask(string? value) => string.IsNullOrEmpty(value) ? "(none)" : "***";
}
