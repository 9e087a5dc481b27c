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
    public void Configure(Struct? args, IReadOnlyDictionary<string, string>? variables)
    {
        var config = reader.Read(args, variables);
        ResolvedSettings resolved;
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
        }
        catch (VpcClientConfigurationException exception)
        {
            throw new ProviderConfigurationException(exception.Setting, ProviderConfigValidator.Describe(exception, config.SecretKeys.Contains(exception.Setting)), exception);
        }

        if (!resolved.IsComplete)
        {
            throw new MissingConfigurationException(
                [.. resolved.Missing.Select(missing => new MissingConfigurationKey(ProviderConfigKeys.Qualified(missing.Name), missing.Description))]);
        }

        context.Set(resolved.Region!, connector.Create(resolved));
        ProtocolLog.Configured(logger, resolved.Region!);
    }
}
