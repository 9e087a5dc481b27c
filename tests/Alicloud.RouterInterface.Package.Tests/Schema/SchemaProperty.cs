using System.Text.Json;

namespace Alicloud.RouterInterface.Package.Tests.Schema;

/// <summary>One property of schema.json (config variable, provider input, resource input or output).</summary>
public sealed record SchemaProperty(
    string Name,
    string Type,
    string Description,
    bool Secret,
    bool ReplaceOnChanges,
    JsonElement? Default,
    IReadOnlyList<string> Environment)
{
    public static SchemaProperty Parse(string name, JsonElement spec)
    {
        var type = spec.TryGetProperty("type", out var t) ? t.GetString() ?? "" : spec.TryGetProperty("$ref", out var r) ? "$ref:" + r.GetString() : "";
        var environment = spec.TryGetProperty("defaultInfo", out var info) && info.TryGetProperty("environment", out var env)
            ? env.EnumerateArray().Select(e => e.GetString() ?? "").ToArray()
            : [];
        return new SchemaProperty(
            name,
            type,
            spec.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "",
            spec.TryGetProperty("secret", out var s) && s.GetBoolean(),
            spec.TryGetProperty("replaceOnChanges", out var roc) && roc.GetBoolean(),
            spec.TryGetProperty("default", out var def) ? def.Clone() : null,
            environment);
    }
}
