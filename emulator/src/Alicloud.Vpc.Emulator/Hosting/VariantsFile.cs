using System.Globalization;
using System.Text.Json;

namespace Alicloud.Vpc.Emulator.Hosting;

/// <summary>
/// Reads <c>--variants-from PATH</c>: a JSON document whose <c>variants</c> object maps variant names to values
/// (strings, or numbers for the numeric ones), such as the report of <c>alicloud-routerinterface-conformance</c>.
/// Other members are ignored. <c>--variant</c> flags given as well override the file's values.
/// </summary>
internal static class VariantsFile
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new FormatException($"--variants-from: cannot read '{path}': {error.Message}", error);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("variants", out var variants)
                || variants.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"--variants-from: '{path}' has no \"variants\" object.");
            }

            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in variants.EnumerateObject())
            {
                result[member.Name] = member.Value.ValueKind switch
                {
                    JsonValueKind.String => member.Value.GetString()!,
                    JsonValueKind.Number => member.Value.GetDouble().ToString(CultureInfo.InvariantCulture),
                    _ => throw new FormatException($"--variants-from: variant '{member.Name}' in '{path}' is neither a string nor a number."),
                };
            }

            return result;
        }
    }

    /// <summary>The file's variants with the <c>--variant</c> flags over them.</summary>
    public static IReadOnlyDictionary<string, string> Merge(string? path, IEnumerable<KeyValuePair<string, string>> flags)
    {
        var merged = path is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(Read(path), StringComparer.Ordinal);
        foreach (var (name, value) in flags)
        {
            merged[name] = value;
        }

        return merged;
    }
}
