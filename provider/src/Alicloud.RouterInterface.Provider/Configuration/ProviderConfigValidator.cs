using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Settings;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>CheckConfig: unknown keys, non-string values and an invalid endpoint or signature algorithm become CheckFailures naming the key.</summary>
internal static class ProviderConfigValidator
{
    // An empty environment and no home directory: only the given setting is looked at, nothing else is read.
    private static readonly VpcClientSettingsResolver s_settingRules = new(_ => null, homeDirectory: null);

    // Sent in headers under signature V3: checked by the client's rule (CredentialText) before anything is sent.
    private static readonly Dictionary<string, string> CredentialKinds = new(StringComparer.Ordinal)
    {
        [ProviderConfigKeys.AccessKey] = "AccessKey ID",
        [ProviderConfigKeys.OppositeAccessKey] = "AccessKey ID",
        [ProviderConfigKeys.SecurityToken] = "security token",
        [ProviderConfigKeys.OppositeSecurityToken] = "security token",
    };

    public static IReadOnlyList<CheckFailure> Validate(PropertyMap news)
    {
        ArgumentNullException.ThrowIfNull(news);
        var failures = new List<CheckFailure>();
        foreach (var (key, value) in news)
        {
            if (!ProviderConfigKeys.IsKnown(key))
            {
                failures.Add(new CheckFailure(key, $"unknown configuration key '{ProviderConfigKeys.Qualified(key)}'; the keys are {string.Join(", ", ProviderConfigKeys.All)}"));
                continue;
            }

            var plain = value.Unsecret();
            if (key == ProviderConfigKeys.Version || plain.Kind is PropertyValueKind.Unknown or PropertyValueKind.Null)
            {
                continue;
            }

            if (plain.Kind != PropertyValueKind.String)
            {
                failures.Add(new CheckFailure(key, $"'{ProviderConfigKeys.Qualified(key)}' must be a string, got {plain.Kind}"));
            }
            else if (key == ProviderConfigKeys.Endpoint && EndpointProblem(plain.StringValue, value.IsSecret) is { } problem)
            {
                failures.Add(new CheckFailure(key, problem));
            }
            else if (CredentialKinds.TryGetValue(key, out var what) && CredentialText.Problem(plain.StringValue.Trim()) is { } credential)
            {
                failures.Add(new CheckFailure(key, $"'{ProviderConfigKeys.Qualified(key)}' {credential}, which no {what} does; its value is not shown"));
            }
            else if (key == ProviderConfigKeys.SignatureAlgorithm && SettingProblem(new VpcClientSettings { SignatureAlgorithm = plain.StringValue }, value.IsSecret) is { } invalid)
            {
                failures.Add(new CheckFailure(key, invalid));
            }
        }

        return failures;
    }

    /// <summary>The client's message, or, for a value given as a secret, one that does not quote it.</summary>
    public static string Describe(VpcClientConfigurationException exception, bool secret)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (!secret)
        {
            return exception.Message;
        }

        var rule = exception.Setting == ProviderConfigKeys.Endpoint
            ? "; an endpoint is host[:port] or an http(s) URL without a path, plain http only for a loopback host"
            : "";
        return $"'{ProviderConfigKeys.Qualified(exception.Setting)}' is invalid (its value is a secret, so it is not shown){rule}";
    }

    private static string? EndpointProblem(string endpoint, bool secret) =>
        string.IsNullOrWhiteSpace(endpoint) ? null : SettingProblem(new VpcClientSettings { Endpoint = endpoint }, secret, "is not a valid endpoint: ");

    /// <summary>What the client's own rules say of one explicit setting (nothing else is read), as a check failure's reason.</summary>
    private static string? SettingProblem(VpcClientSettings settings, bool secret, string lead = "is invalid: ")
    {
        try
        {
            s_settingRules.Resolve(settings);
            return null;
        }
        catch (VpcClientConfigurationException exception)
        {
            return secret ? Describe(exception, secret) : $"'{ProviderConfigKeys.Qualified(exception.Setting)}' {lead}{exception.Message}";
        }
    }
}
