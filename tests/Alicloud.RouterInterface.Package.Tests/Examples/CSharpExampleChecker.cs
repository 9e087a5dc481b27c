using Alicloud.RouterInterface.Package.Tests.Schema;
using Alicloud.RouterInterface.Package.Tests.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alicloud.RouterInterface.Package.Tests.Examples;

/// <summary>
/// Checks C# example sources (program and its tests) without compiling them: they parse, every SDK class they
/// construct exists, every property they set on SDK args or read from SDK resources exists in the SDK, and every
/// type token or input key they spell out as a string exists in schema.json.
/// </summary>
public static class CSharpExampleChecker
{
    // Members every Pulumi resource has, beyond the SDK's own [Output] properties.
    private static readonly HashSet<string> s_resourceBaseMembers = ["Id", "Urn", "GetResourceName", "GetResourceType"];

    public static List<string> Check(IReadOnlyDictionary<string, string> files, SdkSource sdk, PackageSchema schema)
    {
        var problems = new List<string>();
        var sdkClasses = sdk.Classes.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var inputKeys = schema.Resources.Values.SelectMany(r => r.Inputs.Keys).Concat(schema.ProviderInputs.Keys).ToHashSet(StringComparer.Ordinal);
        var tokens = schema.Resources.Keys.Append(schema.ProviderToken).ToHashSet(StringComparer.Ordinal);

        foreach (var (path, text) in files)
        {
            var tree = CSharpSyntaxTree.ParseText(text, path: path);
            problems.AddRange(tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{path}: {d}"));
            var root = tree.GetRoot();
            var resourceVariables = new Dictionary<string, SdkClass>(StringComparer.Ordinal);

            foreach (var creation in root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
            {
                var typeName = RightmostName(creation.Type);
                if (!sdkClasses.TryGetValue(typeName, out var sdkClass))
                {
                    continue;
                }

                foreach (var assignment in creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>() ?? [])
                {
                    var member = assignment.Left.ToString();
                    if (!sdkClass.PublicPropertyNames.Contains(member))
                    {
                        problems.Add($"{path}: {typeName} has no property {member}");
                    }
                }

                if (creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } && sdkClass.ResourceToken is not null)
                {
                    resourceVariables[variable.Identifier.Text] = sdkClass;
                }
            }

            foreach (var access in root.DescendantNodes().OfType<MemberAccessExpressionSyntax>())
            {
                if (access.Expression is IdentifierNameSyntax owner && resourceVariables.TryGetValue(owner.Identifier.Text, out var resource))
                {
                    var member = access.Name.Identifier.Text;
                    if (!resource.Outputs.Any(o => o.CSharpName == member) && !s_resourceBaseMembers.Contains(member))
                    {
                        problems.Add($"{path}: {owner.Identifier.Text} is a {resource.Name}, which has no output {member}");
                    }
                }
            }

            foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
            {
                var value = literal.Token.ValueText;
                if (LooksLikeToken(value, schema.Name) && !tokens.Contains(value))
                {
                    problems.Add($"{path}: type token \"{value}\" is not in schema.json");
                }
            }

            foreach (var element in root.DescendantNodes().OfType<ElementAccessExpressionSyntax>())
            {
                if (element.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Inputs" }
                    && element.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax key
                    && !inputKeys.Contains(key.Token.ValueText))
                {
                    problems.Add($"{path}: input \"{key.Token.ValueText}\" is not an input in schema.json");
                }
            }
        }

        return problems;
    }

    private static bool LooksLikeToken(string value, string packageName) =>
        value.StartsWith(packageName + ":", StringComparison.Ordinal) || value.StartsWith("pulumi:providers:", StringComparison.Ordinal);

    private static string RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.Text,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.Text,
        SimpleNameSyntax simple => simple.Identifier.Text,
        _ => type.ToString(),
    };
}
