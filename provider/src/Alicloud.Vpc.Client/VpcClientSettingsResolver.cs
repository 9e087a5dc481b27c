using Alicloud.Vpc.Client.Settings;
using Alicloud.Vpc.Client.Transport;

namespace Alicloud.Vpc.Client;

/// <summary>
/// Resolves every setting in this order: the explicit value, then environment variables (first set wins), then the
/// Aliyun CLI profile file <c>~/.aliyun/config.json</c> (profile: explicit, <c>ALIBABA_CLOUD_PROFILE</c>, or the file's
/// <c>current</c>). Missing values are reported in <see cref="ResolvedSettings.Missing"/>, never thrown; invalid ones
/// (an insecure endpoint, an unsupported profile mode, a named profile that does not exist) throw
/// <see cref="Errors.VpcClientConfigurationException"/> naming the setting.
/// </summary>
public sealed class VpcClientSettingsResolver
{
    private readonly Func<string, string?> _getEnvironmentVariable;
    private readonly string? _homeDirectory;

    public VpcClientSettingsResolver(Func<string, string?> getEnvironmentVariable, string? homeDirectory)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        _getEnvironmentVariable = getEnvironmentVariable;
        _homeDirectory = homeDirectory;
    }

    /// <summary>A resolver over the real process environment and the user's home directory.</summary>
    public static VpcClientSettingsResolver ForCurrentProcess() =>
        new(Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? home : null);

    public ResolvedSettings Resolve(VpcClientSettings explicitSettings)
    {
        ArgumentNullException.ThrowIfNull(explicitSettings);

        // Validate before anything else so a bad endpoint is reported even when keys are missing.
        VpcEndpoint.ParseOverride(explicitSettings.Endpoint);
        var signatureVersion = SignatureAlgorithms.Parse(FirstOf(explicitSettings.SignatureAlgorithm, EnvironmentVariables.SignatureAlgorithm));

        var region = FirstOf(explicitSettings.Region, EnvironmentVariables.Region);
        var accessKeyId = FirstOf(explicitSettings.AccessKeyId, EnvironmentVariables.AccessKeyId);
        var accessKeySecret = FirstOf(explicitSettings.AccessKeySecret, EnvironmentVariables.AccessKeySecret);
        var securityToken = FirstOf(explicitSettings.SecurityToken, EnvironmentVariables.SecurityToken);
        var profileName = FirstOf(explicitSettings.Profile, EnvironmentVariables.Profile);

        CliProfile? profile = null;
        if (region is null || accessKeyId is null || accessKeySecret is null)
        {
            profile = ReadProfile(profileName);
        }

        if (profile is not null)
        {
            region ??= profile.Region;

            // Keys come as a set: a profile's token only goes with that profile's key.
            if (accessKeyId is null && accessKeySecret is null)
            {
                accessKeyId = profile.AccessKeyId;
                accessKeySecret = profile.AccessKeySecret;
                securityToken ??= profile.SecurityToken;
            }
            else
            {
                accessKeyId ??= profile.AccessKeyId;
                accessKeySecret ??= profile.AccessKeySecret;
            }
        }

        return new ResolvedSettings
        {
            Region = region,
            AccessKeyId = accessKeyId,
            AccessKeySecret = accessKeySecret,
            SecurityToken = securityToken,
            Profile = profile?.Name ?? profileName,
            Endpoint = string.IsNullOrWhiteSpace(explicitSettings.Endpoint) ? null : explicitSettings.Endpoint.Trim(),
            SignatureVersion = signatureVersion,
            Missing = ListMissing(region, accessKeyId, accessKeySecret),
        };
    }

    private CliProfile? ReadProfile(string? profileName)
    {
        if (string.IsNullOrEmpty(_homeDirectory))
        {
            return null;
        }

        return CliProfileFile.Read(CliProfileFile.PathUnder(_homeDirectory), profileName);
    }

    private string? FirstOf(string? explicitValue, string[] environmentVariables)
    {
        if (!string.IsNullOrWhiteSpace(explicitValue))
        {
            return explicitValue.Trim();
        }

        foreach (var name in environmentVariables)
        {
            if (_getEnvironmentVariable(name) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    private static List<MissingSetting> ListMissing(string? region, string? accessKeyId, string? accessKeySecret)
    {
        var missing = new List<MissingSetting>();
        if (region is null)
        {
            missing.Add(new MissingSetting("region", Describe("alicloud-routerinterface:region", EnvironmentVariables.Region, "region_id")));
        }

        if (accessKeyId is null)
        {
            missing.Add(new MissingSetting("accessKey", Describe("alicloud-routerinterface:accessKey", EnvironmentVariables.AccessKeyId, "access_key_id")));
        }

        if (accessKeySecret is null)
        {
            missing.Add(new MissingSetting("secretKey", Describe("alicloud-routerinterface:secretKey", EnvironmentVariables.AccessKeySecret, "access_key_secret")));
        }

        return missing;
    }

    private static string Describe(string configKey, string[] environmentVariables, string profileField) =>
        $"set the provider config '{configKey}', or one of the environment variables {string.Join(", ", environmentVariables)}, " +
        $"or '{profileField}' in a profile of ~/.aliyun/config.json (chosen with 'alicloud-routerinterface:profile' or ALIBABA_CLOUD_PROFILE)";
}
