using System.Text.Json;
using System.Text.Json.Nodes;
using Alicloud.RouterInterface.Package.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Json.Schema;

namespace Alicloud.RouterInterface.Package.Tests.Schema;

/// <summary>schema.json against the official Pulumi package metaschema (JSON Schema 2020-12), kept in the shared data folder.</summary>
public sealed class SchemaMetaschemaTests
{
    private const string MetaschemaFile = "pulumi-package-metaschema.json";

    // Built once: building registers the metaschema's $id globally, and a second registration throws.
    private static readonly Lazy<JsonSchema> s_metaschema = new(() => JsonSchema.FromFile(Path.Combine(RepoPaths.SharedData, MetaschemaFile)));

    [FactRequiresSharedData(MetaschemaFile)]
    public void SchemaJson_AgainstPulumiMetaschema_IsValid()
    {
        var errors = Validate(File.ReadAllText(RepoPaths.SchemaFile));

        Assert.True(errors.Count == 0, "schema.json breaks the metaschema:\n" + string.Join("\n", errors));
    }

    [FactRequiresSharedData(MetaschemaFile)]
    public void Metaschema_SchemaWithMalformedTokenAndVersion_IsRejected()
    {
        // Proves the validation is not vacuous: the same document, broken in two ways the metaschema forbids.
        var broken = JsonNode.Parse(File.ReadAllText(RepoPaths.SchemaFile))!.AsObject();
        broken["version"] = "one point oh";
        var resources = broken["resources"]!.AsObject();
        var first = resources.First();
        resources.Remove(first.Key);
        resources["no colons here"] = first.Value;

        var errors = Validate(broken.ToJsonString());

        Assert.Contains(errors, e => e.Contains("/version", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("/resources", StringComparison.Ordinal));
    }

    private static List<string> Validate(string schemaJson)
    {
        using var document = JsonDocument.Parse(schemaJson);
        var results = s_metaschema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        List<string> errors = [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))];
        return errors.Count > 0 ? errors : ["invalid, and the validator gave no details"];
    }
}
