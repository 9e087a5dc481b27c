using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>CheckConfig: unknown keys, non-string values and an invalid endpoint become CheckFailures naming the key.</summary>
internal static class ProviderConfigValidator
{
    // An empty environment and no home directory: only the given endpoint is looked at, nothing else is read.
    private static readonly VpcClientSettingsResolver s_endpointRules = new(_ => null, homeDirectory: null);

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

    private static string? EndpointProblem(string endpoint, bool secret)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return null;
        }

        try
        {
            s_endpointRules.Resolve(new VpcClientSettings { Endpoint = endpoint });
            return null;
        }
        catch (VpcClientConfigurationException exception)
        {
            return secret ? Describe(exception, secret) : $"'{ProviderConfigKeys.Qualified(ProviderConfigKeys.Endpoint)}' is not a valid endpoint: {exception.Message}";
        }
    }
}
