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
            else if (key == ProviderConfigKeys.Endpoint && EndpointProblem(plain.StringValue) is { } problem)
            {
                failures.Add(new CheckFailure(key, problem));
            }
        }

        return failures;
    }

    private static string? EndpointProblem(string endpoint)
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
            return $"'{ProviderConfigKeys.Qualified(ProviderConfigKeys.Endpoint)}' is not a valid endpoint: {exception.Message}";
        }
    }
}
