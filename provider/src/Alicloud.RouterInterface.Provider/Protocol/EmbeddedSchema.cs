using System.Text;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>The package schema embedded at build time from the repository's <c>schema.json</c>, served byte for byte.</summary>
internal static class EmbeddedSchema
{
    private static readonly Lazy<string> s_text = new(Load);

    public static string Text => s_text.Value;

    private static string Load()
    {
        using var stream = typeof(EmbeddedSchema).Assembly.GetManifestResourceStream("schema.json")
            ?? throw new InvalidOperationException("The embedded resource 'schema.json' is missing from the plugin.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);

        // GetString keeps a byte-order mark, if any, so the answer is exactly the file.
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
