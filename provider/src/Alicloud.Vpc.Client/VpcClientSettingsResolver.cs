using Alicloud.Vpc.Client.Settings;
using Alicloud.Vpc.Client.Transport;

namespace Alicloud.Vpc.Client;

/// <summary>
/// Resolves every setting in this order: the explicit value, then environment variables (first set wins), then the
/// Aliyun CLI profile file <c>~/.aliyun/config.json</c> (profile: explicit, <c>ALIBABA_CLOUD_PROFILE</c>, or the file's
/// <c>current</c>). The credentials follow the official tools: a profile named in the config is used as the aliyun
/// CLI uses <c>--profile</c>, before the environment's keys; otherwise the default credential chain's order applies
/// (environment keys, then the profile). Missing values are reported in <see cref="ResolvedSettings.Missing"/>, never
/// thrown; invalid ones (an insecure endpoint, an unsupported profile mode, an StsToken profile without a token, a
/// named profile that does not exist, a key ID or token that cannot be sent) throw
/// <see cref="Errors.VpcClientConfigurationException"/> naming the setting, never a credential.
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
        var explicitProfile = FirstOf(explicitSettings.Profile, []);
        KeySet keys;
        CliProfile? profile;
        if (explicitProfile is not null)
        {
            // A profile named in the provider config is what the aliyun CLI's --profile is (config/configuration.go,
            // LoadProfileWithContext): its keys, not the environment's; keys set in the config still come first.
            keys = KeysOf(explicitSettings, [], [], []);
            profile = ReadProfile(explicitProfile);
            keys = profile is null ? keys : keys.CompletedFrom(profile);
        }
        else
        {
            // Otherwise the order of the official default credential chain (credentials-go providers/default.go): the
            // environment's keys, then the CLI profile (ALIBABA_CLOUD_PROFILE, else the file's current; cli_profile.go).
            keys = KeysOf(explicitSettings, EnvironmentVariables.AccessKeyId, EnvironmentVariables.AccessKeySecret, EnvironmentVariables.SecurityToken);
            profile = region is null || !keys.IsComplete ? ReadProfile(FirstOf(null, EnvironmentVariables.Profile)) : null;
            keys = profile is null ? keys : keys.CompletedFrom(profile);
        }

        if (profile is not null)
        {
            region ??= profile.Region;
        }

        var profileName = explicitProfile ?? FirstOf(null, EnvironmentVariables.Profile);
        CheckCredentialText(keys, "accessKey", "securityToken");
        return new ResolvedSettings
        {
            Region = region,
            AccessKeyId = keys.AccessKeyId,
            AccessKeySecret = keys.AccessKeySecret,
            SecurityToken = keys.SecurityToken,
            Profile = profile?.Name ?? profileName,
            CredentialSource = keys.AccessKeyId is null ? null : keys.Source,
            Endpoint = string.IsNullOrWhiteSpace(explicitSettings.Endpoint) ? null : explicitSettings.Endpoint.Trim(),
            SignatureVersion = signatureVersion,
            Missing = ListMissing(region, keys.AccessKeyId, keys.AccessKeySecret),
        };
    }

    /// <summary>
    /// The credentials of the account that owns the other end of a cross-account pair: the explicit values, then
    /// <c>ALICLOUD_ROUTERINTERFACE_OPPOSITE_*</c>, then a profile named by <c>oppositeProfile</c> (never the CLI file's
    /// <c>current</c> profile, which is the provider's own account). Region, endpoint and signature follow
    /// <paramref name="own"/>. Null when nothing was given for the other account; an incomplete key pair is listed
    /// in <see cref="ResolvedSettings.Missing"/> under the opposite keys.
    /// </summary>
    public ResolvedSettings? ResolveOpposite(VpcClientSettings explicitOpposite, ResolvedSettings own)
    {
        ArgumentNullException.ThrowIfNull(explicitOpposite);
        ArgumentNullException.ThrowIfNull(own);
        // The same precedence as the own account's (see Resolve): a profile named in the config over the environment's keys.
        var explicitProfile = FirstOf(explicitOpposite.Profile, []);
        var keys = explicitProfile is not null
            ? KeysOf(explicitOpposite, [], [], [])
            : KeysOf(explicitOpposite, EnvironmentVariables.Opposite.AccessKeyId, EnvironmentVariables.Opposite.AccessKeySecret, EnvironmentVariables.Opposite.SecurityToken);
        var profileName = explicitProfile ?? FirstOf(null, EnvironmentVariables.Opposite.Profile);
        if (profileName is null && keys.AccessKeyId is null && keys.AccessKeySecret is null && keys.SecurityToken is null)
        {
            return null;
        }

        if (profileName is not null && (explicitProfile is not null || !keys.IsComplete))
        {
            // Named, so a missing file or profile is an error rather than the own account's current profile.
            var profile = ReadProfile(profileName, OppositeProfileSetting);
            keys = profile is null ? keys : keys.CompletedFrom(profile);
        }

        CheckCredentialText(keys, "oppositeAccessKey", "oppositeSecurityToken");
        var missing = new List<MissingSetting>();
        if (keys.AccessKeyId is null)
        {
            missing.Add(new MissingSetting("oppositeAccessKey", Describe("alicloud-routerinterface:oppositeAccessKey", EnvironmentVariables.Opposite.AccessKeyId, "access_key_id", "oppositeProfile", EnvironmentVariables.Opposite.Profile)));
        }

        if (keys.AccessKeySecret is null)
        {
            missing.Add(new MissingSetting("oppositeSecretKey", Describe("alicloud-routerinterface:oppositeSecretKey", EnvironmentVariables.Opposite.AccessKeySecret, "access_key_secret", "oppositeProfile", EnvironmentVariables.Opposite.Profile)));
        }

        return own with
        {
            AccessKeyId = keys.AccessKeyId,
            AccessKeySecret = keys.AccessKeySecret,
            SecurityToken = keys.SecurityToken,
            Profile = profileName,
            CredentialSource = keys.AccessKeyId is null ? null : keys.Source,
            Missing = missing,
        };
    }

    private const string OppositeProfileSetting = "oppositeProfile";

    private static void CheckCredentialText(KeySet keys, string keySetting, string tokenSetting)
    {
        CredentialText.Check(keySetting, "AccessKey ID", keys.AccessKeyId);
        CredentialText.Check(tokenSetting, "security token", keys.SecurityToken);
    }

    private KeySet KeysOf(VpcClientSettings given, string[] idVariables, string[] secretVariables, string[] tokenVariables) => new(
        FirstOf(given.AccessKeyId, idVariables),
        FirstOf(given.AccessKeySecret, secretVariables),
        FirstOf(given.SecurityToken, tokenVariables),
        string.IsNullOrWhiteSpace(given.AccessKeyId) && idVariables.Length > 0 ? EnvironmentSource : ConfigSource);

    private CliProfile? ReadProfile(string? profileName, string setting = CliProfileFile.SettingName)
    {
        if (string.IsNullOrEmpty(_homeDirectory))
        {
            return profileName is null
                ? null
                : throw new Errors.VpcClientConfigurationException(setting, $"The profile '{profileName}' was requested but there is no home directory to find ~/.aliyun/config.json in.");
        }

        try
        {
            return CliProfileFile.Read(CliProfileFile.PathUnder(_homeDirectory), profileName);
        }
        catch (Errors.VpcClientConfigurationException ex) when (setting != CliProfileFile.SettingName)
        {
            throw new Errors.VpcClientConfigurationException(setting, ex.Message, ex);
        }
    }

    private const string ConfigSource = "the provider config";
    private const string EnvironmentSource = "the environment";

    /// <summary>
    /// An AccessKey with its secret and token and where it came from (never a value); a profile fills only what is
    /// missing, its token only with its own key.
    /// </summary>
    private sealed record KeySet(string? AccessKeyId, string? AccessKeySecret, string? SecurityToken, string Source)
    {
        public bool IsComplete => AccessKeyId is not null && AccessKeySecret is not null;

        public KeySet CompletedFrom(CliProfile profile) => IsComplete ? this : AccessKeyId is null && AccessKeySecret is null
            ? new KeySet(profile.AccessKeyId, profile.AccessKeySecret, SecurityToken ?? profile.SecurityToken, $"profile '{profile.Name}' of the aliyun CLI file")
            : new KeySet(AccessKeyId ?? profile.AccessKeyId, AccessKeySecret ?? profile.AccessKeySecret, SecurityToken, $"{Source}, completed from profile '{profile.Name}'");
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

    private static string Describe(string configKey, string[] environmentVariables, string profileField, string profileKey = "profile", string[]? profileVariables = null) =>
        $"set the provider config '{configKey}', or one of the environment variables {string.Join(", ", environmentVariables)}, " +
        $"or '{profileField}' in a profile of ~/.aliyun/config.json (chosen with 'alicloud-routerinterface:{profileKey}' or {string.Join(", ", profileVariables ?? EnvironmentVariables.Profile)})";
}
