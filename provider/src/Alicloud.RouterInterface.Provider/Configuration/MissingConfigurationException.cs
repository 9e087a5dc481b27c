namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>Required configuration that no source (config, environment, profile) provided.</summary>
internal sealed class MissingConfigurationException(IReadOnlyList<MissingConfigurationKey> missingKeys)
    : Exception("required configuration keys were missing: " + string.Join(", ", missingKeys.Select(k => k.Name)))
{
    public IReadOnlyList<MissingConfigurationKey> MissingKeys { get; } = missingKeys;
}

/// <param name="Name">The full key, e.g. <c>alicloud-routerinterface:region</c>.</param>
/// <param name="Description">How to provide it (config key, environment variables, profile).</param>
internal sealed record MissingConfigurationKey(string Name, string Description);
