using Alicloud.Vpc.Client.Errors;

namespace Alicloud.Vpc.Client.Settings;

/// <summary>
/// What an AccessKey ID or an STS token may hold, checked when the credentials are resolved: printable ASCII without
/// whitespace or commas. Under signature V3 both travel as header values (<c>Authorization</c>'s
/// <c>Credential=</c>, <c>x-acs-security-token</c>), where a CR/LF would start a header of its own and a comma or
/// space would split the Authorization fields; real ones never hold such characters. The error names the key and
/// where it came from, never the value.
/// </summary>
public static class CredentialText
{
    /// <summary>Null when <paramref name="value"/> may be sent; else why not (without the value).</summary>
    public static string? Problem(string? value)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return "holds a control character (such as a line break)";
            }

            if (char.IsWhiteSpace(c))
            {
                return "holds whitespace";
            }

            if (c == ',')
            {
                return "holds a comma";
            }

            if (c > '~')
            {
                return "holds a character outside printable ASCII";
            }
        }

        return null;
    }

    /// <exception cref="VpcClientConfigurationException">The value cannot be an AccessKey ID or token; names <paramref name="setting"/>.</exception>
    public static void Check(string setting, string what, string? value)
    {
        if (Problem(value) is { } problem)
        {
            throw new VpcClientConfigurationException(
                setting,
                $"the {what} ('{setting}', from the provider config, the environment or a profile) {problem}, which no {what} does; its value is not shown");
        }
    }
}
