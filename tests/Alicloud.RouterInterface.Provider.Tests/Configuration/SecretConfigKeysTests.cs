extern alias ProviderAssembly;

using System.Text.Json;
using Alicloud.RouterInterface.Testing;
using ProviderAssembly::Alicloud.RouterInterface.Provider.Configuration;

namespace Alicloud.RouterInterface.Provider.Tests.Configuration;

/// <summary>One list of secret config keys (issue 22, finding 3): what CheckConfig marks secret is what schema.json says.</summary>
public sealed class SecretConfigKeysTests
{
    private static SortedSet<string> SecretIn(JsonElement properties) =>
        new(properties.EnumerateObject().Where(p => p.Value.TryGetProperty("secret", out var s) && s.GetBoolean()).Select(p => p.Name), StringComparer.Ordinal);

    [Fact]
    public void Secrets_AreTheSchemasSecretConfigAndProviderInputs()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepoPaths.SchemaFile));
        var config = SecretIn(schema.RootElement.GetProperty("config").GetProperty("variables"));
        var inputs = SecretIn(schema.RootElement.GetProperty("provider").GetProperty("inputProperties"));

        Assert.Equal(config, new SortedSet<string>(ProviderConfigKeys.Secrets, StringComparer.Ordinal));
        Assert.Equal(config, inputs);
    }

    [Fact]
    public void Secrets_HoldEveryCredentialKey()
    {
        string[] credentials =
        [
            ProviderConfigKeys.AccessKey, ProviderConfigKeys.SecretKey, ProviderConfigKeys.SecurityToken,
            ProviderConfigKeys.OppositeAccessKey, ProviderConfigKeys.OppositeSecretKey, ProviderConfigKeys.OppositeSecurityToken,
        ];

        Assert.Equal(credentials.Order(StringComparer.Ordinal), ProviderConfigKeys.Secrets.Order(StringComparer.Ordinal));
    }
}
