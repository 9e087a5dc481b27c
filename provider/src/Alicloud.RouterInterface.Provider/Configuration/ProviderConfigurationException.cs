namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>A provider configuration value is invalid; the message names the key (never the value of a credential).</summary>
internal sealed class ProviderConfigurationException(string key, string reason, Exception? innerException = null)
    : Exception($"invalid provider configuration '{ProviderConfigKeys.Qualified(key)}': {reason}", innerException)
{
    public string Key { get; } = key;
}
