using System.Text.Json;
using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Package.Tests.Schema;

/// <summary>The parts of schema.json the package tests compare against: one reading, shared by schema, SDK, example and docs checks.</summary>
public sealed class PackageSchema
{
    private static readonly Lazy<PackageSchema> s_repository = new(() => Parse(File.ReadAllText(RepoPaths.SchemaFile)));

    private PackageSchema(
        string name,
        string csharpNamespace,
        IReadOnlyDictionary<string, SchemaProperty> configVariables,
        IReadOnlyDictionary<string, SchemaProperty> providerInputs,
        IReadOnlyDictionary<string, ResourceSchema> resources)
    {
        Name = name;
        CSharpNamespace = csharpNamespace;
        ConfigVariables = configVariables;
        ProviderInputs = providerInputs;
        Resources = resources;
    }

    /// <summary>The committed schema.json at the repository root.</summary>
    public static PackageSchema Repository => s_repository.Value;

    public string Name { get; }

    /// <summary>rootNamespace + "." + namespaces[name], as the C# generator names the SDK namespace.</summary>
    public string CSharpNamespace { get; }

    public IReadOnlyDictionary<string, SchemaProperty> ConfigVariables { get; }

    public IReadOnlyDictionary<string, SchemaProperty> ProviderInputs { get; }

    public IReadOnlyDictionary<string, ResourceSchema> Resources { get; }

    /// <summary>The token of the provider resource itself.</summary>
    public string ProviderToken => $"pulumi:providers:{Name}";

    public static PackageSchema Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var name = root.GetProperty("name").GetString() ?? "";
        var csharp = root.TryGetProperty("language", out var language) && language.TryGetProperty("csharp", out var cs) ? cs : default;
        var rootNamespace = csharp.ValueKind == JsonValueKind.Object && csharp.TryGetProperty("rootNamespace", out var rn) ? rn.GetString() ?? "Pulumi" : "Pulumi";
        var packageNamespace = csharp.ValueKind == JsonValueKind.Object && csharp.TryGetProperty("namespaces", out var ns) && ns.TryGetProperty(name, out var mapped)
            ? mapped.GetString() ?? name
            : name;

        var config = root.TryGetProperty("config", out var c) && c.TryGetProperty("variables", out var vars) ? Properties(vars) : Empty();
        var provider = root.TryGetProperty("provider", out var p) && p.TryGetProperty("inputProperties", out var pin) ? Properties(pin) : Empty();
        var resources = new Dictionary<string, ResourceSchema>(StringComparer.Ordinal);
        if (root.TryGetProperty("resources", out var res))
        {
            foreach (var resource in res.EnumerateObject())
            {
                resources[resource.Name] = new ResourceSchema(
                    resource.Name,
                    resource.Value.TryGetProperty("inputProperties", out var inputs) ? Properties(inputs) : Empty(),
                    resource.Value.TryGetProperty("properties", out var outputs) ? Properties(outputs) : Empty(),
                    Names(resource.Value, "requiredInputs"),
                    Names(resource.Value, "required"));
            }
        }

        return new PackageSchema(name, $"{rootNamespace}.{packageNamespace}", config, provider, resources);
    }

    private static Dictionary<string, SchemaProperty> Empty() => new(StringComparer.Ordinal);

    private static Dictionary<string, SchemaProperty> Properties(JsonElement map) =>
        map.EnumerateObject().ToDictionary(e => e.Name, e => SchemaProperty.Parse(e.Name, e.Value), StringComparer.Ordinal);

    private static string[] Names(JsonElement resource, string key) =>
        resource.TryGetProperty(key, out var list) ? [.. list.EnumerateArray().Select(e => e.GetString() ?? "")] : [];
}
