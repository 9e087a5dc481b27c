using System.Text.RegularExpressions;
using Alicloud.RouterInterface.Package.Tests.Schema;

namespace Alicloud.RouterInterface.Package.Tests.Examples;

/// <summary>
/// Checks a Pulumi YAML program against schema.json: this package's resource types exist, their properties are
/// inputs (required ones present), <c>${resource.property}</c> reads name outputs, package config keys exist, and each
/// <c>fn::invoke</c> of this package names a schema function with its arguments.
/// </summary>
public static partial class YamlExampleChecker
{
    private static readonly HashSet<string> s_resourceBaseOutputs = ["id", "urn"];

    public static List<string> Check(string yaml, PackageSchema schema)
    {
        var problems = new List<string>();
        var root = YamlOutline.Parse(yaml);
        var resources = root["resources"];
        if (resources is null)
        {
            return ["no resources: section"];
        }

        var declared = new Dictionary<string, ResourceSchema>(StringComparer.Ordinal);
        foreach (var resource in resources.Children)
        {
            var type = resource["type"]?.Value;
            if (type is null || !IsThisPackage(type, schema))
            {
                continue;
            }

            IReadOnlyDictionary<string, SchemaProperty> allowed;
            IReadOnlyList<string> required;
            if (type == schema.ProviderToken)
            {
                allowed = schema.ProviderInputs;
                required = [];
            }
            else if (schema.Resources.TryGetValue(type, out var resourceSchema))
            {
                allowed = resourceSchema.Inputs;
                required = resourceSchema.RequiredInputs;
                declared[resource.Key] = resourceSchema;
            }
            else
            {
                problems.Add($"line {resource.Line}: {resource.Key} has type {type}, which schema.json does not define");
                continue;
            }

            var properties = resource["properties"]?.Children ?? [];
            foreach (var property in properties.Where(p => !allowed.ContainsKey(p.Key)))
            {
                problems.Add($"line {property.Line}: {resource.Key}.{property.Key} is not an input of {type}");
            }

            foreach (var missing in required.Where(r => properties.All(p => p.Key != r)))
            {
                problems.Add($"line {resource.Line}: {resource.Key} lacks the required input {missing}");
            }
        }

        foreach (var node in root.Descendants().Where(n => n.Value is not null))
        {
            foreach (Match read in Interpolation().Matches(node.Value!))
            {
                var name = read.Groups["resource"].Value;
                var property = read.Groups["property"].Value;
                if (declared.TryGetValue(name, out var resourceSchema) && !resourceSchema.Outputs.ContainsKey(property) && !s_resourceBaseOutputs.Contains(property))
                {
                    problems.Add($"line {node.Line}: ${{{name}.{property}}} reads no output of {resourceSchema.Token}");
                }
            }
        }

        CheckInvokes(root, schema, problems);
        foreach (var key in root["config"]?.Children ?? [])
        {
            if (key.Key.StartsWith(schema.Name + ":", StringComparison.Ordinal) && !schema.ConfigVariables.ContainsKey(key.Key[(schema.Name.Length + 1)..]))
            {
                problems.Add($"line {key.Line}: config {key.Key} is not a config variable of {schema.Name}");
            }
        }

        return problems;
    }

    private static void CheckInvokes(YamlOutline root, PackageSchema schema, List<string> problems)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Alicloud.RouterInterface.Testing.RepoPaths.SchemaFile));
        var functions = document.RootElement.TryGetProperty("functions", out var f) ? f : default;
        foreach (var invoke in root.Descendants().Where(n => n.Key == "fn::invoke"))
        {
            var token = invoke["function"]?.Value;
            if (token is null || !IsThisPackage(token, schema))
            {
                continue;
            }

            if (functions.ValueKind != System.Text.Json.JsonValueKind.Object || !functions.TryGetProperty(token, out var function))
            {
                problems.Add($"line {invoke.Line}: fn::invoke of {token}, which schema.json does not define");
                continue;
            }

            var inputs = function.GetProperty("inputs").GetProperty("properties");
            foreach (var argument in (invoke["arguments"]?.Children ?? []).Where(a => !inputs.TryGetProperty(a.Key, out _)))
            {
                problems.Add($"line {argument.Line}: {argument.Key} is not an argument of {token}");
            }
        }
    }

    private static bool IsThisPackage(string type, PackageSchema schema) =>
        type.StartsWith(schema.Name + ":", StringComparison.Ordinal) || type == schema.ProviderToken || type.StartsWith("pulumi:providers:" + schema.Name, StringComparison.Ordinal);

    [GeneratedRegex(@"\$\{(?<resource>[A-Za-z_][A-Za-z0-9_-]*)\.(?<property>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Interpolation();
}
