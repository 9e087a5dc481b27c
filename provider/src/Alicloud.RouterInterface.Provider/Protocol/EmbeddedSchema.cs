using System.Text;
using System.Text.Json;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>The package schema embedded at build time from the repository's <c>schema.json</c>, served byte for byte.</summary>
internal static class EmbeddedSchema
{
    private static readonly Lazy<string> s_text = new(Load);
    private static readonly Lazy<IReadOnlySet<string>> s_secretConfigKeys = new(SecretKeysOf);

    public static string Text => s_text.Value;

    /// <summary>The config variables marked <c>secret: true</c>: the one list of the provider's secret keys.</summary>
    public static IReadOnlySet<string> SecretConfigKeys => s_secretConfigKeys.Value;

    private static string Load()
    {
        using var stream = typeof(EmbeddedSchema).Assembly.GetManifestResourceStream("schema.json")
            ?? throw new InvalidOperationException("The embedded resource 'schema.json' is missing from the plugin.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);

        // GetString keeps a byte-order mark, if any, so the answer is exactly the file.
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static HashSet<string> SecretKeysOf()
    {
        using var schema = JsonDocument.Parse(Text);
        return schema.RootElement.GetProperty("config").GetProperty("variables").EnumerateObject()
            .Where(variable => variable.Value.TryGetProperty("secret", out var secret) && secret.ValueKind == JsonValueKind.True)
            .Select(variable => variable.Name)
            .ToHashSet(StringComparer.Ordinal);
    }
}
