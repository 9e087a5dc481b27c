using Alicloud.RouterInterface.Provider.Protocol;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>
/// Configure: reads the configuration, resolves environment and profile fallbacks through the client library,
/// reports every missing key at once, and fills the <see cref="ProviderContext"/> with a ready client.
/// </summary>
internal sealed class ProviderConfigurator(
    ProviderConfigReader reader,
    VpcClientSettingsResolver resolver,
    VpcClientConnector connector,
    ProviderContext context,
    ILogger<ProviderConfigurator> logger)
{
    private readonly HashSet<(string Account, string Source)> _sourcesSaid = [];
    private readonly Lock _gate = new();

    public void Configure(Struct? args, IReadOnlyDictionary<string, string>? variables)
    {
        var config = reader.Read(args, variables);
        ResolvedSettings resolved;
        ResolvedSettings? opposite;
        try
        {
            resolved = resolver.Resolve(new VpcClientSettings
            {
                Region = config.Region,
                AccessKeyId = config.AccessKey,
                AccessKeySecret = config.SecretKey,
                SecurityToken = config.SecurityToken,
                Profile = config.Profile,
                Endpoint = config.Endpoint,
                SignatureAlgorithm = config.SignatureAlgorithm,
            });
            opposite = resolver.ResolveOpposite(
                new VpcClientSettings
                {
                    AccessKeyId = config.OppositeAccessKey,
                    AccessKeySecret = config.OppositeSecretKey,
                    SecurityToken = config.OppositeSecurityToken,
                    Profile = config.OppositeProfile,
                },
                resolved);
        }
        catch (VpcClientConfigurationException exception)
        {
            throw new ProviderConfigurationException(exception.Setting, ProviderConfigValidator.Describe(exception, config.SecretKeys.Contains(exception.Setting)), exception);
        }

        var missingKeys = resolved.Missing.Concat(opposite?.Missing ?? []).ToList();
        if (missingKeys.Count > 0)
        {
            throw new MissingConfigurationException(
                [.. missingKeys.Select(missing => new MissingConfigurationKey(ProviderConfigKeys.Qualified(missing.Name), missing.Description))]);
        }

        context.Set(resolved.Region!, connector.Create(resolved), opposite is null ? null : connector.Create(opposite), connector.LearntTransitions(resolved));
        SayCredentialSource("this account", resolved);
        SayCredentialSource("the opposite account", opposite);
        ProtocolLog.Configured(logger, resolved.Region!);
    }

    /// <summary>Which credentials are in use, once per process and source: where they came from, never a value.</summary>
    private void SayCredentialSource(string account, ResolvedSettings? settings)
    {
        if (settings?.CredentialSource is not { } source)
        {
            return;
        }

        lock (_gate)
        {
            if (!_sourcesSaid.Add((account, source)))
            {
                return;
            }
        }

        ConfigurationLog.CredentialSource(logger, account, source);
    }
}
