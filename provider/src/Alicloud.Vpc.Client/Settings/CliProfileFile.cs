using System.Text.Json;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.Vpc.Client.Settings;

/// <summary>
/// Reads a profile from the Aliyun CLI file <c>~/.aliyun/config.json</c>
/// (<c>{"current": …, "profiles": [{name, mode, access_key_id, access_key_secret, sts_token, region_id}]}</c>).
/// Modes <c>AK</c> and <c>StsToken</c> are supported; a profile without a mode is read as <c>AK</c>.
/// </summary>
internal static class CliProfileFile
{
    public const string SettingName = "profile";
    private const string ModeAccessKey = "AK";
    private const string ModeStsToken = "StsToken";

    public static string PathUnder(string homeDirectory) => Path.Combine(homeDirectory, ".aliyun", "config.json");

    /// <summary>
    /// The named profile (or the file's <c>current</c> one when <paramref name="profileName"/> is null); null when there is
    /// no file, or no profile was named and the file names none. A named profile that is absent is an error.
    /// </summary>
    public static CliProfile? Read(string path, string? profileName)
    {
        if (!File.Exists(path))
        {
            return profileName is null
                ? null
                : throw new VpcClientConfigurationException(SettingName, $"The profile '{profileName}' was requested but the CLI profile file {path} does not exist.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new VpcClientConfigurationException(SettingName, $"The CLI profile file {path} is not valid JSON.", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new VpcClientConfigurationException(SettingName, $"The CLI profile file {path} does not hold a JSON object.");
            }

            var wanted = profileName ?? StringOrNull(root, "current");
            if (string.IsNullOrEmpty(wanted))
            {
                return null;
            }

            var profile = FindProfile(root, wanted)
                ?? throw new VpcClientConfigurationException(SettingName, $"The profile '{wanted}' is not in the CLI profile file {path}.");
            return ToCliProfile(wanted, profile);
        }
    }

    private static JsonElement? FindProfile(JsonElement root, string name)
    {
        if (!root.TryGetProperty("profiles", out var profiles) || profiles.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var profile in profiles.EnumerateArray())
        {
            if (profile.ValueKind == JsonValueKind.Object && string.Equals(StringOrNull(profile, "name"), name, StringComparison.Ordinal))
            {
                return profile;
            }
        }

        return null;
    }

    private static CliProfile ToCliProfile(string name, JsonElement profile)
    {
        var mode = StringOrNull(profile, "mode");
        if (string.IsNullOrEmpty(mode))
        {
            mode = ModeAccessKey;
        }

        if (!string.Equals(mode, ModeAccessKey, StringComparison.Ordinal) && !string.Equals(mode, ModeStsToken, StringComparison.Ordinal))
        {
            throw new VpcClientConfigurationException(
                SettingName,
                $"The CLI profile '{name}' uses mode '{mode}', which this provider does not support; use a profile with mode AK or StsToken, or set the keys directly.");
        }

        var token = string.Equals(mode, ModeStsToken, StringComparison.Ordinal) ? StringOrNull(profile, "sts_token") : null;
        if (string.Equals(mode, ModeStsToken, StringComparison.Ordinal) && token is null)
        {
            // The aliyun CLI refuses such a profile too (config/profile.go, Validate: "invalid sts_token"); without a
            // token its temporary key would only meet authentication errors.
            throw new VpcClientConfigurationException(
                SettingName,
                $"The CLI profile '{name}' has mode StsToken but no sts_token; add the token to the profile, or use a profile with mode AK.");
        }

        return new CliProfile(
            name,
            StringOrNull(profile, "region_id"),
            StringOrNull(profile, "access_key_id"),
            StringOrNull(profile, "access_key_secret"),
            token);
    }

    private static string? StringOrNull(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
