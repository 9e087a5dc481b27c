using System.Globalization;
using Alicloud.RouterInterface.Provider.Protocol;
using Alicloud.RouterInterface.Resources.Properties;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>
/// Reads the provider configuration from <c>ConfigureRequest.args</c> (values may be secrets), falling back to the
/// deprecated <c>variables</c> map (<c>alicloud-routerinterface:config:&lt;key&gt;</c>) for keys absent from args.
/// </summary>
internal sealed class ProviderConfigReader(PropertyStructConverter converter)
{
    public ProviderConfig Read(Struct? args, IReadOnlyDictionary<string, string>? variables)
    {
        var decoded = converter.Decode(args);
        return new ProviderConfig
        {
            Region = Value(decoded, variables, ProviderConfigKeys.Region),
            AccessKey = Value(decoded, variables, ProviderConfigKeys.AccessKey),
            SecretKey = Value(decoded, variables, ProviderConfigKeys.SecretKey),
            SecurityToken = Value(decoded, variables, ProviderConfigKeys.SecurityToken),
            Profile = Value(decoded, variables, ProviderConfigKeys.Profile),
            Endpoint = Value(decoded, variables, ProviderConfigKeys.Endpoint),
            SignatureAlgorithm = Value(decoded, variables, ProviderConfigKeys.SignatureAlgorithm),
            OppositeAccessKey = Value(decoded, variables, ProviderConfigKeys.OppositeAccessKey),
            OppositeSecretKey = Value(decoded, variables, ProviderConfigKeys.OppositeSecretKey),
            OppositeSecurityToken = Value(decoded, variables, ProviderConfigKeys.OppositeSecurityToken),
            OppositeProfile = Value(decoded, variables, ProviderConfigKeys.OppositeProfile),
            SecretKeys = decoded.Where(entry => entry.Value.IsSecret).Select(entry => entry.Key).Union(ProviderConfigKeys.Secrets).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>The plain text of a config value (secret unwrapped); null when absent, null, unknown or empty.</summary>
    public static string? AsText(PropertyValue value, string key)
    {
        ArgumentNullException.ThrowIfNull(value);
        var plain = value.Unsecret();
        return plain.Kind switch
        {
            PropertyValueKind.String => string.IsNullOrWhiteSpace(plain.StringValue) ? null : plain.StringValue,
            PropertyValueKind.Null or PropertyValueKind.Unknown => null,
            PropertyValueKind.Bool => plain.BoolValue ? "true" : "false",
            PropertyValueKind.Number => plain.NumberValue.ToString(CultureInfo.InvariantCulture),
            _ => throw new ProviderConfigurationException(key, $"expected a string, got {plain.Kind}"),
        };
    }

    private static string? Value(PropertyMap args, IReadOnlyDictionary<string, string>? variables, string key)
    {
        if (args.TryGetValue(key, out var value) && AsText(value, key) is { } text)
        {
            return text;
        }

        return variables is not null && variables.TryGetValue(ProviderConfigKeys.Variable(key), out var variable) && !string.IsNullOrWhiteSpace(variable)
            ? variable
            : null;
    }
}
